using FibroTrack.Statistics.Flares;

namespace FibroTrack.Statistics.Tests.Flares;

public sealed class FlareCalibratorTest
{
    private static readonly bool[] Year = [.. Enumerable.Repeat(true, 365)];

    [Fact]
    public void Calibrate_SameInputs_SameK()
    {
        var a = FlareCalibrator.Calibrate(0.6, 1.2, Year);
        var b = FlareCalibrator.Calibrate(0.6, 1.2, Year);

        Assert.Equal(a, b);
        Assert.True(a.FalseFlaresPerYear <= 1);
        // 200 person-years of 365-day series: ⌈200 / (365/365.25)⌉.
        Assert.Equal(201, a.Replicates);
    }

    [Fact]
    public void Calibrate_SlowerWandering_NeedsALargerK()
    {
        // The threshold is k·σ, and the same σ gives larger, longer excursions when φ is larger.
        var k03 = FlareCalibrator.Calibrate(0.3, 1.2, Year).K;
        var k06 = FlareCalibrator.Calibrate(0.6, 1.2, Year).K;
        var k085 = FlareCalibrator.Calibrate(0.85, 1.2, Year).K;

        Assert.True(k03 < k06 && k06 < k085, $"k = {k03}, {k06}, {k085}");
    }

    [Fact]
    public void Calibrate_ChosenK_IsTheSmallestThatMeetsTheTarget()
    {
        var options = FlareOptions.Default;
        var chosen = FlareCalibrator.Calibrate(0.6, 1.2, Year, options);

        // One grid step lower must fail: pin the grid to that single value.
        var lower = chosen.K - options.KStep;
        var below = FlareCalibrator.Calibrate(0.6, 1.2, Year, options with { KMin = lower, KMax = lower });

        Assert.False(chosen.ReachedGridTop);
        Assert.True(below.ReachedGridTop, $"k = {lower} gave {below.FalseFlaresPerYear:0.00} false flares a year");
        Assert.True(below.FalseFlaresPerYear > 1);
    }

    [Fact]
    public void Calibrate_SmallSwings_TheTwoPointFloorSetsTheBar()
    {
        var c = FlareCalibrator.Calibrate(0.5, 0.3, Year);

        Assert.True(c.FloorBinding);
        Assert.Equal(1.0, c.K);
        Assert.Equal(2.0, c.Threshold);
        Assert.Equal(0, c.FalseFlaresPerYear);
    }

    [Fact]
    public void Calibrate_ShortDiary_SimulatesAboutTheSamePersonYears()
    {
        var c = FlareCalibrator.Calibrate(0.6, 1.0, [.. Enumerable.Repeat(true, 90)]);

        Assert.Equal(812, c.Replicates);
        Assert.Equal(200, c.SimulatedYears, 0.5);
    }

    [Fact]
    public void Calibrate_NonStationaryPhi_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FlareCalibrator.Calibrate(1.0, 1.0, Year));
}
