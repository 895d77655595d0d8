using FibroTrack.Core.Labs;
using FibroTrack.Core.RedFlags;
using FibroTrack.Core.Tests.Labs;
using static FibroTrack.Core.Tests.RedFlags.RedFlagFixture;

namespace FibroTrack.Core.Tests.RedFlags;

/// <summary>CRP or ESR above range on two results at least 28 days apart, within the last 12 months.</summary>
public sealed class PersistentInflammationRuleTests
{
    private const string Id = RedFlagRules.PersistentInflammationId;

    [Fact]
    public void Evaluate_TwoHighCrp28DaysApart_FiresWithBothDates()
    {
        var evidence = Evaluate(Id, Context(labs: [Crp(14, DaysAgo(40)), Crp(12, DaysAgo(12))]));

        Assert.Equal([DaysAgo(40), DaysAgo(12)], evidence.Select(e => e.Date).ToArray());
        Assert.All(evidence, e => Assert.Equal(LabFlag.High, e.Flag));
        Assert.All(evidence, e => Assert.Equal(Analytes.Crp, e.Code));
        Assert.Equal("14 mg/L", evidence[0].Value);
    }

    [Fact]
    public void Evaluate_TwoHighCrp27DaysApart_DoesNotFire()
    {
        Assert.Empty(Evaluate(Id, Context(labs: [Crp(14, DaysAgo(39)), Crp(12, DaysAgo(12))])));
    }

    [Fact]
    public void Evaluate_OneHighOneNormal_DoesNotFire()
    {
        Assert.Empty(Evaluate(Id, Context(labs: [Crp(14, DaysAgo(100)), Crp(4, DaysAgo(12))])));
    }

    [Fact]
    public void Evaluate_FirstHighOlderThan12Months_DoesNotFire()
    {
        var labs = new[] { Crp(14, Today.AddMonths(-12).AddDays(-1)), Crp(12, DaysAgo(12)) };

        Assert.Empty(Evaluate(Id, Context(labs: labs)));
    }

    [Fact]
    public void Evaluate_FirstHighExactly12MonthsAgo_Fires()
    {
        var labs = new[] { Crp(14, Today.AddMonths(-12)), Crp(12, DaysAgo(12)) };

        Assert.Equal(2, Evaluate(Id, Context(labs: labs)).Count);
    }

    [Fact]
    public void Evaluate_HighCrpThenHighEsr_Fires()
    {
        var labs = new[] { Crp(14, DaysAgo(60)), Esr(50, DaysAgo(10)) };

        var evidence = Evaluate(Id, Context(Woman(40), labs));

        Assert.Equal([Analytes.Crp, Analytes.Esr], evidence.Select(e => e.Code).ToArray());
    }

    [Fact]
    public void Evaluate_EsrAboveLabRangeTwice_Fires()
    {
        var labs = new[] { Esr(25, DaysAgo(60), high: 20), Esr(28, DaysAgo(5), high: 20) };

        Assert.Equal(2, Evaluate(Id, Context(labs: labs)).Count);
    }

    [Fact]
    public void Evaluate_HsCrpInCardiovascularBand_DoesNotCount()
    {
        // hs-CRP 5 mg/L is in the higher cardiovascular band but not flagged High (that needs > 10).
        var labs = new[] { LabFixture.Quantity("hs-CRP", 5, "mg/L", date: DaysAgo(60)), LabFixture.Quantity("hs-CRP", 6, "mg/L", date: DaysAgo(5)) };

        Assert.Empty(Evaluate(Id, Context(labs: labs)));
    }

    [Fact]
    public void Evaluate_EvidenceIncludesEveryRaisedResultInWindow()
    {
        var labs = new[] { Crp(4, DaysAgo(90)), Crp(14, DaysAgo(80)), Crp(20, DaysAgo(50)), Crp(12, DaysAgo(12)) };

        Assert.Equal([DaysAgo(80), DaysAgo(50), DaysAgo(12)], Evaluate(Id, Context(labs: labs)).Select(e => e.Date).ToArray());
    }
}
