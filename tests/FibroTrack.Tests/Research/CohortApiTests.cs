using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace FibroTrack.Tests.Research;

/// <summary>GET /api/v1/research/cohort on a seeded cohort: who may see it, who is counted, and what is suppressed.</summary>
[Collection(ResearchCohortFixture.Collection)]
public sealed class CohortApiTests(ResearchCohortFixture cohort)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> ReportAsync()
    {
        using var response = await cohort.Researcher.Client.GetAsync("/api/v1/research/cohort", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    [Fact]
    public async Task Cohort_PersonWithoutResearcherRole_403()
    {
        using var response = await cohort.People[0].Client.GetAsync("/api/v1/research/cohort", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Cohort_Anonymous_401()
    {
        using var response = await cohort.Factory.CreateClient().GetAsync("/api/v1/research/cohort", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Cohort_Administrator_200()
    {
        using var response = await cohort.Administrator.Client.GetAsync("/api/v1/research/cohort", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Cohort_Researcher_CountsOnlyConsentingPeople()
    {
        var report = await ReportAsync();

        Assert.Equal(ResearchCohortFixture.Consenting, report.GetProperty("people").GetInt32());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("suppressed").ValueKind);
        var fiqr = Distribution(report, "fiqr.total");
        Assert.Equal(ResearchCohortFixture.Consenting, fiqr.GetProperty("people").GetInt32());
    }

    [Fact]
    public async Task Cohort_FiqrHistogram_BinsUnderTenPeopleSuppressed()
    {
        var bins = Distribution(await ReportAsync(), "fiqr.total").GetProperty("bins").EnumerateArray().ToList();

        // 10 consenting people score 20–40 (the 3 who did not opt in score there too and must not be counted);
        // 7 score 40–60 and 3 score 60–80: both hidden, as are the empty bins.
        Assert.Equal(10, bins[1].GetProperty("people").GetInt32());
        Assert.All(bins.Where((_, i) => i != 1), b =>
        {
            Assert.Equal(JsonValueKind.Null, b.GetProperty("people").ValueKind);
            Assert.True(b.GetProperty("fewerThan10").GetBoolean());
        });
    }

    [Fact]
    public async Task Cohort_AcrScores_OnlyThePeopleWithAResponse()
    {
        var report = await ReportAsync();

        var wpi = Distribution(report, "acr2016.wpi");
        Assert.Equal(15, wpi.GetProperty("people").GetInt32());
        Assert.Equal(10.0, wpi.GetProperty("mean").GetDouble());
        Assert.Equal(15, wpi.GetProperty("bins")[2].GetProperty("people").GetInt32());
    }

    [Fact]
    public async Task Cohort_CrpAndPain_WithinPersonSlopeRecoveredAndAcuteResultLeftOut()
    {
        var crp = (await ReportAsync()).GetProperty("markers").EnumerateArray().Single(m => m.GetProperty("marker").GetString() == "crp");

        Assert.Equal(ResearchCohortFixture.Consenting, crp.GetProperty("people").GetInt32());
        Assert.Equal(ResearchCohortFixture.Consenting * 3, crp.GetProperty("results").GetInt32());
        Assert.InRange(crp.GetProperty("within").GetProperty("value").GetDouble(), 0.95, 1.05);
        Assert.InRange(crp.GetProperty("between").GetProperty("value").GetDouble(), 0.3, 0.7);
        // One result of 40 mg/L was left out; one is fewer than 10, so the count itself is not shown.
        Assert.Equal(JsonValueKind.Null, crp.GetProperty("excludedAsLikelyAcute").ValueKind);
    }

    [Fact]
    public async Task Cohort_Il6WithoutResults_NoEstimate()
    {
        var il6 = (await ReportAsync()).GetProperty("markers").EnumerateArray().Single(m => m.GetProperty("marker").GetString() == "il6");

        Assert.Equal(JsonValueKind.Null, il6.GetProperty("people").ValueKind);
        Assert.Equal(JsonValueKind.Null, il6.GetProperty("within").ValueKind);
    }

    [Fact]
    public async Task Cohort_OnsetFiqr_TenInEachGroup_WelchDifference()
    {
        var onset = (await ReportAsync()).GetProperty("onset").EnumerateArray().Single(o => o.GetProperty("outcome").GetString()!.Contains("FIQR", StringComparison.Ordinal));

        Assert.Equal(10, onset.GetProperty("postInfection").GetProperty("people").GetInt32());
        Assert.Equal(10, onset.GetProperty("otherOnsets").GetProperty("people").GetInt32());
        // Post-infection FIQR 30–34.5 (mean 32.25); other onsets 50–56 and 67–69 (mean 57.5).
        Assert.Equal(32.25 - 57.5, onset.GetProperty("difference").GetProperty("value").GetDouble(), 1e-9);
        Assert.True(onset.GetProperty("difference").GetProperty("p").GetDouble() < 0.001);
    }

    private static JsonElement Distribution(JsonElement report, string measure) =>
        report.GetProperty("distributions").EnumerateArray().Single(d => d.GetProperty("measure").GetString() == measure);
}
