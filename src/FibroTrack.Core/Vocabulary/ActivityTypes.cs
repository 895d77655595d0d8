namespace FibroTrack.Core.Vocabulary;

/// <summary>A kind of activity session the diary offers.</summary>
/// <param name="Code">Observation code of a session of this kind; its value is the minutes.</param>
public sealed record ActivityType(string Code, string Label);

public static class ActivityTypes
{
    public static readonly IReadOnlyList<ActivityType> All =
    [
        new("activity.walking", "Walking"),
        new("activity.swimming", "Swimming"),
        new("activity.yoga", "Yoga"),
        new("activity.cycling", "Cycling"),
        new("activity.strength", "Strength"),
        new("activity.other", "Other"),
    ];

    public static ActivityType? Find(string code) =>
        All.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.Ordinal));
}

/// <summary>Perceived intensity of an activity session.</summary>
public enum Intensity
{
    Light,
    Moderate,
    Vigorous,
}

public static class IntensityExtensions
{
    /// <summary>
    /// Weight of a minute at this intensity in the daily activity load (STATS.md, "Data"):
    /// light 1, moderate 2, vigorous 4 — roughly the MET ratio of the three bands.
    /// </summary>
    public static double LoadWeight(this Intensity intensity) => intensity switch
    {
        Intensity.Light => 1,
        Intensity.Moderate => 2,
        Intensity.Vigorous => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(intensity), intensity, null),
    };

    public static string ToCode(this Intensity intensity) => intensity switch
    {
        Intensity.Light => "light",
        Intensity.Moderate => "moderate",
        Intensity.Vigorous => "vigorous",
        _ => throw new ArgumentOutOfRangeException(nameof(intensity), intensity, null),
    };

    public static bool TryParse(string? code, out Intensity intensity)
    {
        switch (code)
        {
            case "light": intensity = Intensity.Light; return true;
            case "moderate": intensity = Intensity.Moderate; return true;
            case "vigorous": intensity = Intensity.Vigorous; return true;
            default: intensity = default; return false;
        }
    }
}
