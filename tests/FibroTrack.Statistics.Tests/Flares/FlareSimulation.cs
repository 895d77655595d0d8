using FibroTrack.Statistics.Flares;

namespace FibroTrack.Statistics.Tests.Flares;

/// <summary>Seeded synthetic composite series for the flare tests (STATS.md "Validation protocol").</summary>
internal static class FlareSimulation
{
    public static readonly DateOnly Start = new(2026, 1, 1);

    /// <summary>
    /// A stationary AR(1) around <paramref name="mean"/> with marginal SD <paramref name="marginalSd"/>, one value per
    /// calendar day, each day missing with probability <paramref name="missingRate"/> (at random).
    /// </summary>
    public static double[] Ar1(int days, double phi, double marginalSd, int seed, double mean = 5, double missingRate = 0)
    {
        var random = new Random(seed);
        var z = new double[days];
        Gaussian.Fill(random, z);
        var innovationSd = marginalSd * Math.Sqrt(1 - (phi * phi));
        var y = new double[days];
        var x = marginalSd * z[0];
        for (var t = 0; t < days; t++)
        {
            if (t > 0)
            {
                x = (phi * x) + (innovationSd * z[t]);
            }

            // One uniform per day whatever the rate, so series with and without gaps share their values.
            var skip = random.NextDouble() < missingRate;
            y[t] = skip ? double.NaN : mean + x;
        }

        return y;
    }

    /// <summary>Adds <paramref name="rise"/> to days <paramref name="first"/>..<paramref name="last"/> (inclusive).</summary>
    public static double[] WithFlare(double[] series, int first, int last, double rise)
    {
        var copy = (double[])series.Clone();
        for (var t = first; t <= last; t++)
        {
            copy[t] += rise;
        }

        return copy;
    }

    public static double[] Constant(int days, double value)
    {
        var y = new double[days];
        Array.Fill(y, value);
        return y;
    }
}
