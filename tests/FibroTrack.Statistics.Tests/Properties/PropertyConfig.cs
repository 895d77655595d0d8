using FsCheck;
using FsCheck.Fluent;
using FibroTrack.Statistics.Tests.Validation.Simulation;

namespace FibroTrack.Statistics.Tests.Properties;

/// <summary>Shared FsCheck settings and generators of the property suite.</summary>
/// <remarks>
/// FsCheck runs inside ordinary xUnit facts through <see cref="Check.One{TTestable}(Config, TTestable)"/>: the
/// FsCheck.Xunit.v3 3.6.0 adapter needs xunit.v3 4.x and this project is on 3.2.2. A failing property throws with the
/// counterexample and the replay seed. Test counts are small because every case runs a whole scan: the suite stays at a
/// few seconds.
/// </remarks>
internal static class PropertyConfig
{
    /// <summary>Quiet on success, throwing on failure, with <paramref name="maxTest"/> cases.</summary>
    public static Config Quick(int maxTest) => Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithQuietOnSuccess(true);

    /// <summary>A simulated person (seed, 60–160 days, any scenario, φ and missingness) from the validation simulator.</summary>
    public static Gen<SimulatedPerson> People { get; } =
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from days in Gen.Choose(60, 160)
        from phi in Gen.Elements(0.3, 0.6, 0.85)
        from scenario in Gen.Elements(Enum.GetValues<Scenario>())
        from missing in Gen.Elements(Enum.GetValues<Missingness>())
        select PersonSimulator.Generate(new PersonSpec { Days = days, Phi = phi, Scenario = scenario, Missingness = missing }, seed);

    /// <summary>A calendar series of <paramref name="length"/> days: AR(1)-like values, each day missing with a
    /// generated probability (0–40%), so gap patterns range from none to scattered to runs.</summary>
    public static Gen<double[]> GappySeries(int length, bool binary) =>
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from missingPercent in Gen.Choose(0, 40)
        from runLength in Gen.Choose(1, 6)
        select Series(seed, length, missingPercent / 100.0, runLength, binary);

    private static double[] Series(int seed, int length, double missing, int runLength, bool binary)
    {
        var random = new Random(seed);
        var values = new double[length];
        var state = 0.0;
        for (var t = 0; t < length; t++)
        {
            state = (0.6 * state) + PersonSimulator.Normal(random);
            values[t] = binary ? (state > 0.3 ? 1 : 0) : 5 + state;
        }

        for (var t = 0; t < length; t++)
        {
            if (random.NextDouble() < missing / runLength)
            {
                for (var d = t; d < Math.Min(length, t + runLength); d++)
                {
                    values[d] = double.NaN;
                }
            }
        }

        return values;
    }
}
