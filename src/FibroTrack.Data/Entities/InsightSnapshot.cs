namespace FibroTrack.Data.Entities;

/// <summary>
/// The person's last computed insights, stored so the web app and the API serve them without recomputing. Valid while
/// <see cref="Fingerprint"/> matches the person's current data and <see cref="EngineVersion"/> the running engine.
/// </summary>
public sealed class InsightSnapshot : IOwned
{
    public string OwnerId { get; set; } = string.Empty;

    /// <summary>Version of the insight engine that computed it; a new version recomputes.</summary>
    public string EngineVersion { get; set; } = string.Empty;

    /// <summary>A digest of every input the analysis read (diary, regimen, infections, questionnaires, own variables).</summary>
    public string Fingerprint { get; set; } = string.Empty;

    public DateTime ComputedAt { get; set; }

    /// <summary>Milliseconds the analysis took, for the operator.</summary>
    public double ComputeMilliseconds { get; set; }

    /// <summary>The report as served by <c>GET /api/v1/insights</c> (JSON).</summary>
    public string ReportJson { get; set; } = string.Empty;
}
