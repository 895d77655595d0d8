using FibroTrack.Core.Diary;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Diary;

public sealed class ActivitySessionTests
{
    [Theory]
    [InlineData(Intensity.Light, 30.0)]
    [InlineData(Intensity.Moderate, 60.0)]
    [InlineData(Intensity.Vigorous, 120.0)]
    public void Load_ThirtyMinutes_WeightedByIntensity(Intensity intensity, double expected)
    {
        // Weights light 1, moderate 2, vigorous 4 (STATS.md, "Data").
        var session = new ActivitySession(ActivityTypes.All[0], 30, intensity);

        Assert.Equal(expected, session.Load);
    }
}
