using FibroTrack.Core.Labs;
using FibroTrack.Core.RedFlags;
using FibroTrack.Core.Tests.Labs;
using static FibroTrack.Core.Tests.RedFlags.RedFlagFixture;

namespace FibroTrack.Core.Tests.RedFlags;

/// <summary>ESR above Miller's limit, ANA ≥ 1:160, positive RF/anti-CCP, raised CK.</summary>
public sealed class LabRuleTests
{
    [Fact]
    public void EsrAboveAgeLimit_Man60At31_FiresWithLimitInNote()
    {
        var evidence = Evaluate(RedFlagRules.EsrAboveAgeLimitId, Context(Man(60), [Esr(31, Today)]));

        var single = Assert.Single(evidence);
        Assert.Equal(Today, single.Date);
        Assert.Contains("30 mm/h", single.Note);
    }

    [Fact]
    public void EsrAboveAgeLimit_Man60At30_DoesNotFire()
    {
        Assert.Empty(Evaluate(RedFlagRules.EsrAboveAgeLimitId, Context(Man(60), [Esr(30, Today)])));
    }

    [Fact]
    public void EsrAboveAgeLimit_Woman60At35_DoesNotFire()
    {
        Assert.Empty(Evaluate(RedFlagRules.EsrAboveAgeLimitId, Context(Woman(60), [Esr(35, Today)])));
    }

    [Fact]
    public void EsrAboveAgeLimit_Woman60At36_Fires()
    {
        Assert.Single(Evaluate(RedFlagRules.EsrAboveAgeLimitId, Context(Woman(60), [Esr(36, Today)])));
    }

    [Fact]
    public void EsrAboveAgeLimit_AgeOnSpecimenDate_Used()
    {
        // 60 today, but 59 three days ago: limit 29.5 mm/h for a man, so 30 fires.
        Assert.Single(Evaluate(RedFlagRules.EsrAboveAgeLimitId, Context(Man(60), [Esr(30, DaysAgo(3))])));
    }

    [Fact]
    public void EsrAboveAgeLimit_LabRangeWider_StillFiresOnMillerLimit()
    {
        // The lab's range (up to 40) makes 36 Normal, but the rule is about the age-adjusted limit.
        var lab = Esr(36, Today, high: 40);
        var context = Context(Woman(60), [lab]);

        Assert.Equal(Core.Labs.LabFlag.Normal, Assert.Single(Evaluate(RedFlagRules.EsrAboveAgeLimitId, context)).Flag);
    }

    [Fact]
    public void EsrAboveAgeLimit_AgeUnknown_DoesNotFire()
    {
        Assert.Empty(Evaluate(RedFlagRules.EsrAboveAgeLimitId, Context(labs: [Esr(90, DaysAgo(3))])));
    }

    [Fact]
    public void EsrAboveAgeLimit_OlderThan12Months_DoesNotFire()
    {
        Assert.Empty(Evaluate(RedFlagRules.EsrAboveAgeLimitId, Context(Man(60), [Esr(60, Today.AddMonths(-13))])));
    }

    [Fact]
    public void AnaHighTiter_160_FiresWithTiterAndDate()
    {
        var evidence = Evaluate(RedFlagRules.AnaHighTiterId, Context(labs: [LabFixture.Presence("ANA", null, "1:160", DaysAgo(400))]));

        var single = Assert.Single(evidence);
        Assert.Equal(DaysAgo(400), single.Date);
        Assert.Equal("1:160 positive", single.Value);
        Assert.Equal(LabFlag.Positive, single.Flag);
    }

    [Fact]
    public void AnaHighTiter_80_DoesNotFire()
    {
        Assert.Empty(Evaluate(RedFlagRules.AnaHighTiterId, Context(labs: [LabFixture.Presence("ANA", true, "1:80", DaysAgo(4))])));
    }

    [Fact]
    public void AnaHighTiter_PositiveWithoutTiter_DoesNotFire()
    {
        Assert.Empty(Evaluate(RedFlagRules.AnaHighTiterId, Context(labs: [LabFixture.Presence("ANA", true, date: DaysAgo(4))])));
    }

    [Theory]
    [InlineData("RF")]
    [InlineData("anti-CCP")]
    public void RfOrAntiCcp_Positive_Fires(string analyte)
    {
        var evidence = Evaluate(RedFlagRules.RfOrAntiCcpId, Context(labs: [LabFixture.Presence(analyte, true, date: DaysAgo(700))]));

        Assert.Equal(DaysAgo(700), Assert.Single(evidence).Date);
    }

    [Fact]
    public void RfOrAntiCcp_AboveLabRange_Fires()
    {
        var lab = LabFixture.Valid(LabFixture.Input("anti-CCP", 25, "U/mL", high: 17, date: DaysAgo(10)));

        Assert.Equal(LabFlag.High, Assert.Single(Evaluate(RedFlagRules.RfOrAntiCcpId, Context(labs: [lab]))).Flag);
    }

    [Fact]
    public void RfOrAntiCcp_WithinLabRange_DoesNotFire()
    {
        var lab = LabFixture.Valid(LabFixture.Input("RF", 14, "IU/mL", high: 14, date: DaysAgo(10)));

        Assert.Empty(Evaluate(RedFlagRules.RfOrAntiCcpId, Context(labs: [lab])));
    }

    [Fact]
    public void RfOrAntiCcp_Negative_DoesNotFire()
    {
        Assert.Empty(Evaluate(RedFlagRules.RfOrAntiCcpId, Context(labs: [LabFixture.Presence("RF", false, date: DaysAgo(10))])));
    }

    [Fact]
    public void RfOrAntiCcp_ValueWithoutRange_DoesNotFire()
    {
        var lab = LabFixture.Quantity("RF", 60, "IU/mL", date: DaysAgo(10));

        Assert.Empty(Evaluate(RedFlagRules.RfOrAntiCcpId, Context(labs: [lab])));
    }

    [Fact]
    public void RaisedCk_AboveLabRange_Fires()
    {
        var lab = LabFixture.Quantity("CK", 420, "U/L", high: 200, date: DaysAgo(20));

        var single = Assert.Single(Evaluate(RedFlagRules.RaisedCkId, Context(labs: [lab])));
        Assert.Equal("420 U/L", single.Value);
        Assert.Equal("range up to 200 U/L", single.Note);
    }

    [Fact]
    public void RaisedCk_AtLabHigh_DoesNotFire()
    {
        var lab = LabFixture.Quantity("CK", 200, "U/L", high: 200, date: DaysAgo(20));

        Assert.Empty(Evaluate(RedFlagRules.RaisedCkId, Context(labs: [lab])));
    }

    [Fact]
    public void RaisedCk_WithoutLabRange_DoesNotFire()
    {
        Assert.Empty(Evaluate(RedFlagRules.RaisedCkId, Context(labs: [LabFixture.Quantity("CK", 5000, "U/L", date: DaysAgo(20))])));
    }

    [Fact]
    public void RaisedCk_OlderThan12Months_DoesNotFire()
    {
        var lab = LabFixture.Quantity("CK", 420, "U/L", high: 200, date: Today.AddMonths(-12).AddDays(-1));

        Assert.Empty(Evaluate(RedFlagRules.RaisedCkId, Context(labs: [lab])));
    }
}
