using FibroTrack.Core.Instruments;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Instruments;

/// <summary>
/// The ACR 2016 criteria (Wolfe et al., Semin Arthritis Rheum 2016;46:319–329): (WPI ≥ 7 and
/// SSS ≥ 5) or (WPI 4–6 and SSS ≥ 9), generalized pain in ≥ 4 of 5 regions (jaw, chest and
/// abdomen not counting), and symptoms for ≥ 3 months.
/// </summary>
public sealed class Acr2016CriteriaTests
{
    [Fact]
    public void Score_Wpi7Sss5_Met()
    {
        var result = AcrFixture.Result(AcrFixture.Answers(AcrFixture.Areas(7), 5));

        Assert.Equal(7, result.Wpi);
        Assert.Equal(5, result.Sss);
        Assert.True(result.MeetsCriteria);
        Assert.Empty(result.FailedConditions);
    }

    [Fact]
    public void Score_Wpi7Sss4_NotMetOnWpiAndSss()
    {
        var result = AcrFixture.Result(AcrFixture.Answers(AcrFixture.Areas(7), 4));

        Assert.False(result.MeetsCriteria);
        Assert.Equal([AcrCondition.WpiAndSss], result.FailedConditions);
    }

    [Fact]
    public void Score_Wpi6Sss9_Met()
    {
        var result = AcrFixture.Result(AcrFixture.Answers(AcrFixture.Areas(6), 9));

        Assert.True(result.MeetsCriteria);
    }

    [Fact]
    public void Score_Wpi6Sss8_NotMetOnWpiAndSss()
    {
        var result = AcrFixture.Result(AcrFixture.Answers(AcrFixture.Areas(6), 8));

        Assert.False(result.MeetsCriteria);
        Assert.Equal([AcrCondition.WpiAndSss], result.FailedConditions);
        Assert.False(result.WpiAndSssMet);
        Assert.True(result.GeneralizedPain);
    }

    [Fact]
    public void Score_Wpi4Sss9_Met()
    {
        // Four areas, one in each of four regions: the smallest WPI the 2016 criteria accept.
        var result = AcrFixture.Result(AcrFixture.Answers(AcrFixture.Areas(4), 9));

        Assert.Equal(4, result.RegionCount);
        Assert.True(result.MeetsCriteria);
    }

    [Fact]
    public void Score_Wpi3Sss12_NotMet()
    {
        var result = AcrFixture.Result(AcrFixture.Answers(AcrFixture.Areas(3), 12));

        Assert.False(result.MeetsCriteria);
        Assert.Equal([AcrCondition.WpiAndSss, AcrCondition.GeneralizedPain], result.FailedConditions);
    }

    [Fact]
    public void Score_HighWpiInOnlyThreeRegions_NotMetOnGeneralizedPain()
    {
        // Both arms and the whole axial region: WPI 13, but only regions 1, 2 and 5.
        var areas = BodyAreas.All.Where(a => a.Region is BodyRegion.LeftUpper or BodyRegion.RightUpper or BodyRegion.Axial).Select(a => a.Code).ToArray();

        var result = AcrFixture.Result(AcrFixture.Answers(areas, 12));

        Assert.Equal(13, result.Wpi);
        Assert.Equal([BodyRegion.LeftUpper, BodyRegion.RightUpper, BodyRegion.Axial], result.PainfulRegions);
        Assert.False(result.GeneralizedPain);
        Assert.Equal([AcrCondition.GeneralizedPain], result.FailedConditions);
    }

    [Fact]
    public void Score_JawsChestAbdomenAndBothLegs_OnlyLegRegionsCount()
    {
        // Jaw pain would put regions 1 and 2 on the map and chest/abdomen region 5, but the 2016
        // rule does not count them: only the two lower regions remain.
        string[] areas = ["wpi.jaw-left", "wpi.jaw-right", "wpi.chest", "wpi.abdomen", "wpi.upper-leg-left", "wpi.lower-leg-left", "wpi.upper-leg-right", "wpi.lower-leg-right"];

        var result = AcrFixture.Result(AcrFixture.Answers(areas, 9));

        Assert.Equal(8, result.Wpi);
        Assert.Equal([BodyRegion.LeftLower, BodyRegion.RightLower], result.PainfulRegions);
        Assert.Equal([AcrCondition.GeneralizedPain], result.FailedConditions);
    }

