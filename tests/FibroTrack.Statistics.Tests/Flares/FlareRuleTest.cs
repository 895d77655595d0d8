using FibroTrack.Statistics.Flares;

namespace FibroTrack.Statistics.Tests.Flares;

public sealed class FlareRuleTest
{
    private const double N = double.NaN;

    /// <summary>Episodes of <paramref name="y"/> over a flat baseline of 0 at threshold 2.</summary>
    private static List<(int, int)> Episodes(double[] y, int minDays = 3)
    {
        var found = new List<DayRange>();
        FlareRule.FindEpisodes(y, new double[y.Length], 2, minDays, found);
        Assert.Equal(found.Count, FlareRule.CountEpisodes(y, new double[y.Length], 2, minDays));
        return [.. found.Select(e => (e.Start, e.End))];
    }

    [Fact]
    public void FindEpisodes_ThreeDaysAbove_IsAnEpisode() => Assert.Equal([(1, 3)], Episodes([0, 3, 3, 3, 0]));

    [Fact]
    public void FindEpisodes_TwoDaysAbove_IsNotUnlessMinDaysIsTwo()
    {
        Assert.Empty(Episodes([0, 3, 3, 0, 0]));
        Assert.Equal([(1, 2)], Episodes([0, 3, 3, 0, 0], minDays: 2));
    }

    [Fact]
    public void FindEpisodes_RiseOfExactlyTheThreshold_Counts() => Assert.Equal([(0, 2)], Episodes([2, 2, 2]));

    [Fact]
    public void FindEpisodes_OneMissingDayInside_BridgesButDoesNotCount()
    {
        Assert.Equal([(1, 5)], Episodes([0, 3, 3, N, 3, 3, 0]));

        // Two rated days around a gap are not three days above.
        Assert.Empty(Episodes([0, 3, N, 3, 0]));
    }

    [Fact]
    public void FindEpisodes_TwoMissingDaysInARow_BreakTheRun() => Assert.Equal([(5, 7)], Episodes([0, 3, 3, N, N, 3, 3, 3, 0]));

    [Fact]
    public void FindEpisodes_EpisodeEndsOnItsLastDayAbove()
    {
        // A trailing missing day is not part of the episode, nor a day below the bar.
        Assert.Equal([(0, 2)], Episodes([3, 3, 3, N, 0]));
        Assert.Equal([(0, 2)], Episodes([3, 3, 3, N]));
    }

    [Fact]
    public void FindEpisodes_DayWithoutBaseline_BreaksTheRun()
    {
        var found = new List<DayRange>();
        FlareRule.FindEpisodes([3, 3, 3, 3], [N, 0, 0, 0], 2, 3, found);
        Assert.Equal([new DayRange(1, 3)], found);
    }

    [Fact]
    public void Run_LongFlare_ExcludedFromItsOwnBaselineSoItIsFoundWhole()
    {
        // 40 days at 5, then 25 days at 9, then 5 again.
        var y = FlareSimulation.Constant(100, 5);
        Array.Fill(y, 9, 40, 25);

        var iterated = new FlareRule(100, FlareOptions.Default);
        iterated.Run(y, 2);
        var onePass = new FlareRule(100, FlareOptions.Default with { MaxBaselinePasses = 1 });
        onePass.Run(y, 2);

        Assert.Equal([new DayRange(40, 64)], iterated.Episodes);
        Assert.True(iterated.Converged);
        Assert.Equal(3, iterated.Passes);
        Assert.Equal(5, iterated.Baseline[64]);

        // Without the exclusion the median catches up after half a window and the flare "ends" after 15 days.
        Assert.Equal([new DayRange(40, 54)], onePass.Episodes);
    }

    [Fact]
    public void Run_LastingRise_BecomesTheNewLevelAfter28ExcludedDays()
    {
        var y = FlareSimulation.Constant(200, 5);
        Array.Fill(y, 9, 40, 160);

        var rule = new FlareRule(200, FlareOptions.Default);
        rule.Run(y, 2);

        var episode = Assert.Single(rule.Episodes);
        Assert.Equal(40, episode.Start);
        Assert.True(episode.End < 100, $"the episode ran to day {episode.End}");
        Assert.Equal(9, rule.Baseline[199]);
    }
}
