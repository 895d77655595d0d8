namespace FibroTrack.Features.Insights;

// The stored and served shape of a person's insights. Numbers that could not be computed are null (JSON has no NaN).

/// <summary>Everything <c>GET /api/v1/insights</c> returns: the method and its parameters, then one entry per section.</summary>
public sealed record InsightsDto(
    InsightMethodDto Method,
    FlaresDto Flares,
    AssociationsDto Associations,
    IReadOnlyList<TreatmentDto> Treatments,
    IReadOnlyList<PacingDto> Pacing,
    IReadOnlyList<InfectionDto> Infections);

/// <summary>How the insights were computed: engine version, data range and every parameter of every section.</summary>
public sealed record InsightMethodDto(
    string EngineVersion,
    DateTime ComputedAt,
    double ComputeMilliseconds,
    DateOnly FirstDay,
    DateOnly LastDay,
    int RecordedDays,
    IReadOnlyDictionary<string, SectionMethodDto> Sections);

/// <summary>One section's method in words, its reference and its parameters.</summary>
public sealed record SectionMethodDto(string Method, string Reference, IReadOnlyDictionary<string, object> Parameters);

public sealed record FlaresDto(
    bool Evaluated,
    double? Threshold,
    double? K,
    double? Phi,
    double? InnovationSd,
    double? EpisodesPerYear,
    IReadOnlyList<FlareEpisodeDto> Episodes,
    FlareAgreementDto? ButtonAgreement,
    IReadOnlyList<string> Notes,
    IReadOnlyList<FlareDayDto> Days);

public sealed record FlareEpisodeDto(DateOnly Start, DateOnly End, DateOnly Peak, double PeakComposite, int Days, int ObservedDays, double MeanExcess);

/// <summary>Agreement of detected flare days with the days the person pressed "I'm in a flare".</summary>
public sealed record FlareAgreementDto(
    int ComparedDays, int Both, int ButtonOnly, int RuleOnly, int Neither, double SimpleAgreement, double? Kappa,
    int ButtonEpisodes, int ButtonEpisodesDetected, int EpisodesWithPress, string Text);

/// <summary>One calendar day of the flare calendar.</summary>
public sealed record FlareDayDto(DateOnly Date, double? Composite, double? Baseline, bool InFlare);

public sealed record AssociationsDto(
    int FamilySize,
    IReadOnlyList<FindingDto> Findings,
    IReadOnlyList<PairNoteDto> NotEnoughData,
    int PairsWithoutFinding,
    IReadOnlyList<CompletenessDto> Completeness,
    IReadOnlyList<string> Warnings);

/// <summary>A headline (q ≤ 0.05) or exploratory (q ≤ 0.10) finding.</summary>
/// <param name="Effect">Change in the outcome, in its units, per unit of exposure (per "yes" for yes/no), <see cref="Lag"/> days later.</param>
public sealed record FindingDto(
    string Level,
    string Outcome,
    string OutcomeLabel,
    string Exposure,
    string ExposureLabel,
    int Lag,
    double Effect,
    double Lower,
    double Upper,
    double P,
    double Q,
    int Days,
    int DaysWith,
    int DaysWithout,
    string Text)
{
    /// <summary>"outcome-units" (points per yes/unit) or "odds-ratio" (flare onset).</summary>
    public string Scale { get; init; } = "outcome-units";
}

/// <summary>A pair that could not be analysed yet, with what is missing.</summary>
public sealed record PairNoteDto(string Outcome, string Exposure, string Text);

public sealed record CompletenessDto(string Outcome, int CalendarDays, int RatedDays, double Completion);

public sealed record TreatmentDto(
    DateOnly Date,
    string Item,
    string ItemName,
    string Kind,
    string Description,
    bool StartedDuringFlare,
    IReadOnlyList<string> Confounders,
    IReadOnlyList<ChangeResultDto> Outcomes,
    string? Note);

/// <summary>A segmented regression (level and slope change, AR(1) errors by REML) around a date.</summary>
/// <param name="SlopeChangePerWeek">Change of the trend, points per week.</param>
/// <param name="ProbabilityImportantChange">Probability the level change is at least <see cref="ImportantChange"/> in its direction.</param>
public sealed record ChangeResultDto(
    string Outcome,
    string OutcomeLabel,
    int DaysBefore,
    int DaysAfter,
    string Unit,
    EffectDto? LevelChange,
    EffectDto? SlopeChangePerWeek,
    double? ImportantChange,
    double? ProbabilityImportantChange,
    double? Phi,
    bool RegressionToTheMeanWarning,
    IReadOnlyList<string> Cautions,
    string? MissingData,
    string Verdict);

public sealed record EffectDto(double Estimate, double Lower, double Upper, double P);

/// <summary>One pacing result. <see cref="Envelope"/> (weighted activity minutes) and <see cref="DaysOverEnvelope"/> are
/// given only when an envelope was found; <see cref="SlopeAbove"/>'s p is the search-corrected test of the envelope;
/// the means compare the outcome after days above and at-or-below the best breakpoint.</summary>
public sealed record PacingDto(
    string Outcome,
    string OutcomeLabel,
    int HorizonDays,
    string Status,
    bool EnvelopeFound,
    double? Envelope,
    EffectDto? SlopeBelow,
    EffectDto? SlopeAbove,
    double? P,
    int UsableDays,
    IReadOnlyList<DateOnly> DaysOverEnvelope,
    double? MeanAfterDaysOver,
    double? MeanAfterOtherDays,
    string Text,
    IReadOnlyList<PacingPointDto> Points,
    IReadOnlyList<PacingPointDto> Fitted);

/// <summary>A point of the pacing chart: activity load and the outcome that followed.</summary>
public sealed record PacingPointDto(double Load, double Outcome);

public sealed record InfectionDto(
    DateOnly Start,
    DateOnly? End,
    string Label,
    IReadOnlyList<string> OtherChanges,
    IReadOnlyList<InfectionOutcomeDto> Outcomes);

public sealed record InfectionOutcomeDto(
    string Outcome,
    string OutcomeLabel,
    double? MeanBefore,
    int DaysBefore,
    double? MeanAfter,
    int DaysAfter,
    IReadOnlyList<WeekDto> Weeks,
    ChangeResultDto Change);

public sealed record WeekDto(int Week, DateOnly From, double? Mean, int Days);
