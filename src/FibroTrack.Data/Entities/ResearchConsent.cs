namespace FibroTrack.Data.Entities;

/// <summary>
/// One period of a person's research consent: opted in at one moment, withdrawn at a later one (or not yet). A new
/// opt-in after a withdrawal is a new row, so the history stays auditable; the consent is active while the latest row
/// has no <see cref="WithdrawnAt"/>.
/// </summary>
public sealed class ResearchConsent : IOwned
{
    public long Id { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    /// <summary>UTC.</summary>
    public DateTime OptedInAt { get; set; }

    /// <summary>UTC; null while the consent holds.</summary>
    public DateTime? WithdrawnAt { get; set; }
}
