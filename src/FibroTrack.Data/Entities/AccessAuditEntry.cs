namespace FibroTrack.Data.Entities;

/// <summary>
/// One read of a person's data by somebody else, shown to the person. Written in the same request as the read and
/// never changed afterwards. The actor's email is copied so the entry still says who it was after their account goes.
/// </summary>
public sealed class AccessAuditEntry
{
    public long Id { get; set; }

    /// <summary>The person whose data was read.</summary>
    public string OwnerId { get; set; } = string.Empty;

    /// <summary>The reader's account; null once that account is deleted.</summary>
    public string? ActorId { get; set; }

    public string ActorEmail { get; set; } = string.Empty;

    /// <summary>What was read: <c>dashboard</c>, <c>report.pdf</c>, <c>insights</c>, <c>weekly</c>.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>The request path that read it.</summary>
    public string Resource { get; set; } = string.Empty;

    public DateTime At { get; set; }
}
