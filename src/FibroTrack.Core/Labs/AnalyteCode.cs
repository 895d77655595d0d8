namespace FibroTrack.Core.Labs;

/// <summary>Which code system an analyte's code belongs to.</summary>
public enum AnalyteCodeSystem
{
    /// <summary>LOINC (<c>http://loinc.org</c>).</summary>
    Loinc = 0,

    /// <summary>A FibroTrack project code, used where no LOINC code was found (e.g. TNF-α) and for analytes named freely.</summary>
    FibroTrack = 1,
}

/// <summary>A code for an analyte.</summary>
/// <param name="System">The code system.</param>
/// <param name="Value">The code itself, e.g. <c>1988-5</c> or <c>fibrotrack:tnf-alpha</c>.</param>
/// <param name="Verified">
/// True when the code was checked to mean this analyte (see the comment on each catalogue entry in
/// <see cref="Analytes"/>); project codes are ours and so true by construction. The UI says "code not
/// verified" where this is false.
/// </param>
/// <param name="Display">The code's display name in its system, where known.</param>
public sealed record AnalyteCode(AnalyteCodeSystem System, string Value, bool Verified, string? Display = null)
{
    public const string LoincSystemUri = "http://loinc.org";

    public static AnalyteCode Loinc(string value, string display, bool verified = true) =>
        new(AnalyteCodeSystem.Loinc, value, verified, display);

    public static AnalyteCode Project(string value) => new(AnalyteCodeSystem.FibroTrack, value, Verified: true);

    public override string ToString() => System == AnalyteCodeSystem.Loinc ? $"LOINC {Value}" : Value;
}
