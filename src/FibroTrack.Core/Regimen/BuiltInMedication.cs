namespace FibroTrack.Core.Regimen;

/// <summary>A medication or supplement the regimen offers by name (the management section of the source article).</summary>
/// <param name="Key">Stable key; the regimen item's code is <c>med.{Key}</c>.</param>
/// <param name="RxNorm">RxNorm ingredient code, only where CLINICAL.md marks it verified.</param>
public sealed record BuiltInMedication(string Key, string Name, RegimenKind Kind, string DefaultUnit, string? RxNorm);

public static class BuiltInMedications
{
    // RxNorm: duloxetine 72625 is verified in CLINICAL.md. Naltrexone (7243), pregabalin (187832) and
    // cholecalciferol (2418) are marked "(verify)" there, so they are not attached until checked.
    // Low-dose naltrexone is naltrexone at a low dose, not a separate concept; magnesium depends on the salt.
    public static readonly IReadOnlyList<BuiltInMedication> All =
    [
        new("low-dose-naltrexone", "Low-dose naltrexone", RegimenKind.Medication, "mg", null),
        new("duloxetine", "Duloxetine", RegimenKind.Medication, "mg", "72625"),
        new("pregabalin", "Pregabalin", RegimenKind.Medication, "mg", null),
        new("magnesium", "Magnesium", RegimenKind.Supplement, "mg", null),
        new("vitamin-d", "Vitamin D", RegimenKind.Supplement, "[IU]", null),
    ];

    public static BuiltInMedication? Find(string key) =>
        All.FirstOrDefault(m => string.Equals(m.Key, key, StringComparison.Ordinal));
}
