using FibroTrack.Core.RedFlags;
using static FibroTrack.Core.Tests.RedFlags.RedFlagFixture;

namespace FibroTrack.Core.Tests.RedFlags;

/// <summary>Yes (1) on at least one day in the last 30 (today and the 29 days before); fever on 3 or more.</summary>
public sealed class DiarySignRuleTests
{
    public static TheoryData<string> OneDaySigns() =>
    [
        RedFlagSigns.JointSwelling,
        RedFlagSigns.MorningStiffnessOver1h,
        RedFlagSigns.Rash,
        RedFlagSigns.WeightLoss,
        RedFlagSigns.MuscleWeakness,
    ];

    [Theory]
    [MemberData(nameof(OneDaySigns))]
    public void Evaluate_YesOnOneDay_FiresWithDate(string sign)
    {
        var evidence = Evaluate(RedFlagRules.SignRuleId(sign), Context(diary: [Yes(sign, DaysAgo(5))]));

        var single = Assert.Single(evidence);
        Assert.Equal(sign, single.Code);
        Assert.Equal(DaysAgo(5), single.Date);
        Assert.Equal("yes", single.Value);
        Assert.Equal(RedFlagSigns.Find(sign)!.Label, single.Label);
    }

    [Theory]
    [MemberData(nameof(OneDaySigns))]
    public void Evaluate_YesOnDay29Ago_Fires(string sign)
    {
        Assert.Single(Evaluate(RedFlagRules.SignRuleId(sign), Context(diary: [Yes(sign, DaysAgo(29))])));
    }

    [Theory]
    [MemberData(nameof(OneDaySigns))]
    public void Evaluate_YesOnly30DaysAgo_DoesNotFire(string sign)
    {
        Assert.Empty(Evaluate(RedFlagRules.SignRuleId(sign), Context(diary: [Yes(sign, DaysAgo(30))])));
    }

    [Theory]
    [MemberData(nameof(OneDaySigns))]
    public void Evaluate_RecordedNo_DoesNotFire(string sign)
    {
        Assert.Empty(Evaluate(RedFlagRules.SignRuleId(sign), Context(diary: [No(sign, DaysAgo(1)), No(sign, Today)])));
    }

    [Fact]
    public void Evaluate_OtherSignRecorded_DoesNotFire()
    {
        Assert.Empty(Evaluate(RedFlagRules.SignRuleId(RedFlagSigns.Rash), Context(diary: [Yes(RedFlagSigns.JointSwelling, Today)])));
    }

    [Fact]
    public void Evaluate_SameDayTwice_OneEvidence()
    {
        var diary = new[] { Yes(RedFlagSigns.Rash, Today), Yes(RedFlagSigns.Rash, Today) with { Ordinal = 1 } };

        Assert.Single(Evaluate(RedFlagRules.SignRuleId(RedFlagSigns.Rash), Context(diary: diary)));
    }

    [Fact]
    public void Evaluate_FeverOn3Days_FiresWithAllDates()
    {
        var diary = new[] { Yes(RedFlagSigns.Fever, DaysAgo(20)), Yes(RedFlagSigns.Fever, DaysAgo(10)), Yes(RedFlagSigns.Fever, DaysAgo(1)) };

        var evidence = Evaluate(RedFlagRules.SignRuleId(RedFlagSigns.Fever), Context(diary: diary));

        Assert.Equal([DaysAgo(20), DaysAgo(10), DaysAgo(1)], evidence.Select(e => e.Date).ToArray());
    }

    [Fact]
    public void Evaluate_FeverOn2Days_DoesNotFire()
    {
        var diary = new[] { Yes(RedFlagSigns.Fever, DaysAgo(10)), Yes(RedFlagSigns.Fever, DaysAgo(1)), Yes(RedFlagSigns.Fever, DaysAgo(31)) };

        Assert.Empty(Evaluate(RedFlagRules.SignRuleId(RedFlagSigns.Fever), Context(diary: diary)));
    }

    [Fact]
    public void Evaluate_DiaryAfterToday_Ignored()
    {
        Assert.Empty(Evaluate(RedFlagRules.SignRuleId(RedFlagSigns.Rash), Context(diary: [Yes(RedFlagSigns.Rash, Today.AddDays(1))])));
    }
}
