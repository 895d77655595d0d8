namespace FibroTrack.Core.Regimen;

/// <summary>Dose units the regimen accepts, as UCUM codes with what a person reads.</summary>
public static class DoseUnits
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("mg", "mg"),
        ("ug", "µg"),
        ("g", "g"),
        ("[IU]", "IU"),
        ("mL", "mL"),
        ("{drop}", "drops"),
        ("{tablet}", "tablets"),
        ("{capsule}", "capsules"),
    ];

    public static bool IsKnown(string? code) => All.Any(u => u.Code == code);

    public static string Label(string code) => All.FirstOrDefault(u => u.Code == code).Label ?? code;
}
