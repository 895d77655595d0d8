namespace FibroTrack.Data.Entities;

/// <summary>One entry of a regimen item's dose history: from <see cref="EffectiveFrom"/> on, this dose.</summary>
public sealed class RegimenDose
{
    public long Id { get; set; }

    public long RegimenItemId { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public double Dose { get; set; }

    public string Unit { get; set; } = string.Empty;

    public string Schedule { get; set; } = string.Empty;

    public DateTime RecordedAt { get; set; }
}
