using FibroTrack.Core.Vocabulary;
using FibroTrack.Statistics.Associations;
using FibroTrack.Statistics.Flares;
using FibroTrack.Statistics.Numerics;
using FibroTrack.Statistics.Pacing;
using FibroTrack.Statistics.TimeSeries;

namespace FibroTrack.Statistics.Insights;

/// <summary>Every setting of one person's analysis; the API echoes them beside the results.</summary>
public sealed record InsightOptions
{
    public static InsightOptions Default { get; } = new();

    /// <summary>
    /// The lagged-association scan. Day of week is on by default: weekly rhythms (work weeks, weekend habits) are
    /// common, and without it a habit that clusters on certain weekdays borrows the weekday's effect. Six more
    /// coefficients cost little power at ≥ 60 days and leave the null rate unchanged (docs/statistics.md).
    /// </summary>
    public AssociationOptions Associations { get; init; } = AssociationOptions.Default with { IncludeDayOfWeek = true };

    /// <summary>The flare rule (STATS.md §3).</summary>
    public FlareOptions Flares { get; init; } = FlareOptions.Default;

    /// <summary>Treatment response on the daily 0–10 ratings (STATS.md §2b: ≥ 28 days each side, up to 90, 2 points).</summary>
    public ItsOptions Treatments { get; init; } = ItsOptions.Default;

    /// <summary>
    /// Treatment response on the FIQR total, answered weekly at most: 6 questionnaires each side, and 14% of the
    /// earlier average as the important change (Bennett et al., J Rheumatol 2009;36:1304–1311, for the FIQ; we
    /// assume it carries over to the revised FIQR).
    /// </summary>
    public ItsOptions FiqrTreatments { get; init; } = ItsOptions.Default with
    {
        MinDaysEachSide = 6,
        Unit = "questionnaires",
        ImportantChange = ImportantChange.ShareOfBaseline(0.14),
        Correlation = Ar1Correlation.ContinuousTime,
    };

    /// <summary>Activity load against next-day and two-day pain and fatigue (STATS.md §4).</summary>
    public PacingOptions Pacing { get; init; } = PacingOptions.Default;

    /// <summary>Whether flare onset joins the association outcomes (logistic ADL, ≥ 10 onsets; STATS.md §1).</summary>
    public bool FlareOnsetAssociations { get; init; } = true;

    /// <summary>Daily outcomes judged around every regimen change, in order.</summary>
    public IReadOnlyList<string> TreatmentOutcomes { get; init; } = [BuiltInVariables.Pain, BuiltInVariables.Fatigue];

    /// <summary>Days before a change in which a flare makes "it began during a flare" true (regression to the mean).</summary>
    public int FlareLookbackDays { get; init; } = 3;

    /// <summary>Days either side of an infection's start summarised in its trajectory (weekly means), and the ITS window.</summary>
    public int InfectionWindowDays { get; init; } = 84;

    /// <summary>Outcomes followed around each infection.</summary>
    public IReadOnlyList<string> InfectionOutcomes { get; init; } = [BuiltInVariables.Pain, BuiltInVariables.Fatigue, InsightCodes.Composite];

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Associations);
        ArgumentNullException.ThrowIfNull(Flares);
        ArgumentNullException.ThrowIfNull(Pacing);
        ArgumentNullException.ThrowIfNull(Treatments);
        ArgumentNullException.ThrowIfNull(FiqrTreatments);
        ArgumentNullException.ThrowIfNull(TreatmentOutcomes);
        ArgumentNullException.ThrowIfNull(InfectionOutcomes);
        Preconditions.CheckArgumentRange(FlareLookbackDays, nameof(FlareLookbackDays), 0, 28);
        Preconditions.CheckArgumentRange(InfectionWindowDays, nameof(InfectionWindowDays), 28, 365);
    }
}
