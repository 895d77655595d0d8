namespace FibroTrack.Features.Weekly;

/// <summary>The last seven days against the person's own baseline: what <c>/weekly</c> and <c>GET /api/v1/weekly</c> show.</summary>
/// <param name="Suggestion">One observation from the person's own headline findings that bears on this week; null when there is none.</param>
public sealed record WeeklySummaryDto(
    DateOnly From,
    DateOnly To,
    int RecordedDays,
    IReadOnlyList<WeeklyMeasureDto> Measures,
    IReadOnlyList<DateOnly> FlareDays,
    IReadOnlyList<DateOnly> FlareButtonDays,
    IReadOnlyList<AdherenceDto> Adherence,
    WeeklyActivityDto Activity,
    WeeklySuggestionDto? Suggestion);

/// <summary>A measure's mean this week and its baseline: the median of the 28 days before the week.</summary>
/// <param name="Difference">Week mean − baseline; null when either is missing.</param>
/// <param name="HigherIsWorse">True for symptoms (pain, fatigue, …), false for sleep quality and hours slept.</param>
public sealed record WeeklyMeasureDto(
    string Code, string Label, string? Unit, double? WeekMean, int WeekDays, double? Baseline, int BaselineDays, double? Difference, bool HigherIsWorse);

/// <summary>A regimen item active during the week: on how many answered days it was marked taken.</summary>
public sealed record AdherenceDto(string Code, string Name, int DaysActive, int DaysAnswered, int DaysTaken);

/// <summary>Daily activity load against the envelope from the person's pacing analysis, if one was found.</summary>
/// <param name="Envelope">Weighted activity minutes above which next-day symptoms were higher, or null.</param>
/// <param name="EnvelopeSource">The pacing result's sentence the envelope comes from, or why there is none.</param>
public sealed record WeeklyActivityDto(double? Envelope, string EnvelopeSource, IReadOnlyList<WeeklyActivityDayDto> Days);

public sealed record WeeklyActivityDayDto(DateOnly Date, double? Load, bool OverEnvelope);

/// <summary>An observation grounded in the person's own headline finding, with how often the exposure occurred this week.</summary>
public sealed record WeeklySuggestionDto(string Text, string Outcome, string Exposure, int Lag, int DaysWithExposureThisWeek);
