using System.Collections.Immutable;
using FibroTrack.Statistics.Regression;

namespace FibroTrack.Statistics.Associations;

/// <summary>Whether a flare-onset model could be estimated.</summary>
public enum FlareOnsetStatus
{
    /// <summary>The model was fitted; see <see cref="FlareOnsetFit.Lags"/>.</summary>
    Estimated,

    /// <summary>Below a minimum-data rule (too few rated days, flare onsets, usable days, or days with/without the exposure).</summary>
    NotEnoughData,

    /// <summary>The exposure did not vary over the usable days, or its lags cannot be told apart from the other terms.</summary>
    NoVariation,

    /// <summary>Some terms predict onset or its absence perfectly (e.g. every onset came after the exposure); the odds
    /// ratio would be infinite, so no number is given. See <see cref="FlareOnsetFit.SeparatedTerms"/>.</summary>
    Separation,

    /// <summary>The likelihood maximisation did not settle (rare; treat as no result).</summary>
    NotConverged,
}

/// <summary>An odds ratio with its interval: exp of a log-odds effect and of its interval's ends.</summary>
public sealed record OddsRatio(double Ratio, double Lower, double Upper);

/// <summary>One exposure's flare-onset model (<see cref="FlareOnsetModel"/>), or the reason there is none.</summary>
/// <remarks>
/// <para><see cref="Lags"/> reuses <see cref="LagEffect"/> so the p-values join the person's Benjamini–Hochberg family
/// with the ADL pairs, but on the logistic model's scales: <see cref="LagEffect.Estimate"/>, <see cref="LagEffect.Lower"/>
/// and <see cref="LagEffect.Upper"/> are log odds ratios (per "yes", or per unit of a continuous exposure; see
/// <see cref="FlareOnsetModel.ToOddsRatio"/>), <see cref="LagEffect.T"/> holds the Wald z, and
/// <see cref="LagEffect.DegreesOfFreedom"/> is 0, meaning a normal (z) reference distribution rather than t.</para>
/// </remarks>
public sealed record FlareOnsetFit
{
    public required FlareOnsetStatus Status { get; init; }

    /// <summary>Days with a composite score.</summary>
    public int RatedDays { get; init; }

    /// <summary>Rows in the model: days t at risk (onset_t is 0 or 1) with composite_{t−1} and x_{t−1..t−3} recorded.</summary>
    public int UsableDays { get; init; }

    /// <summary>Flare onsets among the usable days (the events of the logistic model).</summary>
    public int Onsets { get; init; }

    /// <summary>Whether every recorded value of the exposure is 0 or 1.</summary>
    public bool ExposureIsBinary { get; init; }

    /// <summary>Yes/no exposure: usable days with the exposure the day before.</summary>
    public int DaysWith { get; init; }

    /// <summary>Yes/no exposure: usable days without it the day before.</summary>
    public int DaysWithout { get; init; }

    /// <summary>Rated days still missing to reach <see cref="AssociationOptions.MinRatedDays"/>.</summary>
    public int MoreRatedDaysNeeded { get; init; }

    /// <summary>Flare onsets among usable days still missing to reach <see cref="FlareOnsetModel.MinOnsets"/>.</summary>
    public int MoreOnsetsNeeded { get; init; }

    public int MoreDaysWithNeeded { get; init; }

    public int MoreDaysWithoutNeeded { get; init; }

    /// <summary>Usable days still missing to reach <see cref="AssociationOptions.MinUsableDays"/>.</summary>
    public int MoreUsableDaysNeeded { get; init; }

    public NoVariationIn NoVariationIn { get; init; }

    /// <summary>Columns of the trend in the final fit (see <see cref="TrendBasis"/>).</summary>
    public int TrendDegreesOfFreedom { get; init; }

    /// <summary>
    /// Columns <see cref="TrendBasis"/>'s rule asks for. Larger than <see cref="TrendDegreesOfFreedom"/> when that trend
    /// separated the data (a stretch without onsets fitted as "never") and a coarser one was used instead.
    /// </summary>
    public int TrendDegreesOfFreedomByRule { get; init; }

    /// <summary>First and last calendar day of the used rows.</summary>
    public DateOnly? FirstDay { get; init; }

    public DateOnly? LastDay { get; init; }

    /// <summary>Lags 1–3 of the exposure, fitted jointly, on the log-odds scale with Wald z tests (see the remarks); empty unless estimated.</summary>
    public ImmutableArray<LagEffect> Lags { get; init; } = [];

    /// <summary>Joint Wald χ² test (3 df) of β₁ = β₂ = β₃ = 0.</summary>
    public ChiSquareTestResult? JointLags { get; init; }

    /// <summary><see cref="FlareOnsetStatus.Separation"/>: the model terms along which the likelihood diverges.</summary>
    public ImmutableArray<string> SeparatedTerms { get; init; } = [];

    /// <summary>The logistic fit (columns: const, composite_lag1, x_lag1..3, trend…, optional weekday indicators); null before fitting.</summary>
    public LogisticResult? Model { get; init; }
}
