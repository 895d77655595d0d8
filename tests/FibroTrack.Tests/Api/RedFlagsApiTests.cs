using System.Net;
using System.Text.Json;
using FibroTrack.Core.RedFlags;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Api;

/// <summary>/api/v1/red-flags: findings not typical of widespread pain alone, from labs and diary signs, each with dated evidence.</summary>
public sealed class RedFlagsApiTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    /// <summary>Diagnosis names no explanation may use: the app refers to a clinician, it does not diagnose.</summary>
    private static readonly string[] DiagnosisNames =
    [
        "lupus", "arthritis", "rheumatoid", "polymyalgia", "myositis", "vasculitis", "arteritis", "sjögren", "sjogren",
        "scleroderma", "cancer", "lymphoma", "leukaemia", "leukemia", "fibromyalgia", "spondyl", "gout",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewPerson_NoFindings()
    {
        var client = await Accounts.SignUpAsync(factory);
        Assert.Empty((await client.GetJsonAsync("/api/v1/red-flags")).EnumerateArray());
    }

    [Fact]
    public async Task RedFlags_WithoutToken_401()
    {
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/red-flags", Ct)).StatusCode);
    }

    [Fact]
    public async Task CrpAboveLabRangeTwice28DaysApart_PersistentInflammationWithBothDates()
    {
        var client = await Accounts.SignUpAsync(factory);
        await AddCrpAsync(client, 12, daysAgo: 40);
        await AddCrpAsync(client, 9, daysAgo: 12);

        var finding = await FindingAsync(client, RedFlagRules.PersistentInflammationId);
        Assert.NotNull(finding);
        var evidence = finding.Value.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal([ApiCalls.Date(40), ApiCalls.Date(12)], evidence.Select(e => e.GetProperty("date").GetString()).Order(StringComparer.Ordinal));
        Assert.All(evidence, e => Assert.Equal("1988-5", e.GetProperty("code").GetString()));

        // Flags read as in /api/v1/labs ("high"), not as the enum's number.
        Assert.All(evidence, e => Assert.Equal("high", e.GetProperty("flag").GetString()));
        Assert.Contains(evidence, e => e.GetProperty("value").GetString() == "12 mg/L");
        Assert.Contains(evidence, e => e.GetProperty("value").GetString() == "9 mg/L");

        var explanation = finding.Value.GetProperty("explanation").GetString()!;
        Assert.EndsWith(RedFlagRule.ClosingSentence, explanation, StringComparison.Ordinal);
        Assert.Equal("Discuss this with your clinician.", RedFlagRule.ClosingSentence);
        AssertNamesNoDiagnosis(explanation);
        AssertNamesNoDiagnosis(finding.Value.GetProperty("title").GetString()!);
    }

    [Fact]
    public async Task CrpAboveLabRangeTwice27DaysApart_NoPersistentInflammation()
    {
        var client = await Accounts.SignUpAsync(factory);
        await AddCrpAsync(client, 12, daysAgo: 40);
        await AddCrpAsync(client, 12, daysAgo: 13);

        Assert.Null(await FindingAsync(client, RedFlagRules.PersistentInflammationId));
    }

    [Fact]
    public async Task CrpRaisedOnceAndNormalLater_NoPersistentInflammation()
    {
        var client = await Accounts.SignUpAsync(factory);
        await AddCrpAsync(client, 12, daysAgo: 90);
        await AddCrpAsync(client, 3, daysAgo: 10);

        Assert.Null(await FindingAsync(client, RedFlagRules.PersistentInflammationId));
    }

    [Fact]
    public async Task CrpRaisedTwiceButFirstOlderThan12Months_NoPersistentInflammation()
    {
        var client = await Accounts.SignUpAsync(factory);
        await AddCrpAsync(client, 12, daysAgo: 400);
        await AddCrpAsync(client, 12, daysAgo: 10);

        Assert.Null(await FindingAsync(client, RedFlagRules.PersistentInflammationId));
    }

    [Fact]
    public async Task AnaTiter1To160_Finding()
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.CreateAsync("/api/v1/labs", new { analyte = "ANA", titer = "1:160", specimenDate = ApiCalls.Date(30) });

        var finding = await FindingAsync(client, RedFlagRules.AnaHighTiterId);
        Assert.NotNull(finding);
        var evidence = Assert.Single(finding.Value.GetProperty("evidence").EnumerateArray());
        Assert.Equal(ApiCalls.Date(30), evidence.GetProperty("date").GetString());
        Assert.Contains("1:160", evidence.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal("positive", evidence.GetProperty("flag").GetString());
        Assert.EndsWith(RedFlagRule.ClosingSentence, finding.Value.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnaTiter1To80_NoFinding()
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.CreateAsync("/api/v1/labs", new { analyte = "ANA", titer = "1:80", specimenDate = ApiCalls.Date(30) });

        Assert.Empty((await client.GetJsonAsync("/api/v1/red-flags")).EnumerateArray());
    }

    [Fact]
    public async Task Vocabulary_ListsEverySignAsYesNo()
    {
        var client = await Accounts.SignUpAsync(factory);
        var variables = (await client.GetJsonAsync("/api/v1/vocabulary")).GetProperty("variables").EnumerateArray().ToList();
        var signs = variables.Where(v => v.GetProperty("code").GetString()!.StartsWith("sign.", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            RedFlagSigns.All.Select(s => s.Code).Order(StringComparer.Ordinal),
            signs.Select(s => s.GetProperty("code").GetString()!).Order(StringComparer.Ordinal));
        Assert.Contains("sign.joint-swelling", signs.Select(s => s.GetProperty("code").GetString()));
        Assert.Contains("sign.fever", signs.Select(s => s.GetProperty("code").GetString()));
        Assert.All(signs, s => Assert.Equal("yes-no", s.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task DiaryJointSwelling_FindingWithThatDate()
    {
        var client = await Accounts.SignUpAsync(factory);
        var date = ApiCalls.Date(5);
        await PutSignAsync(client, date, RedFlagSigns.JointSwelling);

        var finding = await FindingAsync(client, RedFlagRules.SignRuleId(RedFlagSigns.JointSwelling));
        Assert.NotNull(finding);
        var evidence = Assert.Single(finding.Value.GetProperty("evidence").EnumerateArray());
        Assert.Equal(RedFlagSigns.JointSwelling, evidence.GetProperty("code").GetString());
        Assert.Equal(date, evidence.GetProperty("date").GetString());
        Assert.Equal("yes", evidence.GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Null, evidence.GetProperty("flag").ValueKind);
        AssertNamesNoDiagnosis(finding.Value.GetProperty("explanation").GetString()!);
    }

    [Fact]
    public async Task DiaryJointSwellingRecordedNo_NoFinding()
    {
        var client = await Accounts.SignUpAsync(factory);
        await PutSignAsync(client, ApiCalls.Date(5), RedFlagSigns.JointSwelling, yes: false);

        Assert.Empty((await client.GetJsonAsync("/api/v1/red-flags")).EnumerateArray());
    }

    [Fact]
    public async Task DiaryFeverOnOneDay_NoFeverFinding()
    {
        Assert.Equal(3, RedFlagRules.FeverMinDays);
        var client = await Accounts.SignUpAsync(factory);
        await PutSignAsync(client, ApiCalls.Date(4), RedFlagSigns.Fever);

        Assert.Null(await FindingAsync(client, RedFlagRules.SignRuleId(RedFlagSigns.Fever)));
    }

    [Fact]
    public async Task DiaryFeverOnThreeDays_FeverFindingListsAllThree()
    {
        var client = await Accounts.SignUpAsync(factory);
        string[] dates = [ApiCalls.Date(20), ApiCalls.Date(10), ApiCalls.Date(4)];
        foreach (var date in dates)
        {
            await PutSignAsync(client, date, RedFlagSigns.Fever);
        }

        var finding = await FindingAsync(client, RedFlagRules.SignRuleId(RedFlagSigns.Fever));
        Assert.NotNull(finding);
        Assert.Equal(
            dates.Order(StringComparer.Ordinal),
            finding.Value.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("date").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Rules_ListsEveryRuleEndingWithClosingSentenceWithoutDiagnosisNames()
    {
        var client = await Accounts.SignUpAsync(factory);
        var rules = (await client.GetJsonAsync("/api/v1/red-flags/rules")).EnumerateArray().ToList();

        Assert.Equal(RedFlagRules.All.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Contains(RedFlagRules.PersistentInflammationId, rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Contains(RedFlagRules.AnaHighTiterId, rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Contains("sign-joint-swelling", rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("source").GetString()));
            var explanation = r.GetProperty("explanation").GetString()!;
            Assert.EndsWith(RedFlagRule.ClosingSentence, explanation, StringComparison.Ordinal);
            AssertNamesNoDiagnosis(explanation);
            AssertNamesNoDiagnosis(r.GetProperty("title").GetString()!);
        });
    }

    private static void AssertNamesNoDiagnosis(string text)
    {
        foreach (var name in DiagnosisNames)
        {
            Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task AddCrpAsync(HttpClient client, double value, int daysAgo) =>
        await client.CreateAsync("/api/v1/labs",
            new { analyte = "CRP", value, unit = "mg/L", rangeLow = 0, rangeHigh = 5, specimenDate = ApiCalls.Date(daysAgo) });

    private static async Task PutSignAsync(HttpClient client, string date, string sign, bool yes = true)
    {
        using var put = await client.PutDayAsync(date, new { values = new Dictionary<string, object> { ["symptom.pain"] = 5, [sign] = yes } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }

    private static async Task<JsonElement?> FindingAsync(HttpClient client, string ruleId)
    {
        var findings = (await client.GetJsonAsync("/api/v1/red-flags")).EnumerateArray().ToList();
        Assert.All(findings, f => Assert.EndsWith(RedFlagRule.ClosingSentence, f.GetProperty("explanation").GetString(), StringComparison.Ordinal));
        return findings.Where(f => f.GetProperty("ruleId").GetString() == ruleId).Cast<JsonElement?>().SingleOrDefault();
    }
}
