using FibroTrack.Statistics.Flares;

namespace FibroTrack.Statistics.Tests.Flares;

public sealed class PersonalBaselineTest
{
    private static double[] Ramp(int days) => [.. Enumerable.Range(0, days).Select(t => (double)t)];

    [Fact]
    public void Compute_Default_IsTheMedianOfThePrevious28Days()
    {
        var baseline = PersonalBaseline.Compute(Ramp(60));

        // Day 40 sees days 12..39: median (25 + 26) / 2. The day itself is never in its own window.
        Assert.Equal(25.5, baseline[40]);
        Assert.Equal(44.5, baseline[59]);
    }

    [Fact]
    public void Compute_FewerThan14EarlierDays_HasNoBaseline()
    {
        var baseline = PersonalBaseline.Compute(Ramp(30));

        Assert.All(baseline[..14], b => Assert.True(double.IsNaN(b)));
        Assert.Equal(6.5, baseline[14]);
    }

    [Fact]
    public void Compute_MissingDays_AreSkippedSoTheWindowReachesBack()
    {
        var y = Ramp(60);
        for (var t = 30; t < 40; t++)
        {
            y[t] = double.NaN;
        }

        var baseline = PersonalBaseline.Compute(y);

        // Day 45 sees the 28 valid days 2..29 and 40..44 minus the oldest: 7..29, 40..44 → median of 28 values.
        double[] window = [.. Enumerable.Range(7, 23).Select(t => (double)t), 40, 41, 42, 43, 44];
        Assert.Equal(28, window.Length);
        Assert.Equal((window[13] + window[14]) / 2, baseline[45]);
    }

    [Fact]
    public void Compute_ExcludedDays_StayOutOfTheWindow()
    {
        // Twenty days at 9 after a month at 5: with them in the window the median climbs to 9.
        var y = FlareSimulation.Constant(60, 5);
        var flare = new bool[60];
        for (var t = 30; t < 50; t++)
        {
            y[t] = 9;
            flare[t] = true;
        }

        Assert.Equal(9, PersonalBaseline.Compute(y)[50]);
        Assert.Equal(5, PersonalBaseline.Compute(y, flare)[50]);
    }

    [Fact]
    public void Compute_MaskOfOtherLength_Throws() =>
        Assert.Throws<ArgumentException>(() => PersonalBaseline.Compute(new double[10], new bool[9]));
}
