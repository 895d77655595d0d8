namespace FibroTrack.Core.Regimen;

/// <summary>How often a regimen item is taken.</summary>
public static class DoseSchedules
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("once-daily", "Once a day"),
        ("twice-daily", "Twice a day"),
        ("three-times-daily", "Three times a day"),
        ("at-bedtime", "At bedtime"),
        ("weekly", "Once a week"),
        ("as-needed", "As needed"),
    ];

    public static bool IsKnown(string? code) => All.Any(s => s.Code == code);

    public static string Label(string code) => All.FirstOrDefault(s => s.Code == code).Label ?? code;
}
