using FibroTrack.Statistics.Insights;
using FibroTrack.Statistics.TimeSeries;

namespace FibroTrack.Features.Insights;

/// <summary>The "method" block of the insights: what each section computed, its reference and its parameters.</summary>
public static class InsightMethod
{
    private static readonly int[] Lags = [1, 2, 3];
    private static readonly int[] Horizons = [1, 2];

    /// <summary>Raise whenever a change to the engine or its defaults changes results: stored insights are then recomputed.</summary>
    public const string EngineVersion = "2026.11.24-6";

    public static InsightMethodDto Describe(InsightReport report, DateTime computedAt, double milliseconds)
    {
        var o = report.Options;
        var a = o.Associations;
        var f = o.Flares;
        var sections = new Dictionary<string, SectionMethodDto>
        {
            ["flares"] = new(
                "Composite (mean of pain and fatigue) above a personal baseline (median of the previous valid non-flare days) " +
                "by max(floor, k × innovation SD of the person's AR(1)) on consecutive days; k calibrated by simulating the " +
                "person's own no-flare AR(1) to at most the stated false flares a year.",
                "STATS.md §3; docs/statistics.md",
                new Dictionary<string, object>
                {
                    ["composite"] = f.Composite.ToString(),
                    ["minConsecutiveDays"] = f.MinDays,
                    ["minRisePoints"] = f.MinRisePoints,
                    ["baselineWindowDays"] = f.BaselineWindowDays,
                    ["maxFalseFlaresPerYear"] = f.MaxFalseFlaresPerYear,
                    ["kRange"] = new[] { f.KMin, f.KMax },
                    ["calibrationYears"] = f.CalibrationYears,
                    ["seed"] = f.Seed,
                }),
            ["associations"] = new(
                "Autoregressive distributed lag: outcome on its own previous day, the exposure at lags 1-3 jointly, a trend" +
                (a.IncludeDayOfWeek ? " and day of week" : "") +
                ", by least squares on days whose whole lag window was recorded; Benjamini-Hochberg over every lag test of this analysis. " +
                "Same-day co-occurrence is not analysed. Association, not proven cause.",
                "STATS.md §1; reference R lm / statsmodels OLS, p.adjust(method = \"BH\")",
                new Dictionary<string, object>
                {
                    ["lags"] = Lags,
                    ["arOrder"] = a.ArOrder,
                    ["arOrderRule"] = a.ArOrderRule.ToString(),
                    ["trend"] = $"linear up to {a.LinearTrendMaxDays} days, natural spline with 1 df per {a.TrendDaysPerDf} days beyond",
                    ["dayOfWeek"] = a.IncludeDayOfWeek,
                    ["minRatedDays"] = a.MinRatedDays,
                    ["minDaysWithAndWithout"] = a.MinDaysWithAndWithout,
                    ["minUsableDays"] = a.MinUsableDays,
                    ["headlineQ"] = a.HeadlineQ,
                    ["exploratoryQ"] = a.ExploratoryQ,
                    ["confidenceLevel"] = a.ConfidenceLevel,
                    ["familySize"] = report.Associations.FamilySize,
                    ["flareOnset"] = o.FlareOnsetAssociations ? "logistic ADL (Wald z), at least 10 onsets, in the same family" : "off",
                    ["outcomes"] = report.Associations.Completeness.Select(c => c.OutcomeCode).ToArray(),
                }),
            ["treatments"] = new(
                "Interrupted time series per regimen change: level and slope change with AR(1) errors fitted by REML, gap-aware; " +
                "probability of an important change; other changes and infections in the window named; regression to the mean " +
                "flagged when the change began during a flare.",
                "STATS.md §2b; reference nlme::gls(corAR1 / corCAR1, method = \"REML\")",
                new Dictionary<string, object>
                {
                    ["outcomes"] = o.TreatmentOutcomes.ToArray(),
                    ["minDaysEachSide"] = o.Treatments.MinDaysEachSide,
                    ["maxDaysEachSide"] = o.Treatments.MaxDaysEachSide,
                    ["importantChange"] = Describe(o.Treatments.ImportantChange),
                    ["fiqrMinQuestionnairesEachSide"] = o.FiqrTreatments.MinDaysEachSide,
                    ["fiqrImportantChange"] = Describe(o.FiqrTreatments.ImportantChange),
                    ["flareLookbackDays"] = o.FlareLookbackDays,
                }),
            ["pacing"] = new(
                "Next-day and two-day outcome on the day's activity load within the lagged model, with one hinge (breakpoint by grid " +
                "search over the load's 20th-80th percentiles); the envelope is the breakpoint when the slope above it is credibly positive.",
                "STATS.md §4",
                new Dictionary<string, object>
                {
                    ["horizons"] = Horizons,
                    ["load"] = "minutes x intensity weight (light 1, moderate 2, vigorous 4)",
                    ["breakpointPercentiles"] = new[] { o.Pacing.LowestPercentile, o.Pacing.HighestPercentile },
                    ["gridPoints"] = o.Pacing.GridPoints,
                    ["alpha"] = o.Pacing.Alpha,
                    ["test"] = $"sup-t over the grid, p from {o.Pacing.SimulationDraws} simulated null draws (seed {o.Pacing.Seed})",
                    ["minRatedDays"] = o.Pacing.MinRatedDays,
                    ["minUsableDays"] = o.Pacing.MinUsableDays,
                }),
            ["infections"] = new(
                "Weekly means before and after each recorded infection, and a level-and-slope change at its start (AR(1) errors by REML).",
                "STATS.md §2b applied to infection onset",
                new Dictionary<string, object>
                {
                    ["windowDays"] = o.InfectionWindowDays,
                    ["outcomes"] = o.InfectionOutcomes.ToArray(),
                }),
        };

        return new InsightMethodDto(EngineVersion, computedAt, Math.Round(milliseconds, 1), report.FirstDay, report.LastDay, report.RecordedDays, sections);
    }

    private static string Describe(ImportantChange change) => change.FixedPoints is { } points
        ? FormattableString.Invariant($"{points} points")
        : FormattableString.Invariant($"{100 * change.FractionOfBaseline!.Value:0}% of the mean before the change");
}
