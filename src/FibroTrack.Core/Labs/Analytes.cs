using FibroTrack.Core.Text;

namespace FibroTrack.Core.Labs;

/// <summary>
/// The catalogue of lab tests FibroTrack knows, with codes and units from CLINICAL.md ("Codes").
/// Codes are stored and exported: never change one.
/// </summary>
/// <remarks>
/// Verification of the codes CLINICAL.md marked "(verify)". loinc.org itself was not reachable through
/// the search tool; these rest on independent public sources that agree with each other:
/// <list type="bullet">
/// <item>4537-7 "Erythrocyte sedimentation rate by Westergren method" and 30341-2 "Erythrocyte
/// sedimentation rate" (no method): a LOINC table extract (short name "ESR Bld Qn Westrgrn", class
/// HEM/BC), several lab-code maps listing 30341-2 / 4537-7 / 18184-2 (Wintrobe) side by side, and a
/// NIST HL7 v2 test message coding 30341-2 as "Erythrocyte sedimentation rate". One public repository
/// labels 30341-2 "by Westergren method": that is the mislabel, not the code.</item>
/// <item>33211-4 "Interleukin 8 [Mass/volume] in Serum or Plasma": a hospital lab's LOINC mapping
/// table (unit pg/mL) and a FHIR profile example using the same code and display.</item>
/// <item>32218-0 "Cyclic citrullinated peptide Ab [Units/volume] in Serum by Immunoassay": the same
/// mapping table and a FHIR example; other sources shorten the display ("… in Serum", "… in Serum or
/// Plasma"), as CLINICAL.md warns. 33935-8 is a different anti-CCP code some systems use.</item>
/// </list>
/// TNF-α has no LOINC code here on purpose: 3167-4, which public repositories use for it, is a
/// 24-hour urine volume (its check digit is valid, so only a list like <see cref="MisusedCodes"/> catches it).
/// </remarks>
public static class Analytes
{
    public const string Crp = "1988-5";
    public const string HsCrp = "30522-7";
    public const string Esr = "4537-7";
    public const string EsrAnyMethod = "30341-2";
    public const string Il6 = "26881-3";
    public const string Il8 = "33211-4";
    public const string TnfAlpha = "fibrotrack:tnf-alpha";
    public const string Wbc = "6690-2";
    public const string Ana = "8061-4";
    public const string AnaTiter = "5048-4";
    public const string Rf = "11572-5";
    public const string AntiCcp = "32218-0";
    public const string VitaminD = "62292-8";
    public const string Magnesium = "19123-9";
    public const string Ferritin = "2276-4";
    public const string Tsh = "3016-3";
    public const string CreatineKinase = "2157-6";

    /// <summary>Prefix of the project code of an analyte named freely (<c>fibrotrack:lab:vitamin-b12</c>).</summary>
    public const string AdHocCodePrefix = "fibrotrack:lab:";

    public const int MaxNameLength = 60;

    /// <summary>An ANA titer at or above 1:40 (the usual screening dilution) is a positive result.</summary>
    public const int AnaPositiveTiter = 40;

    /// <summary>
    /// ANA titer from which a result is usually taken as clinically significant. Tan 1997 (PMID 9324014):
    /// healthy people were positive in 31.7% at 1:40, 13.3% at 1:80, 5.0% at 1:160 and 3.3% at 1:320,
    /// so a cut-off at 1:160 excludes about 95% of healthy people (checked against the abstract).
    /// </summary>
    public const int AnaSignificantTiter = 160;

