using FibroTrack.Core.Diary;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Statistics.Tests.TimeSeries;

/// <summary>Daily matrices with one outcome, built the way the app builds them.</summary>
internal static class ItsMatrices
{
    public static readonly DateOnly Start = new(2025, 1, 1);

    public const string Pain = BuiltInVariables.Pain;

    /// <summary>A matrix of <paramref name="calendarDays"/> days from <see cref="Start"/> with pain on the given day
    /// offsets (0 = <see cref="Start"/>); other days are missing.</summary>
    public static DailyMatrix WithPain(int calendarDays, IEnumerable<(int Day, double Value)> values) =>
        DailyMatrixBuilder.Build(
            VariableVocabulary.BuiltIn,
            values.Select(v => new Observation(Start.AddDays(v.Day), Pain, v.Value, null, 0)),
            Start,
            Start.AddDays(calendarDays - 1));

    /// <summary>A stationary AR(1) series with marginal SD <paramref name="sd"/> around <paramref name="mean"/>.</summary>
    public static double[] Ar1(Random random, int length, double phi, double sd, double mean)
    {
        var innovation = sd * Math.Sqrt(1 - (phi * phi));
        var series = new double[length];
        var u = sd * Gaussian(random);
        for (var i = 0; i < length; i++)
        {
            if (i > 0)
            {
                u = (phi * u) + (innovation * Gaussian(random));
            }

            series[i] = mean + u;
        }

        return series;
    }

    /// <summary>Box–Muller, so the stream depends only on the seeded <see cref="Random"/>.</summary>
    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
