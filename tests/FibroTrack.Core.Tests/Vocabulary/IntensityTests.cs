using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Vocabulary;

public sealed class IntensityTests
{
    [Theory]
    [InlineData(Intensity.Light, 1.0)]
    [InlineData(Intensity.Moderate, 2.0)]
    [InlineData(Intensity.Vigorous, 4.0)]
    public void LoadWeight_ByIntensity_OneTwoFour(Intensity intensity, double expected)
    {
        // Light 1, moderate 2, vigorous 4: roughly the MET ratio of the three bands (STATS.md, "Data").
        Assert.Equal(expected, intensity.LoadWeight());
    }

    [Theory]
    [InlineData(Intensity.Light)]
    [InlineData(Intensity.Moderate)]
    [InlineData(Intensity.Vigorous)]
    public void TryParse_OfToCode_RoundTrips(Intensity intensity)
    {
        Assert.True(IntensityExtensions.TryParse(intensity.ToCode(), out var parsed));
        Assert.Equal(intensity, parsed);
    }

    [Theory]
    [InlineData("Light")]
    [InlineData("hard")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotACode_False(string? code)
    {
        Assert.False(IntensityExtensions.TryParse(code, out _));
    }

    [Fact]
    public void LoadWeight_UndefinedIntensity_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Intensity)7).LoadWeight());
    }

    [Fact]
    public void ActivityTypesFind_KnownAndUnknown()
    {
        Assert.Equal("Yoga", ActivityTypes.Find("activity.yoga")?.Label);
        Assert.Null(ActivityTypes.Find("activity.skiing"));
    }
}