    [Fact]
    public void Score_JawsChestAbdomenStillCountInWpi_WpiThresholdMet()
    {
        string[] areas = ["wpi.jaw-left", "wpi.jaw-right", "wpi.chest", "wpi.abdomen", "wpi.upper-leg-left", "wpi.upper-leg-right", "wpi.shoulder-left"];

        var result = AcrFixture.Result(AcrFixture.Answers(areas, 5));

        Assert.Equal(7, result.Wpi);
        Assert.True(result.WpiAndSssMet);
        Assert.Equal(3, result.RegionCount);
    }

    [Fact]
    public void Score_NeckInsteadOfChest_AxialRegionCounts()
    {
        string[] areas = ["wpi.shoulder-left", "wpi.shoulder-right", "wpi.upper-leg-left", "wpi.neck", "wpi.chest", "wpi.abdomen", "wpi.jaw-left"];

        var result = AcrFixture.Result(AcrFixture.Answers(areas, 5));

        Assert.Equal([BodyRegion.LeftUpper, BodyRegion.RightUpper, BodyRegion.LeftLower, BodyRegion.Axial], result.PainfulRegions);
        Assert.True(result.MeetsCriteria);
    }

    [Fact]
    public void Score_SeveralAreasInOneRegion_RegionCountedOnce()
    {
        var result = AcrFixture.Result(AcrFixture.Answers(["wpi.neck", "wpi.upper-back", "wpi.lower-back"], 0));

        Assert.Equal([BodyRegion.Axial], result.PainfulRegions);
    }

    [Fact]
    public void Score_DurationUnderThreeMonths_NotMetOnDuration()
    {
        var result = AcrFixture.Result(AcrFixture.Answers(AcrFixture.Areas(19), 12, duration: false));

        Assert.False(result.DurationAtLeast3Months);
        Assert.False(result.MeetsCriteria);
        Assert.Equal([AcrCondition.Duration], result.FailedConditions);
    }

    [Fact]
    public void Score_EverythingFails_AllThreeConditionsInOrder()
    {
        var result = AcrFixture.Result(AcrFixture.Answers([], 0, duration: false));

        Assert.Equal([AcrCondition.WpiAndSss, AcrCondition.GeneralizedPain, AcrCondition.Duration], result.FailedConditions);
        Assert.Equal(0, result.Wpi);
        Assert.Empty(result.PainfulRegions);
    }

    [Fact]
    public void Score_EveryWpiAndSss_MetExactlyByThePublishedRule()
    {
        // Exhaustive over WPI 0–19 × SSS 0–12 with areas spread over regions first, so 4 or more
        // areas always make generalized pain. Also checks Wolfe 2015: FS is at least 12 whenever
        // the criteria are met.
        for (var wpi = 0; wpi <= 19; wpi++)
        {
            for (var sss = 0; sss <= 12; sss++)
            {
                var result = AcrFixture.Result(AcrFixture.Answers(AcrFixture.Areas(wpi), sss));
                var expected = ((wpi >= 7 && sss >= 5) || (wpi >= 4 && wpi <= 6 && sss >= 9)) && wpi >= 4;

                Assert.True(expected == result.MeetsCriteria, $"WPI {wpi}, SSS {sss}");
                Assert.Equal(wpi + sss, result.Fs);
                Assert.True(!result.MeetsCriteria || result.Fs >= 12, $"WPI {wpi}, SSS {sss}");
            }
        }
    }

    [Fact]
    public void Score_SssItems_WeekItemsPlusSixMonthItems()
    {
        var answers = AcrFixture.Answers(AcrFixture.Areas(7), 0);
        answers[Acr2016.Fatigue] = 3;
        answers[Acr2016.Unrefreshed] = 2;
        answers[Acr2016.Cognitive] = 1;
        answers[Acr2016.Headache] = 1;
        answers[Acr2016.LowerAbdominal] = 0;
        answers[Acr2016.Depression] = 1;

        Assert.Equal(8, AcrFixture.Result(answers).Sss);
    }

    [Fact]
    public void Score_Met_SubscoresAndTotal()
    {
        var score = AcrFixture.Score(AcrFixture.Answers(AcrFixture.Areas(8), 6));

        Assert.Equal(14, score.Total);
        Assert.Equal(8, score.Subscores[Acr2016.WpiKey]);
        Assert.Equal(6, score.Subscores[Acr2016.SssKey]);
        Assert.Equal(14, score.Subscores[Acr2016.FsKey]);
        Assert.Equal(5, score.Subscores[Acr2016.RegionsKey]);
        Assert.Equal("acr2016", score.InstrumentId);
        Assert.False(score.SafetyAlert);
    }
}
