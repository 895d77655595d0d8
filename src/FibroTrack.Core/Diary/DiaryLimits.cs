namespace FibroTrack.Core.Diary;

/// <summary>Bounds on a diary day, chosen generously for real use and tightly enough to refuse abuse.</summary>
public static class DiaryLimits
{
    public const int MaxActivities = 20;
    public const int MaxTags = 20;
    public const int MaxTagLength = 50;
    public const int MaxNotesLength = 4000;
    public const int MinutesPerDay = 1440;

    /// <summary>The earliest date a diary entry may have.</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>
    /// The latest local date that exists anywhere right now. The server does not know the person's
    /// time zone, so "in the future" means later than today in UTC+14, the easternmost zone.
    /// </summary>
    public static DateOnly LatestDate(TimeProvider clock) =>
        DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(14));
}