    /// <summary>Codes known to be misused for an analyte, with why they are refused.</summary>
    public static readonly IReadOnlyDictionary<string, string> MisusedCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["3167-4"] = "LOINC 3167-4 is a 24-hour urine volume, not TNF-α. For TNF-α, enter the name TNF-alpha.",
    };

    public static readonly IReadOnlyList<Analyte> All =
    [
        new()
        {
            Code = AnalyteCode.Loinc(Crp, "C reactive protein [Mass/volume] in Serum or Plasma"),
            Name = "C-reactive protein (CRP)",
            Aliases = ["CRP", "C-reactive protein", "C reactive protein"],
            Kinds = LabValueKinds.Quantity,
            Units = CrpUnits(),
        },
        new()
        {
            Code = AnalyteCode.Loinc(HsCrp, "C reactive protein [Mass/volume] in Serum or Plasma by High sensitivity method"),
            Name = "High-sensitivity CRP (hs-CRP)",
            Aliases = ["hs-CRP", "hsCRP", "high-sensitivity CRP", "high sensitivity C-reactive protein", "cardio CRP"],
            Kinds = LabValueKinds.Quantity,
            Units = CrpUnits(),
        },
        new()
        {
            Code = AnalyteCode.Loinc(Esr, "Erythrocyte sedimentation rate by Westergren method"),
            Name = "ESR (sedimentation rate)",
            Aliases = ["ESR", "sed rate", "sedimentation rate", "erythrocyte sedimentation rate", "Westergren ESR"],
            Kinds = LabValueKinds.Quantity,
            Units = [LabUnit.Same("mm/h", "mm/hr", "mm/hour", "mm/1h")],
            RelatedCodes = [AnalyteCode.Loinc(EsrAnyMethod, "Erythrocyte sedimentation rate")],
        },
        new()
        {
            Code = AnalyteCode.Loinc(Il6, "Interleukin 6 [Mass/volume] in Serum or Plasma"),
            Name = "Interleukin-6 (IL-6)",
            Aliases = ["IL-6", "interleukin 6"],
            Kinds = LabValueKinds.Quantity,
            Units = CytokineUnits(),
        },
        new()
        {
            Code = AnalyteCode.Loinc(Il8, "Interleukin 8 [Mass/volume] in Serum or Plasma"),
            Name = "Interleukin-8 (IL-8)",
            Aliases = ["IL-8", "interleukin 8", "CXCL8"],
            Kinds = LabValueKinds.Quantity,
            Units = CytokineUnits(),
        },
        new()
        {
            Code = AnalyteCode.Project(TnfAlpha),
            Name = "Tumour necrosis factor alpha (TNF-α)",
            Aliases = ["TNF-α", "TNF-alpha", "TNF", "tumor necrosis factor alpha", "tumour necrosis factor"],
            Kinds = LabValueKinds.Quantity,
            Units = CytokineUnits(),
        },
        new()
        {
            Code = AnalyteCode.Loinc(Wbc, "Leukocytes [#/volume] in Blood by Automated count"),
            Name = "White blood cells (WBC)",
            Aliases = ["WBC", "white cell count", "white blood cell count", "leukocytes", "leucocytes"],
            Kinds = LabValueKinds.Quantity,
            Units =
            [
                LabUnit.Same("10*9/L", "10^9/L", "x10^9/L", "x10*9/L", "×10⁹/L", "G/L", "Giga/L"),
                LabUnit.Same("10*3/uL", "10^3/uL", "x10^3/uL", "K/uL", "thou/uL", "10*3/mm3"),
                LabUnit.Same("/nL"),
            ],
            RelatedCodes = [AnalyteCode.Loinc("26464-8", "Leukocytes [#/volume] in Blood")],
        },
        new()
        {
            Code = AnalyteCode.Loinc(Ana, "Nuclear Ab [Presence] in Serum"),
            Name = "Antinuclear antibodies (ANA)",
            Aliases = ["ANA", "antinuclear antibody", "anti-nuclear antibodies", "ANA screen"],
            Kinds = LabValueKinds.Presence | LabValueKinds.Titer,
            TiterCode = AnalyteCode.Loinc(AnaTiter, "Nuclear Ab [Titer] in Serum"),
            RelatedCodes = [AnalyteCode.Loinc("42254-3", "Nuclear Ab [Presence] in Serum by Immunofluorescence")],
        },
        new()
        {
            Code = AnalyteCode.Loinc(Rf, "Rheumatoid factor [Units/volume] in Serum or Plasma"),
            Name = "Rheumatoid factor (RF)",
            Aliases = ["RF"],
            Kinds = LabValueKinds.Quantity | LabValueKinds.Presence,
            Units =
            [
                LabUnit.Same("[IU]/mL", "IU/mL"),
                LabUnit.Same("[kIU]/L", "kIU/L"),
            ],
        },
        new()
        {
            Code = AnalyteCode.Loinc(AntiCcp, "Cyclic citrullinated peptide Ab [Units/volume] in Serum by Immunoassay"),
            Name = "Anti-CCP antibodies",
            Aliases = ["anti-CCP", "CCP", "ACPA", "cyclic citrullinated peptide antibodies"],
            Kinds = LabValueKinds.Quantity | LabValueKinds.Presence,

            // Anti-CCP "units" are the assay's arbitrary units; LOINC's example unit writes them [arb'U]/mL.
            Units = [LabUnit.Same("U/mL", "[arb'U]/mL")],
        },
        new()
        {
            Code = AnalyteCode.Loinc(VitaminD, "25-Hydroxyvitamin D2+25-Hydroxyvitamin D3 [Mass/volume] in Serum or Plasma"),
            Name = "25-OH vitamin D (total)",
            Aliases = ["vitamin D", "25-OH vitamin D", "25(OH)D", "25-hydroxyvitamin D", "calcidiol"],
            Kinds = LabValueKinds.Quantity,
            Units =
            [
                LabUnit.Same("ng/mL"),
                LabUnit.Same("ug/L"),

                // 1 ng/mL = 2.496 nmol/L (CLINICAL.md; 1000 ÷ 400.64 g/mol, the molar mass of 25-OH vitamin D3).
                LabUnit.Scaled("nmol/L", 1, 2.496),
            ],
        },
        new()
        {
            Code = AnalyteCode.Loinc(Magnesium, "Magnesium [Mass/volume] in Serum or Plasma"),
            Name = "Magnesium (serum)",
            Aliases = ["magnesium", "Mg", "serum magnesium"],
            Kinds = LabValueKinds.Quantity,
            Units =
            [
                LabUnit.Same("mg/dL"),

                // Molar mass of Mg 24.305 g/mol (IUPAC abridged standard atomic weight): 1 mmol/L = 24.305 mg/L
                // = 2.4305 mg/dL (CLINICAL.md rounds this to 2.431). Mg²⁺ carries two charges: 1 mEq/L = 0.5 mmol/L.
                LabUnit.Scaled("mmol/L", 24.305, 10),
                LabUnit.Scaled("meq/L", 24.305, 20, "mEq/L"),
            ],
            RelatedCodes = [AnalyteCode.Loinc("2601-3", "Magnesium [Moles/volume] in Serum or Plasma")],
        },
        new()
        {
            Code = AnalyteCode.Loinc(Ferritin, "Ferritin [Mass/volume] in Serum or Plasma"),
            Name = "Ferritin",
            Aliases = ["ferritin", "serum ferritin"],
            Kinds = LabValueKinds.Quantity,
            Units = [LabUnit.Same("ng/mL"), LabUnit.Same("ug/L")],
        },
        new()
        {
            Code = AnalyteCode.Loinc(Tsh, "Thyrotropin [Units/volume] in Serum or Plasma"),
            Name = "Thyroid-stimulating hormone (TSH)",
            Aliases = ["TSH", "thyrotropin", "thyroid stimulating hormone"],
            Kinds = LabValueKinds.Quantity,
            Units =
            [
                LabUnit.Same("m[IU]/L", "mIU/L", "mU/L"),
                LabUnit.Same("u[IU]/mL", "uIU/mL", "uU/mL"),
            ],
        },
        new()
        {
            Code = AnalyteCode.Loinc(CreatineKinase, "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma"),
            Name = "Creatine kinase (CK)",
            Aliases = ["CK", "CPK", "creatine phosphokinase", "creatine kinase total"],
            Kinds = LabValueKinds.Quantity,
            Units =
            [
                // Enzyme units: "IU/L" on lab reports is the same enzyme unit (µmol/min per litre), not UCUM's [IU].
                LabUnit.Same("U/L", "IU/L"),

                // 1 µkat = 1 µmol/s = 60 µmol/min = 60 U.
                LabUnit.Scaled("ukat/L", 60, 1),
            ],
        },
    ];

    private static readonly Dictionary<string, Analyte> ByCode = BuildCodeIndex();

    private static readonly Dictionary<string, Analyte> ByName = BuildNameIndex();

    /// <summary>The catalogued analyte with this code (its own, or a related one such as the ANA titer's); <c>null</c> if none.</summary>
    public static Analyte? Find(string? code) =>
        code is not null && ByCode.TryGetValue(code.Trim(), out var analyte) ? analyte : null;

    /// <summary>The catalogued analyte with this name or alias, ignoring case, spaces and hyphens; <c>null</c> if none.</summary>
    public static Analyte? FindByName(string? name) =>
        name is not null && ByName.TryGetValue(NameKey(name), out var analyte) ? analyte : null;

    /// <summary>The catalogued analyte a person means by <paramref name="codeOrName"/>; <c>null</c> if none.</summary>
    public static Analyte? FindByCodeOrName(string? codeOrName) => Find(codeOrName) ?? FindByName(codeOrName);

    /// <summary>An analyte outside the catalogue, known by its LOINC code only. Its code is not verified.</summary>
    public static Analyte AdHocLoinc(string loinc) => new()
    {
        Code = new AnalyteCode(AnalyteCodeSystem.Loinc, loinc, Verified: false),
        Name = $"LOINC {loinc}",
        Kinds = LabValueKinds.Quantity | LabValueKinds.Presence | LabValueKinds.Titer,
        IsCatalogued = false,
    };

    /// <summary>An analyte outside the catalogue, known by the name a person gave it (<c>fibrotrack:lab:{key}</c>).</summary>
    public static Analyte AdHocNamed(string name) => new()
    {
        Code = AnalyteCode.Project(AdHocCodePrefix + Slug.KeyFor(name)),
        Name = name.Trim(),
        Kinds = LabValueKinds.Quantity | LabValueKinds.Presence | LabValueKinds.Titer,
        IsCatalogued = false,
    };

    /// <summary>Key for name lookup: lower case, without spaces, hyphens, underscores and dots.</summary>
    internal static string NameKey(string name) =>
        new(name.Trim().ToLowerInvariant().Where(c => c is not (' ' or '-' or '_' or '.' or '\u2010' or '\u2011')).ToArray());

    private static List<LabUnit> CrpUnits() => [LabUnit.Same("mg/L"), LabUnit.Scaled("mg/dL", 10, 1)];

    private static List<LabUnit> CytokineUnits() => [LabUnit.Same("pg/mL"), LabUnit.Same("ng/L")];

    private static Dictionary<string, Analyte> BuildCodeIndex()
    {
        var index = new Dictionary<string, Analyte>(StringComparer.OrdinalIgnoreCase);
        foreach (var analyte in All)
        {
            index.Add(analyte.Code.Value, analyte);
            foreach (var related in analyte.RelatedCodes.Append(analyte.TiterCode).OfType<AnalyteCode>())
            {
                index.Add(related.Value, analyte);
            }
        }

        return index;
    }

    private static Dictionary<string, Analyte> BuildNameIndex()
    {
        var index = new Dictionary<string, Analyte>(StringComparer.Ordinal);
        foreach (var analyte in All)
        {
            foreach (var name in analyte.Aliases.Prepend(analyte.Name).Select(NameKey).Distinct(StringComparer.Ordinal))
            {
                index.Add(name, analyte);
            }
        }

        return index;
    }
}
