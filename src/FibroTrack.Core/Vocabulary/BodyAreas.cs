namespace FibroTrack.Core.Vocabulary;

/// <summary>The 19 Widespread Pain Index areas, in the order of the 2016 criteria form.</summary>
public static class BodyAreas
{
    public static readonly IReadOnlyList<BodyArea> All =
    [
        new("wpi.jaw-left", "Left jaw", BodyRegion.LeftUpper, false),
        new("wpi.shoulder-left", "Left shoulder girdle", BodyRegion.LeftUpper, true),
        new("wpi.upper-arm-left", "Left upper arm", BodyRegion.LeftUpper, true),
        new("wpi.lower-arm-left", "Left lower arm", BodyRegion.LeftUpper, true),
        new("wpi.jaw-right", "Right jaw", BodyRegion.RightUpper, false),
        new("wpi.shoulder-right", "Right shoulder girdle", BodyRegion.RightUpper, true),
        new("wpi.upper-arm-right", "Right upper arm", BodyRegion.RightUpper, true),
        new("wpi.lower-arm-right", "Right lower arm", BodyRegion.RightUpper, true),
        new("wpi.hip-left", "Left hip (buttock, trochanter)", BodyRegion.LeftLower, true),
        new("wpi.upper-leg-left", "Left upper leg", BodyRegion.LeftLower, true),
        new("wpi.lower-leg-left", "Left lower leg", BodyRegion.LeftLower, true),
        new("wpi.hip-right", "Right hip (buttock, trochanter)", BodyRegion.RightLower, true),
        new("wpi.upper-leg-right", "Right upper leg", BodyRegion.RightLower, true),
        new("wpi.lower-leg-right", "Right lower leg", BodyRegion.RightLower, true),
        new("wpi.neck", "Neck", BodyRegion.Axial, true),
        new("wpi.upper-back", "Upper back", BodyRegion.Axial, true),
        new("wpi.lower-back", "Lower back", BodyRegion.Axial, true),
        new("wpi.chest", "Chest", BodyRegion.Axial, false),
        new("wpi.abdomen", "Abdomen", BodyRegion.Axial, false),
    ];

    private static readonly Dictionary<string, BodyArea> ByCode = All.ToDictionary(a => a.Code, StringComparer.Ordinal);

    public static BodyArea? Find(string code) => ByCode.GetValueOrDefault(code);

    public static bool IsArea(string code) => ByCode.ContainsKey(code);
}
