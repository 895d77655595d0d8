using System.Collections.Immutable;

namespace FibroTrack.Statistics.Associations;

/// <summary>How a pair's headline lag is labelled after the Benjamini–Hochberg adjustment.</summary>
public enum FindingLevel
{
    /// <summary>Not a finding (q above the exploratory threshold, or not estimated).</summary>
    None,

    /// <summary>q ≤ <see cref="AssociationOptions.ExploratoryQ"/>: shown, labelled exploratory.</summary>
    Exploratory,

    /// <summary>q ≤ <see cref="AssociationOptions.HeadlineQ"/>.</summary>
    Headline,
}

/// <summary>One outcome × exposure pair of a scan: the fit with q-values, its headline lag and what to tell the person.</summary>
/// <param name="Fit">The ADL fit; its <see cref="AdlFit.Lags"/> carry the family-wide q-values.</param>
/// <param name="Headline">The lag with the smallest q (ties: smaller p, then shorter lag); null unless estimated.</param>
/// <param name="Level">The headline's label.</param>
/// <param name="Text">One or two sentences for the person: the finding, "no clear link", "not enough data yet …" or "no variation".</param>
public sealed record PairAssociation(
    string OutcomeCode,
    string OutcomeLabel,
    string ExposureCode,
    string ExposureLabel,
    AdlFit Fit,
    LagEffect? Headline,
    FindingLevel Level,
    string Text);

/// <summary>What a finding's effect and interval measure.</summary>
public enum EffectScale
{
    /// <summary>The outcome's own units per unit of exposure (per "yes" for yes/no).</summary>
    OutcomeUnits,

    /// <summary>An odds ratio (flare onset), per "yes" or per unit of exposure.</summary>
    OddsRatio,
}

/// <summary>Flare onset against one exposure: the logistic ADL fit with family-wide q-values, and what to tell the person.</summary>
public sealed record FlareOnsetPair(
    string ExposureCode,
    string ExposureLabel,
    FlareOnsetFit Fit,
    LagEffect? Headline,
    FindingLevel Level,
    string Text);

/// <summary>A headline or exploratory finding: the pair's headline lag with q ≤ the exploratory threshold.</summary>
/// <param name="Effect">β of the headline lag in the outcome's units per unit of exposure (per "yes" for yes/no).</param>
/// <param name="Lower">Lower end of the 95% interval of <paramref name="Effect"/>.</param>
/// <param name="Days">Days behind the estimate (rows of the model).</param>
/// <param name="DaysWith">Yes/no exposure: of those, days with the exposure <paramref name="Lag"/> days earlier (0 otherwise).</param>
/// <param name="Text">The sentence shown, ending "Association, not proven cause."</param>
public sealed record AssociationFinding(
    string OutcomeCode,
    string OutcomeLabel,
    string ExposureCode,
    string ExposureLabel,
    FindingLevel Level,
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
    /// <summary>What <see cref="Effect"/>, <see cref="Lower"/> and <see cref="Upper"/> measure.</summary>
    public EffectScale Scale { get; init; } = EffectScale.OutcomeUnits;
}

/// <summary>Diary completeness for one outcome, and whether its missing days sit next to bad days (STATS.md §1).</summary>
/// <param name="CalendarDays">Days from the first to the last diary entry of the matrix.</param>
/// <param name="RatedDays">Of those, days with a rating of the outcome.</param>
/// <param name="MeanNextToGap">Mean rating on rated days directly before or after an unrated day (NaN if none).</param>
/// <param name="MeanElsewhere">Mean rating on the other rated days.</param>
/// <param name="DaysNextToGap">Rated days directly before or after an unrated day.</param>
public sealed record OutcomeCompleteness(
    string OutcomeCode,
    int CalendarDays,
    int RatedDays,
    double MeanNextToGap,
    double MeanElsewhere,
    int DaysNextToGap)
{
    public double Completion => CalendarDays == 0 ? 0 : (double)RatedDays / CalendarDays;
}

/// <summary>The result of <see cref="AssociationScan.Run"/>.</summary>
/// <param name="Pairs">Every outcome × exposure pair analysed, including "not enough data" and "no variation" ones.</param>
/// <param name="Findings">Headline and exploratory findings, smallest q first.</param>
/// <param name="FamilySize">m of the Benjamini–Hochberg adjustment: the lag tests of all estimated pairs.</param>
/// <param name="Completeness">Per outcome diary completeness and the missing-next-to-bad-days check.</param>
/// <param name="Warnings">Sentences for the person: low completion, missing days next to worse days.</param>
public sealed record AssociationScanResult(
    ImmutableArray<PairAssociation> Pairs,
    ImmutableArray<AssociationFinding> Findings,
    int FamilySize,
    ImmutableArray<OutcomeCompleteness> Completeness,
    ImmutableArray<string> Warnings)
{
    /// <summary>Flare onset against each exposure, when the scan was given the person's flares; empty otherwise.</summary>
    public ImmutableArray<FlareOnsetPair> FlareOnsets { get; init; } = [];

    public IEnumerable<AssociationFinding> Headlines => Findings.Where(f => f.Level == FindingLevel.Headline);

    public IEnumerable<AssociationFinding> Exploratory => Findings.Where(f => f.Level == FindingLevel.Exploratory);
}
