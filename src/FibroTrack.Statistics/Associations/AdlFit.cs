using System.Collections.Immutable;
using FibroTrack.Statistics.Diagnostics;
using FibroTrack.Statistics.Regression;

namespace FibroTrack.Statistics.Associations;

/// <summary>Whether a pair could be estimated.</summary>
public enum AdlStatus
{
    /// <summary>The model was fitted; see <see cref="AdlFit.Lags"/>.</summary>
    Estimated,

    /// <summary>Below a minimum-data rule: show charts and "not enough data yet", never a number.</summary>
    NotEnoughData,

    /// <summary>The outcome or the exposure did not vary (or its lags cannot be told apart from the other terms).</summary>
    NoVariation,
}

/// <summary>What did not vary, for <see cref="AdlStatus.NoVariation"/>.</summary>
public enum NoVariationIn
{
    None,
    Outcome,
    Exposure,

    /// <summary>The exposure varies, but its lags are a linear combination of the other terms (e.g. a single switch absorbed by the trend).</summary>
    Design,
}

/// <summary>The estimated effect of the exposure l days earlier on the outcome, other terms held fixed.</summary>
/// <param name="Lag">l (1–3).</param>
/// <param name="Estimate">β_l in the outcome's units per unit of the exposure (per "yes" for a yes/no exposure).</param>
/// <param name="DegreesOfFreedom">n − k of the t test.</param>
/// <param name="P">Two-sided t-test p-value.</param>
/// <param name="Lower">Lower end of the <see cref="AssociationOptions.ConfidenceLevel"/> interval.</param>
/// <param name="DaysWith">Yes/no exposure: used rows with the exposure l days earlier; 0 for a continuous one.</param>
/// <param name="DaysWithout">Yes/no exposure: used rows without it l days earlier.</param>
public sealed record LagEffect(
    int Lag,
    double Estimate,
    double StandardError,
    double T,
    int DegreesOfFreedom,
    double P,
    double Lower,
    double Upper,
    int DaysWith,
    int DaysWithout)
{
    /// <summary>Benjamini–Hochberg q over the analysis' whole family; NaN until <see cref="AssociationScan"/> sets it.</summary>
    public double Q { get; init; } = double.NaN;
}

/// <summary>One outcome × exposure ADL fit, or the reason there is none.</summary>
public sealed record AdlFit
{
    public required AdlStatus Status { get; init; }

    /// <summary>Days with a rating of the outcome.</summary>
    public int RatedDays { get; init; }

    /// <summary>Rows in the model: days t with y_t, y_{t−1..t−p} and x_{t−1..t−3} all recorded.</summary>
    public int UsableDays { get; init; }

    /// <summary>Whether every recorded value of the exposure is 0 or 1.</summary>
    public bool ExposureIsBinary { get; init; }

    /// <summary>Yes/no exposure: usable rows with the exposure the day before (x_{t−1} = 1).</summary>
    public int DaysWith { get; init; }

    /// <summary>Yes/no exposure: usable rows without it the day before.</summary>
    public int DaysWithout { get; init; }

    /// <summary>Rated days still missing to reach <see cref="AssociationOptions.MinRatedDays"/>.</summary>
    public int MoreRatedDaysNeeded { get; init; }

    /// <summary>Usable days with the exposure still missing to reach <see cref="AssociationOptions.MinDaysWithAndWithout"/>.</summary>
    public int MoreDaysWithNeeded { get; init; }

    /// <summary>Usable days without the exposure still missing.</summary>
    public int MoreDaysWithoutNeeded { get; init; }

    /// <summary>Complete lag windows still missing to reach <see cref="AssociationOptions.MinUsableDays"/>.</summary>
    public int MoreUsableDaysNeeded { get; init; }

    public NoVariationIn NoVariationIn { get; init; }

    /// <summary>p, the lags of the outcome in the model.</summary>
    public int ArOrder { get; init; }

    /// <summary>Columns of the trend: 1 for a linear trend, the spline df otherwise (see <see cref="TrendBasis"/>).</summary>
    public int TrendDegreesOfFreedom { get; init; }

    /// <summary>First and last calendar day of the used rows.</summary>
    public DateOnly? FirstDay { get; init; }

    public DateOnly? LastDay { get; init; }

    /// <summary>Lags 1–3 of the exposure, fitted jointly; empty unless estimated.</summary>
    public ImmutableArray<LagEffect> Lags { get; init; } = [];

    /// <summary>Joint F test of β₁ = β₂ = β₃ = 0 (STATS.md's alternative family member).</summary>
    public FTestResult? JointLags { get; init; }

    /// <summary>Ljung–Box test (lag 7, df = 7 − p) of the residuals on the calendar grid, gaps skipped pairwise.</summary>
    public LjungBoxResult? ResidualCheck { get; init; }

    /// <summary>True when <see cref="ResidualCheck"/> still rejects at <see cref="AssociationOptions.LjungBoxAlpha"/>: the t tests may be optimistic.</summary>
    public bool ResidualAutocorrelationRemains { get; init; }

    /// <summary>The underlying OLS fit (columns: const, y_lag1..p, x_lag1..3, trend…, optional weekday indicators).</summary>
    public OlsResult? Model { get; init; }
}
