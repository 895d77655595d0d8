namespace FibroTrack.Core.Wearables;

/// <summary>What an Apple Health export held: the daily aggregates, and what was left out and why.</summary>
/// <param name="Days">Days with at least one aggregate, in date order.</param>
/// <param name="RecordsRead">Every <c>Record</c> element read.</param>
/// <param name="RecordsUsed">Records that went into an aggregate.</param>
/// <param name="IgnoredTypes">Record types not imported, with their counts (blood pressure, flights climbed, …).</param>
/// <param name="Skipped">Records of a known type that could not be used (bad value, unknown unit), each with its line.</param>
public sealed record AppleHealthSummary(
    IReadOnlyList<AppleHealthDay> Days,
    long RecordsRead,
    long RecordsUsed,
    IReadOnlyDictionary<string, long> IgnoredTypes,
    IReadOnlyList<string> Skipped);
