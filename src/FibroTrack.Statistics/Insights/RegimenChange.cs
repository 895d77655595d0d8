namespace FibroTrack.Statistics.Insights;

/// <summary>What happened to a regimen item on a date.</summary>
public enum RegimenChangeKind
{
    Start,
    Stop,
    DoseChange,
}

/// <summary>A start, stop or dose change of one regimen item: a candidate "did this help?" question (STATS.md §2b).</summary>
/// <param name="Date">The first day of the new regimen (for a stop: the first day without it).</param>
/// <param name="ItemCode">The item's variable code, so the treatment timeline can group its changes.</param>
/// <param name="Description">How it reads after "after": "starting low-dose naltrexone", "raising low-dose naltrexone to 3 mg".</param>
public sealed record RegimenChange(DateOnly Date, string ItemCode, string ItemName, RegimenChangeKind Kind, string Description);
