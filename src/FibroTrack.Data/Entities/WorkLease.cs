namespace FibroTrack.Data.Entities;

/// <summary>
/// A named piece of background work claimed by one server instance until <see cref="ExpiresAt"/>, so instances sharing a
/// database never do the same work at once; an instance that dies leaves a lease that simply expires.
/// </summary>
public sealed class WorkLease
{
    public string Name { get; set; } = string.Empty;

    /// <summary>The instance holding it (machine, process and a random part).</summary>
    public string Holder { get; set; } = string.Empty;

    /// <summary>UTC.</summary>
    public DateTime ExpiresAt { get; set; }
}
