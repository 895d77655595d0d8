using FibroTrack.Core.RedFlags;
using static FibroTrack.Core.Tests.RedFlags.RedFlagFixture;

namespace FibroTrack.Core.Tests.RedFlags;

public sealed class RedFlagEngineTests
{
    [Fact]
    public void Evaluate_NothingRecorded_NoFindings()
    {
        Assert.Empty(RedFlagEngine.Evaluate(Context()));
    }

    [Fact]
    public void Evaluate_OnlyNormalResultsAndNoSigns_NoFindings()
    {
        var context = Context(Woman(60), [Crp(3, DaysAgo(60)), Crp(2, DaysAgo(5)), Esr(20, DaysAgo(5))], [No(RedFlagSigns.Rash, Today)]);

        Assert.Empty(RedFlagEngine.Evaluate(context));
    }

    [Fact]
    public void Evaluate_RuleFires_FindingCarriesRuleTextsAndEvidence()
    {
        var rule = Rule(RedFlagRules.SignRuleId(RedFlagSigns.JointSwelling));

        var finding = Assert.Single(RedFlagEngine.Evaluate(Context(diary: [Yes(RedFlagSigns.JointSwelling, DaysAgo(3))])));

        Assert.Equal(rule.Id, finding.RuleId);
        Assert.Equal(rule.Title, finding.Title);
        Assert.Equal(rule.Explanation, finding.Explanation);
        Assert.Equal(rule.Source, finding.Source);
        Assert.Equal(DaysAgo(3), Assert.Single(finding.Evidence).Date);
    }

    [Fact]
    public void Evaluate_SeveralRules_FindingsInRuleOrder()
    {
        var context = Context(
            Woman(55),
            [Crp(20, DaysAgo(60)), Crp(18, DaysAgo(10))],
            [Yes(RedFlagSigns.MorningStiffnessOver1h, DaysAgo(4))]);

        var ids = RedFlagEngine.Evaluate(context).Select(f => f.RuleId).ToArray();

        Assert.Equal(
            [RedFlagRules.PersistentInflammationId, RedFlagRules.SignRuleId(RedFlagSigns.MorningStiffnessOver1h), RedFlagRules.StiffnessAfter50Id],
            ids);
    }

    [Fact]
    public void Evaluate_CustomRuleList_OnlyThoseRules()
    {
        var always = new RedFlagRule("always", "Always", "Test rule. Discuss this with your clinician.", "Test", c => [new("x", "X", c.Today, "yes")]);

        var finding = Assert.Single(RedFlagEngine.Evaluate(Context(), [always]));

        Assert.Equal("always", finding.RuleId);
    }

    [Fact]
    public void DiarySign_NewRuleInAFewLines_Works()
    {
        // How a new diary-sign rule is added: one call.
        var rule = RedFlagRules.DiarySign("sign.night-sweats", "Night sweats recorded", "You recorded night sweats. Discuss this with your clinician.");

        Assert.Single(rule.Evaluate(Context(diary: [Yes("sign.night-sweats", Today)])));
        Assert.Equal("sign-night-sweats", rule.Id);
    }
}
