using System.Text.Json.Serialization;

namespace FibroTrack.Features.Research;

/// <summary>
/// Everything a researcher sees: aggregates over consenting people only. When <see cref="People"/> is null the cohort
/// has fewer than 10 people and nothing else is given.
/// </summary>
public sealed record CohortReport(
    int MinimumGroupSize,
    int? People,
    string? Suppressed,
    IReadOnlyList<ScoreDistribution> Distributions,
    IReadOnlyList<MarkerAssociation> Markers,
    IReadOnlyList<OnsetComparison> Onset,
    string Caveat);

/// <summary>A histogram of each consenting person's latest score; <see cref="People"/> null means fewer than 10.</summary>
public sealed record ScoreDistribution(string Measure, string Label, string Source, int? People, double? Mean, IReadOnlyList<HistogramBin> Bins);

/// <summary>People whose score falls in [From, To]; a null count means fewer than 10 (or hidden so it cannot be derived).</summary>
public sealed record HistogramBin(string Label, double From, double To, int? People)
{
    [JsonPropertyName("fewerThan10")]
    public bool Suppressed => People is null;
}

/// <summary>An estimate with its 95% interval and two-sided p.</summary>
public sealed record Estimate(double Value, double StandardError, double Lower, double Upper, double P, double DegreesOfFreedom);

/// <summary>
/// The within/between model of pain on a log marker. Estimates are null when fewer than 10 people contribute or the
/// model cannot be fitted (<see cref="Note"/> says which).
/// </summary>
public sealed record MarkerAssociation(
    string Marker,
    string Label,
    string Outcome,
    int? People,
    int? Results,
    Estimate? Within,
    Estimate? Between,
    double? IntraclassCorrelation,
    int? ExcludedAsLikelyAcute,
    string Note);

/// <summary>One group of the onset comparison; a null count means fewer than 10 and no mean.</summary>
public sealed record GroupSummary(string Label, int? People, double? Mean, double? StandardDeviation);

/// <summary>Post-infection onset against other known onsets, by Welch's t-test; null estimate when a group is under 10.</summary>
public sealed record OnsetComparison(string Outcome, GroupSummary PostInfection, GroupSummary OtherOnsets, Estimate? Difference, string Note);
