using FibroTrack.Core.Regimen;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Demo;

/// <summary>
/// A demo regimen item with its full dose history, in the shape the regimen API takes: create it from
/// <see cref="ToInput"/> (first dose) and then apply <see cref="DoseChanges"/> in order.
/// </summary>
/// <param name="BuiltIn">Key of a <see cref="BuiltInMedication"/>; the item's code is <c>med.{BuiltIn}</c>.</param>
/// <param name="StopDate">Last day the item was taken (inclusive, as in the stored regimen), or null while it is still taken.</param>
/// <param name="Doses">Dose history, oldest first; the first entry takes effect on <see cref="StartDate"/>.</param>
public sealed record DemoRegimenItem(
    string BuiltIn,
    string Name,
    RegimenKind Kind,
    DateOnly StartDate,
    DateOnly? StopDate,
    IReadOnlyList<DoseSpec> Doses,
    string? Notes = null)
{
    /// <summary>Code of the item's "taken today" yes/no variable.</summary>
    public string Code => "med." + BuiltIn;

    /// <summary>The item's vocabulary entry, as the app defines it.</summary>
    public VariableDefinition Variable => RegimenVariables.Define(Code, Name);

    public bool IsActiveOn(DateOnly date) => StartDate <= date && (StopDate is null || StopDate >= date);

    /// <summary>The dose in force on <paramref name="date"/>, or the first dose before the item started.</summary>
    public DoseSpec DoseOn(DateOnly date) => Doses.LastOrDefault(d => d.EffectiveFrom <= date) ?? Doses[0];

    /// <summary>The create request for this item, with its first dose.</summary>
    public RegimenItemInput ToInput() => new(
        BuiltIn, Name, Kind.ToString(), Doses[0].Dose, Doses[0].Unit, Doses[0].Schedule, StartDate, StopDate, Notes);

    /// <summary>The dose changes after the first dose, oldest first.</summary>
    public IReadOnlyList<DoseChangeInput> DoseChanges() =>
        [.. Doses.Skip(1).Select(d => new DoseChangeInput(d.EffectiveFrom, d.Dose, d.Unit, d.Schedule))];
}
