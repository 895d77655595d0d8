namespace FibroTrack.Data.Entities;

/// <summary>
/// A person's consent for one clinician to read their data, read-only, until <see cref="ExpiresAt"/> or revocation.
/// Addressed either to an email address or to whoever enters a one-time code; only the code's SHA-256 is stored.
/// The person owns the row (it goes with their account); the clinician is set when they accept.
/// </summary>
public sealed class CareGrant
{
    public long Id { get; set; }

    /// <summary>The person who shares.</summary>
    public string OwnerId { get; set; } = string.Empty;

    /// <summary>The invited address, upper-case normalised as Identity normalises emails; null for a code invite.</summary>
    public string? InvitedEmail { get; set; }

    /// <summary>Lower-case hex SHA-256 of the one-time code; null for an email invite.</summary>
    public string? CodeHash { get; set; }

    /// <summary>The clinician's account once accepted.</summary>
    public string? ClinicianId { get; set; }

    public ShareScope Scope { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? AcceptedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    /// <summary>True when an accepted, unrevoked grant has not expired at <paramref name="now"/> (UTC).</summary>
    public bool IsActiveAt(DateTime now) => ClinicianId is not null && AcceptedAt is not null && RevokedAt is null && ExpiresAt > now;
}
