using System.Collections.Immutable;
using FibroTrack.Statistics.Associations;
using FibroTrack.Statistics.Flares;
using FibroTrack.Statistics.Pacing;
using FibroTrack.Statistics.TimeSeries;

namespace FibroTrack.Statistics.Insights;

/// <summary>Everything the insight engine found for one person, with what it was computed from.</summary>
/// <param name="FirstDay">First day of the matrix analysed.</param>
/// <param name="LastDay">Last day of the matrix analysed.</param>
/// <param name="RecordedDays">Days with a diary entry.</param>
/// <param name="Flares">Baseline, flare episodes and agreement with the flare button (STATS.md §3).</param>
/// <param name="Associations">The lagged-association scan with its q-values (STATS.md §1).</param>
/// <param name="Treatments">One entry per regimen change, oldest first (STATS.md §2b).</param>
/// <param name="Pacing">Activity load against next-day and two-day pain and fatigue (STATS.md §4).</param>
/// <param name="Infections">One entry per recorded infection, oldest first.</param>
/// <param name="Options">The settings used.</param>
public sealed record InsightReport(
    DateOnly FirstDay,
    DateOnly LastDay,
    int RecordedDays,
    FlareAnalysis Flares,
    AssociationScanResult Associations,
    ImmutableArray<TreatmentResponse> Treatments,
    ImmutableArray<PacingResult> Pacing,
    ImmutableArray<InfectionOnset> Infections,
    InsightOptions Options);

/// <summary>Whether a regimen change was followed by a change in symptoms.</summary>
/// <param name="StartedDuringFlare">A flare was under way on the day or in the few days before: expect regression to the mean.</param>
/// <param name="Confounders">Other changes and infections within the analysis window, as sentences.</param>
/// <param name="Outcomes">One interrupted-time-series result per outcome (pain, fatigue, FIQR when answered); empty when the
/// change lies outside the diary (see <paramref name="Note"/>).</param>
/// <param name="Note">Why a change was not analysed at all: it came before the first or after the last diary day.</param>
public sealed record TreatmentResponse(
    RegimenChange Change,
    bool StartedDuringFlare,
    ImmutableArray<string> Confounders,
    ImmutableArray<ItsResult> Outcomes,
    string? Note = null);

/// <summary>Symptoms around one infection: weekly means, before/after averages and a level-and-slope change at its start.</summary>
/// <param name="OtherChanges">Regimen changes within the window, which could explain part of any change.</param>
public sealed record InfectionOnset(
    InfectionWindow Infection,
    ImmutableArray<InfectionOutcome> Outcomes,
    ImmutableArray<string> OtherChanges);

/// <summary>One outcome around an infection.</summary>
/// <param name="MeanBefore">Mean over the window before the start; NaN when nothing was rated.</param>
/// <param name="MeanAfter">Mean over the same number of days after the end (after the start while ongoing); NaN when nothing was rated.</param>
/// <param name="Weeks">Weekly means from the window before to the window after, week 0 starting on the first day of the illness.</param>
/// <param name="Change">Segmented regression at the start (level change = the step at onset, slope change = recovery or drift).</param>
public sealed record InfectionOutcome(
    string Code,
    string Label,
    double MeanBefore,
    int DaysBefore,
    double MeanAfter,
    int DaysAfter,
    ImmutableArray<WeeklyMean> Weeks,
    ItsResult Change);

/// <summary>The mean of an outcome over one week relative to an event (NaN and 0 days when nothing was rated).</summary>
public sealed record WeeklyMean(int Week, DateOnly From, double Mean, int Days);
