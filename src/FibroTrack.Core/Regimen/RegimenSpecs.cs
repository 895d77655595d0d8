namespace FibroTrack.Core.Regimen;

/// <summary>A regimen item as received, before checking.</summary>
/// <param name="BuiltIn">Key of a <see cref="BuiltInMedication"/>, or null for any other by name.</param>
public sealed record RegimenItemInput(
    string? BuiltIn,
    string? Name,
    string? Kind,
    double? Dose,
    string? Unit,
    string? Schedule,
    DateOnly? StartDate,
    DateOnly? StopDate,
    string? Notes);

/// <summary>A dose change as received: from <paramref name="EffectiveFrom"/> on, the item is taken at this dose.</summary>
public sealed record DoseChangeInput(DateOnly? EffectiveFrom, double? Dose, string? Unit, string? Schedule);

/// <summary>A checked dose: one row of an item's dose history.</summary>
public sealed record DoseSpec(DateOnly EffectiveFrom, double Dose, string Unit, string Schedule);

/// <summary>A checked new regimen item with its first dose.</summary>
public sealed record RegimenItemSpec(
    string Code,
    string Name,
    RegimenKind Kind,
    string? RxNorm,
    DateOnly StartDate,
    DateOnly? StopDate,
    string? Notes,
    DoseSpec FirstDose);
