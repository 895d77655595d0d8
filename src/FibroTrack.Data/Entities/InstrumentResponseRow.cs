namespace FibroTrack.Data.Entities;

/// <summary>
/// One completed questionnaire (FIQR, PHQ-9, …) on one date. Its item answers and scores are
/// observations in the person's stream (<see cref="Observations"/>), so they export and analyse
/// like everything else; this row records which instrument, when, and the score at the time.
/// </summary>
public sealed class InstrumentResponseRow : IOwned
{
    public long Id { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    /// <summary>Instrument id: acr2016, fiqr, phq9, gad7 or peg.</summary>
    public string InstrumentId { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    /// <summary>The total, or null when the instrument's missing-data rule gives no score.</summary>
    public double? Total { get; set; }

    public string? Band { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<ObservationRow> Observations { get; set; } = [];
}
