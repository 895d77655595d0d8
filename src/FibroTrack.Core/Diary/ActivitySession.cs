using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Diary;

/// <summary>One bout of activity on a day.</summary>
/// <param name="Type">One of <see cref="ActivityTypes.All"/>.</param>
public sealed record ActivitySession(ActivityType Type, int Minutes, Intensity Intensity)
{
    /// <summary>Minutes weighted by intensity (STATS.md, "Data").</summary>
    public double Load => Minutes * Intensity.LoadWeight();
}
