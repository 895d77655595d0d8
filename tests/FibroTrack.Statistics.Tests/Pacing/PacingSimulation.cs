using FibroTrack.Statistics.Tests.Associations;

namespace FibroTrack.Statistics.Tests.Pacing;

/// <summary>
/// Seeded diaries for the pacing tests: a persistent activity load in weighted minutes and an AR(1) outcome
/// (STATS.md validation protocol: φ = 0.6, marginal SD 1.5) that may rise with the load above a true breakpoint.
/// </summary>
internal sealed class PacingSimulation(int seed)
{
    /// <summary>Innovation SD giving a marginal SD of 1.5 at φ = 0.6.</summary>
    public const double InnovationSd = 1.2;

    public SyntheticSeries Series { get; } = new(seed);

    /// <summary>
    /// Load = round(max(0, 90 + 70·z)) with z a standardised AR(1) (φ = 0.7): persistent, skewed, about 10% rest days
    /// at 0 and whole-minute ties, like a real diary.
    /// </summary>
    public double[] Load(int days, double persistence = 0.7)
    {
        var z = Series.Ar1(days, persistence, Math.Sqrt(1 - (persistence * persistence)));
        return [.. z.Select(v => Math.Round(Math.Max(0, 90 + (70 * v))))];
    }

    /// <summary>y_t = 4 + φ·(y_{t−1} − 4) + slope·(L_{t−h} − breakpoint)₊ + ε_t; slope 0 gives the null.</summary>
    public double[] Outcome(double[] load, double slopeAbove = 0, double breakpoint = 120, int horizon = 1, double phi = 0.6)
    {
        var n = load.Length;
        var y = new double[n];
        y[0] = 4 + (Series.Normal() * InnovationSd / Math.Sqrt(1 - (phi * phi)));
        for (var t = 1; t < n; t++)
        {
            var push = t >= horizon ? slopeAbove * Math.Max(0, load[t - horizon] - breakpoint) : 0;
            y[t] = 4 + (phi * (y[t - 1] - 4)) + push + (Series.Normal() * InnovationSd);
        }

        return y;
    }

    /// <summary>Blanks whole days (both series) with probability <paramref name="p"/>.</summary>
    public void DropDays(double p, double[] load, double[] outcome) => Series.DropDays(p, load, outcome);
}
