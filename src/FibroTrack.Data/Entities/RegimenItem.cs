using FibroTrack.Core.Regimen;

namespace FibroTrack.Data.Entities;

/// <summary>A medication or supplement in a person's regimen. Doses live in <see cref="Doses"/>, never overwritten.</summary>
public sealed class RegimenItem : IOwned
{
    public long Id { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    /// <summary>Vocabulary code of the "taken" variable, <c>med.{key}</c>. Fixed at creation.</summary>
    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public RegimenKind Kind { get; set; }

    public string? RxNorm { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? StopDate { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<RegimenDose> Doses { get; set; } = [];

    public bool IsActiveOn(DateOnly date) => StartDate <= date && (StopDate is null || StopDate >= date);

    /// <summary>The dose in force on <paramref name="date"/>, or the first one before the item started.</summary>
    public RegimenDose? DoseOn(DateOnly date) =>
        Doses.Where(d => d.EffectiveFrom <= date).MaxBy(d => (d.EffectiveFrom, d.Id))
        ?? Doses.MinBy(d => d.EffectiveFrom);
}
