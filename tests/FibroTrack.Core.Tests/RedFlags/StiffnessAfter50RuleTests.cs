using FibroTrack.Core.Labs;
using FibroTrack.Core.RedFlags;
using static FibroTrack.Core.Tests.RedFlags.RedFlagFixture;

namespace FibroTrack.Core.Tests.RedFlags;

/// <summary>Age ≥ 50, a High CRP/ESR and morning stiffness over an hour, both within the last 3 months.</summary>
public sealed class StiffnessAfter50RuleTests
{
    private const string Id = RedFlagRules.StiffnessAfter50Id;

    private static readonly RedFlagContext Positive = Context(
        Woman(50),
        [Crp(25, DaysAgo(20))],
        [Yes(RedFlagSigns.MorningStiffnessOver1h, DaysAgo(40)), Yes(RedFlagSigns.MorningStiffnessOver1h, DaysAgo(2))]);

    [Fact]
    public void Evaluate_Age50StiffnessAndHighCrp_FiresWithAgeLabAndDiaryEvidence()
    {
        var evidence = Evaluate(Id, Positive);

        Assert.Equal(
            [RedFlagEvidence.AgeCode, Analytes.Crp, RedFlagSigns.MorningStiffnessOver1h, RedFlagSigns.MorningStiffnessOver1h],
            evidence.Select(e => e.Code).ToArray());
        Assert.Equal("50 years", evidence[0].Value);
        Assert.Equal(DaysAgo(20), evidence[1].Date);
        Assert.Equal([DaysAgo(40), DaysAgo(2)], evidence.Skip(2).Select(e => e.Date).ToArray());
    }

    [Fact]
    public void Evaluate_Age49_DoesNotFire()
    {
        Assert.Empty(Evaluate(Id, Positive with { Person = Woman(49) }));
    }

    [Fact]
    public void Evaluate_AgeUnknown_DoesNotFire()
    {
        Assert.Empty(Evaluate(Id, Positive with { Person = Core.People.PersonFacts.Unknown }));
    }

    [Fact]
    public void Evaluate_NoStiffness_DoesNotFire()
    {
        Assert.Empty(Evaluate(Id, Context(Man(70), [Crp(25, DaysAgo(20))], [Yes(RedFlagSigns.Rash, DaysAgo(2))])));
    }

    [Fact]
    public void Evaluate_CrpNormal_DoesNotFire()
    {
        Assert.Empty(Evaluate(Id, Context(Man(70), [Crp(4, DaysAgo(20))], [Yes(RedFlagSigns.MorningStiffnessOver1h, DaysAgo(2))])));
    }

    [Fact]
    public void Evaluate_HighCrpOlderThan3Months_DoesNotFire()
    {
        var context = Context(Man(70), [Crp(25, Today.AddMonths(-3).AddDays(-1))], [Yes(RedFlagSigns.MorningStiffnessOver1h, DaysAgo(2))]);

        Assert.Empty(Evaluate(Id, context));
    }

    [Fact]
    public void Evaluate_HighEsrByAgeLimit_Fires()
    {
        // Man of 70: Miller limit 35 mm/h.
        var context = Context(Man(70), [Esr(40, DaysAgo(20))], [Yes(RedFlagSigns.MorningStiffnessOver1h, DaysAgo(2))]);

        Assert.NotEmpty(Evaluate(Id, context));
    }
}
