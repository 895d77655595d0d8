using System.Collections.Immutable;
using FibroTrack.Statistics.Regression;

namespace FibroTrack.Statistics.Pacing;

/// <summary>Whether an outcome × horizon could be estimated.</summary>
public enum PacingStatus
{
    /// <summary>The hinge model was fitted; see <see cref="PacingResult.EnvelopeFound"/>.</summary>
    Estimated,

    /// <summary>Below a minimum-data rule: charts and "not enough data yet", never a number.</summary>
    NotEnoughData,

    /// <summary>The outcome or the load did not vary enough to place a breakpoint.</summary>
    NoVariation,
}

/// <summary>What did not vary, for <see cref="PacingStatus.NoVariation"/>.</summary>
public enum PacingNoVariationIn
{
    None,
    Outcome,
    Load,

    /// <summary>The load varies, but no percentile in the search range leaves enough days on both sides (e.g. mostly rest days at 0).</summary>
    Breakpoint,

    /// <summary>The load is a linear combination of the other terms (the trend, yesterday's outcome).</summary>
    Design,
}

/// <summary>A slope in outcome points per load unit (weighted minute), with its interval at the chosen breakpoint.</summary>
/// <remarks>The interval is the ordinary t interval given the breakpoint; it does not widen for the search, which
/// only the envelope test (<see cref="PacingResult.P"/>) accounts for.</remarks>
public sealed record HingeSlope(double Estimate, double StandardError, double Lower, double Upper);

/// <summary>One used row for the chart: the load on <paramref name="LoadDate"/> and the outcome h days later.</summary>
public sealed record PacingPoint(DateOnly LoadDate, DateOnly OutcomeDate, double Load, double Outcome);

/// <summary>The fitted hinge at one load, the other terms at their means.</summary>
public sealed record PacingCurvePoint(double Load, double Fitted);

/// <summary>The pacing analysis for one outcome at one horizon, or the reason there is none.</summary>
public sealed record PacingResult
{
    public required PacingStatus Status { get; init; }

    /// <summary>Matrix code of the outcome (e.g. <c>symptom.pain</c>).</summary>
    public required string OutcomeCode { get; init; }

    /// <summary>The outcome as the sentences name it ("pain").</summary>
    public required string OutcomeLabel { get; init; }

    /// <summary>h: the outcome is read h days after the load (1 = next day, 2 = two days later).</summary>
    public required int Horizon { get; init; }

    /// <summary>Plain-language summary; never medical advice.</summary>
    public required string Text { get; init; }

    public int RatedDays { get; init; }

    /// <summary>Rows in the model: days t with y_t, y_{t−1} and the load on day t − h all recorded.</summary>
    public int UsableDays { get; init; }

    /// <summary>Rated days still missing to reach <see cref="PacingOptions.MinRatedDays"/>.</summary>
    public int MoreRatedDaysNeeded { get; init; }

    /// <summary>Complete rows still missing to reach <see cref="PacingOptions.MinUsableDays"/>.</summary>
    public int MoreUsableDaysNeeded { get; init; }

    public PacingNoVariationIn NoVariationIn { get; init; }

    /// <summary>Columns of the trend (1 = linear, else natural-spline df).</summary>
    public int TrendDegreesOfFreedom { get; init; }

    /// <summary>Candidate breakpoints searched (distinct percentiles with enough days on both sides), ascending.</summary>
    public ImmutableArray<double> Grid { get; init; } = [];

    /// <summary>The breakpoint c with the smallest residual sum of squares, in load units; null unless estimated.</summary>
    public double? Breakpoint { get; init; }

    /// <summary>The envelope: <see cref="Breakpoint"/> when the slope above it is credibly positive, else null.</summary>
    public double? Envelope => EnvelopeFound ? Breakpoint : null;

    /// <summary>True when the search-adjusted one-sided test gives P ≤ <see cref="PacingOptions.Alpha"/> and the slope above's 95% interval lies above zero.</summary>
    public bool EnvelopeFound { get; init; }

    /// <summary>β₁: outcome points per load unit at or below the breakpoint.</summary>
    public HingeSlope? SlopeBelow { get; init; }

    /// <summary>β₁ + β₂: outcome points per load unit above the breakpoint.</summary>
    public HingeSlope? SlopeAbove { get; init; }

    /// <summary>t statistic of the slope above at the chosen breakpoint.</summary>
    public double T { get; init; } = double.NaN;

    /// <summary>Search-adjusted one-sided p of that t (see <see cref="PacingAnalysis"/>); NaN unless estimated.</summary>
    public double P { get; init; } = double.NaN;

    /// <summary>The simulated (1 − α) quantile of the search's null t: the t the data had to beat. NaN when the draws stopped early
    /// (<see cref="PacingOptions.StopAfterExceedances"/>): the answer was a clear "no" without it.</summary>
    public double CriticalT { get; init; } = double.NaN;

    /// <summary>Every day of the diary (not only used rows) with a load above the breakpoint.</summary>
    public ImmutableArray<DateOnly> DaysAboveBreakpoint { get; init; } = [];

    public int DaysAboveBreakpointCount => DaysAboveBreakpoint.Length;

    /// <summary>Descriptive: mean outcome h days after used days with the load above the breakpoint.</summary>
    public double MeanOutcomeAfterAbove { get; init; } = double.NaN;

    /// <summary>Descriptive: mean outcome h days after used days with the load at or below it.</summary>
    public double MeanOutcomeAfterAtOrBelow { get; init; } = double.NaN;

    /// <summary>The (load, outcome) pairs used, for a scatter chart.</summary>
    public ImmutableArray<PacingPoint> Points { get; init; } = [];

    /// <summary>The fitted hinge over the used load range, other terms at their means (see <see cref="PacingAnalysis"/>).</summary>
    public ImmutableArray<PacingCurvePoint> Curve { get; init; } = [];

    /// <summary>The OLS fit at the chosen breakpoint (columns: const, y_lag1, load, hinge, trend…).</summary>
    public OlsResult? Model { get; init; }
}
