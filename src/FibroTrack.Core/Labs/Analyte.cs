namespace FibroTrack.Core.Labs;

/// <summary>
/// A laboratory test: what it measures, its code, and the units it accepts. The catalogue is in
/// <see cref="Analytes"/>; an analyte outside it is made on the fly (<see cref="Analytes.AdHocLoinc"/>,
/// <see cref="Analytes.AdHocNamed"/>) with no default range and any plausible UCUM unit.
/// </summary>
public sealed record Analyte
{
    public required AnalyteCode Code { get; init; }

    /// <summary>The name shown to people.</summary>
    public required string Name { get; init; }

    /// <summary>Other names it is found by (<see cref="Analytes.FindByName"/>), e.g. CRP, sed rate.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public required LabValueKinds Kinds { get; init; }

    /// <summary>Accepted units, the canonical one first. Empty for an analyte with no quantity or outside the catalogue.</summary>
    public IReadOnlyList<LabUnit> Units { get; init; } = [];

    /// <summary>Other codes that mean this analyte or one of its parts (the ANA titer, a method-less ESR, magnesium in moles).</summary>
    public IReadOnlyList<AnalyteCode> RelatedCodes { get; init; } = [];

    /// <summary>The code of the titer, for tests reported as 1:N (ANA: LOINC 5048-4).</summary>
    public AnalyteCode? TiterCode { get; init; }

    /// <summary>False for an analyte made on the fly from a code or name the catalogue does not know.</summary>
    public bool IsCatalogued { get; init; } = true;

    /// <summary>The canonical UCUM unit, in which ranges are kept and compared; <c>null</c> where there is no fixed unit.</summary>
    public string? CanonicalUnit => Units.Count > 0 ? Units[0].Code : null;

    public bool Takes(LabValueKinds kind) => (Kinds & kind) == kind;

    /// <summary>The accepted unit <paramref name="unit"/> is a spelling of, or <c>null</c>.</summary>
    public LabUnit? FindUnit(string unit) => Units.FirstOrDefault(u => u.Matches(unit));
}
