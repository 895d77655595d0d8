namespace FibroTrack.Data.Entities;

/// <summary>One person's diary for one local date: the parent of that day's observations.</summary>
public sealed class DiaryEntry : IOwned
{
    public long Id { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<ObservationRow> Observations { get; set; } = [];
}
