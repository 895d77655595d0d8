using FibroTrack.Statistics.Associations;
using FibroTrack.Statistics.Numerics;

namespace FibroTrack.Statistics.Pacing;

/// <summary>Settings of the pacing (activity envelope) analysis, STATS.md §4. The defaults are the calibrated ones.</summary>
public sealed record PacingOptions
{
    public static PacingOptions Default { get; } = new();

    /// <summary>Days with a rating of the outcome needed before anything is estimated (as the ADL scan: 60).</summary>
    public int MinRatedDays { get; init; } = 60;

    /// <summary>Usable rows (y_t, y_{t−1} and the load h days earlier all recorded) needed for a fit (as the ADL scan: 40).</summary>
    public int MinUsableDays { get; init; } = 40;

    /// <summary>Lowest percentile of the used loads searched for the breakpoint (STATS.md: the 20th).</summary>
    public double LowestPercentile { get; init; } = 0.20;

    /// <summary>Highest percentile searched (STATS.md: the 80th).</summary>
    public double HighestPercentile { get; init; } = 0.80;

    /// <summary>Evenly spaced percentiles on the search grid (13: every 5th percentile from 20 to 80); repeated values are searched once.</summary>
    public int GridPoints { get; init; } = 13;

    /// <summary>
    /// Used rows needed both above a candidate breakpoint and at or below it. Ties (many rest days at 0) can put
    /// a percentile where one side is nearly empty, and a hinge fitted to a handful of days is noise. 8 is 20% of
    /// the minimum 40 rows, what the 20th/80th percentiles promise without ties.
    /// </summary>
    public int MinDaysEachSide { get; init; } = 8;

    /// <summary>One-sided level of the search-adjusted test that the slope above the breakpoint is positive (0.05).</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>Coverage of the slope intervals (0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Simulated null draws behind the test's p-value (999: p is a multiple of 1/1000; the Monte Carlo SE of a 5% cut is 0.007).</summary>
    public int SimulationDraws { get; init; } = 999;

    /// <summary>
    /// Stop drawing once this many null statistics reached the observed one (Besag &amp; Clifford, Biometrika
    /// 1991;78:301–304): the p-value h/l is then exact for the sequential procedure, and a clear "no envelope" costs a few
    /// dozen draws instead of <see cref="SimulationDraws"/>. 0 draws them all.
    /// </summary>
    public int StopAfterExceedances { get; init; } = 20;

    /// <summary>Seed of those draws, so the same diary always gives the same answer.</summary>
    public int Seed { get; init; } = 20260604;

    /// <summary>Series spanning at most this many calendar days get a linear trend (as the ADL scan: 120).</summary>
    public int LinearTrendMaxDays { get; init; } = 120;

    /// <summary>Longer series get a natural spline with one df per this many days (as the ADL scan: 60).</summary>
    public int TrendDaysPerDf { get; init; } = 60;

    /// <summary>Load step the sentence speaks of: "per extra 60 weighted minutes".</summary>
    public double LoadStep { get; init; } = 60;

    /// <summary>Loads at which the fitted line for the chart is evaluated, evenly from the smallest to the largest used load.</summary>
    public int ChartPoints { get; init; } = 41;

    /// <summary>The trend settings in the form <see cref="TrendBasis"/> reads.</summary>
    internal AssociationOptions TrendOptions => new() { LinearTrendMaxDays = LinearTrendMaxDays, TrendDaysPerDf = TrendDaysPerDf };

    internal void Validate()
    {
        Preconditions.CheckArgumentRange(MinRatedDays, nameof(MinRatedDays), 1, int.MaxValue);
        Preconditions.CheckArgumentRange(MinUsableDays, nameof(MinUsableDays), 20, int.MaxValue);
        Preconditions.CheckArgumentRange(LowestPercentile, nameof(LowestPercentile), 0.01, 0.5);
        Preconditions.CheckArgumentRange(HighestPercentile, nameof(HighestPercentile), 0.5, 0.99);
        Preconditions.CheckArgument(LowestPercentile < HighestPercentile, nameof(HighestPercentile), "The highest percentile must exceed the lowest.");
        Preconditions.CheckArgumentRange(GridPoints, nameof(GridPoints), 2, 101);
        Preconditions.CheckArgumentRange(MinDaysEachSide, nameof(MinDaysEachSide), 3, int.MaxValue);
        Preconditions.CheckArgument(Alpha > 0 && Alpha < 0.5, nameof(Alpha), "Alpha must lie strictly between 0 and 0.5.");
        Preconditions.CheckArgument(ConfidenceLevel > 0 && ConfidenceLevel < 1, nameof(ConfidenceLevel), "The level must lie strictly between 0 and 1.");
        Preconditions.CheckArgumentRange(SimulationDraws, nameof(SimulationDraws), 99, 1_000_000);
        Preconditions.CheckArgumentRange(StopAfterExceedances, nameof(StopAfterExceedances), 0, SimulationDraws);
        Preconditions.CheckArgumentRange(LinearTrendMaxDays, nameof(LinearTrendMaxDays), 1, int.MaxValue);
        Preconditions.CheckArgumentRange(TrendDaysPerDf, nameof(TrendDaysPerDf), 14, int.MaxValue);
        Preconditions.CheckPositive(LoadStep, nameof(LoadStep));
        Preconditions.CheckFinite(LoadStep, nameof(LoadStep));
        Preconditions.CheckArgumentRange(ChartPoints, nameof(ChartPoints), 2, 1000);
    }
}
