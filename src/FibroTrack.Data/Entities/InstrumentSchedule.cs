namespace FibroTrack.Data.Entities;

/// <summary>How often a person chose to fill in one instrument.</summary>
public sealed class InstrumentSchedule : IOwned
{
    public long Id { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    public string InstrumentId { get; set; } = string.Empty;

    /// <summary>Days between responses: 7 weekly, 14 fortnightly, 28 monthly.</summary>
    public int EveryDays { get; set; }
}
