namespace FibroTrack.Statistics.TimeSeries;

/// <summary>An estimated change with its 95% interval and two-sided t test (n − 4 df).</summary>
/// <param name="DegreesOfFreedom">Satterthwaite df of the t reference behind the interval and p (n − k when φ̂ is at its bound).</param>
public sealed record ItsEffect(double Estimate, double StandardError, double Lower, double Upper, double P, double DegreesOfFreedom);

/// <summary>What <see cref="InterruptedTimeSeries.Analyse"/> found, or what it still needs.</summary>
public sealed record ItsResult
{
    public required string OutcomeCode { get; init; }

    public required string OutcomeLabel { get; init; }

    /// <summary>The first day of the new regimen (the first "after" day).</summary>
    public required DateOnly ChangeDate { get; init; }

    public required string ChangeDescription { get; init; }

    /// <summary>Days with the outcome recorded within the window before the change.</summary>
    public required int DaysBefore { get; init; }

    /// <summary>What <see cref="DaysBefore"/> and <see cref="DaysAfter"/> count (<see cref="ItsOptions.Unit"/>).</summary>
    public string Unit { get; init; } = ItsOptions.Daily;

    /// <summary>Days with the outcome recorded within the window from the change on.</summary>
    public required int DaysAfter { get; init; }

    /// <summary>The estimates; null when there was not enough data (then <see cref="MissingData"/> says what is missing).</summary>
    public required ItsEstimates? Estimates { get; init; }

    /// <summary>What is missing before anything can be estimated; null when <see cref="Estimates"/> is set.</summary>
    public required string? MissingData { get; init; }

    /// <summary>The caller's "began during a flare" flag: a fall may be regression to the mean.</summary>
    public required bool RegressionToTheMeanWarning { get; init; }

    /// <summary>The caller's confounders, echoed.</summary>
    public required IReadOnlyList<string> Confounders { get; init; }

    /// <summary>Plain-language cautions, also at the end of <see cref="Verdict"/>.</summary>
    public required IReadOnlyList<string> Cautions { get; init; }

    /// <summary>The finding in plain language, ending with "association in time, not proven cause".</summary>
    public required string Verdict { get; init; }
}

/// <summary>The numbers of an interrupted-time-series analysis (y = β0 + β1·t + β2·D + β3·(t − T0 + 1)·D + AR(1) error).</summary>
public sealed record ItsEstimates
{
    /// <summary>β2: the jump in level at the change, beyond the earlier trend (outcome units).</summary>
    public required ItsEffect LevelChange { get; init; }

    /// <summary>β3: the change in slope, per day.</summary>
    public required ItsEffect SlopeChange { get; init; }

    /// <summary>β1: the slope before the change, per day.</summary>
    public required ItsEffect SlopeBefore { get; init; }

    /// <summary>β2 + β3·h on the last day used (h = <see cref="LastDayOffset"/>): the gap between the fitted line
    /// and the earlier trend continued, a counterfactual extrapolation.</summary>
    public required ItsEffect ChangeOnLastDay { get; init; }

    /// <summary>h = days from the change to the last day used, counting the change day as 1 (the last value of t − T0 + 1).</summary>
    public required int LastDayOffset { get; init; }

    /// <summary>The REML estimate of the day-to-day error correlation φ.</summary>
    public required double Phi { get; init; }

    /// <summary>Mean of the outcome over the days used before the change.</summary>
    public required double BaselineMean { get; init; }

    /// <summary>The important-change threshold in outcome units, from <see cref="ItsOptions.ImportantChange"/>.</summary>
    public required double ImportantChangeThreshold { get; init; }

    /// <summary>P(β2 ≤ −threshold), from the t approximation (β2 ≈ β̂2 + SE·T on n − 4 df; see <see cref="InterruptedTimeSeries"/>).</summary>
    public required double ProbabilityImportantDecrease { get; init; }

    /// <summary>P(β2 ≥ +threshold), from the same approximation.</summary>
    public required double ProbabilityImportantIncrease { get; init; }

    /// <summary>First and last calendar day used (both with the outcome recorded).</summary>
    public required DateOnly FirstDay { get; init; }

    public required DateOnly LastDay { get; init; }

    /// <summary>Calendar days between <see cref="FirstDay"/> and <see cref="LastDay"/> without the outcome.</summary>
    public required int MissingDays { get; init; }

    /// <summary>The full regression (terms "(Intercept)", "t", "post", "tpost").</summary>
    public required Ar1GlsFit Fit { get; init; }
}
