using System.Net;
using System.Text.Json;
using FibroTrack.Features.Insights;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FibroTrack.Tests.Api;

/// <summary><c>/api/v1/insights</c> on the demo year, whose truth is known, and on people with little or no diary.</summary>
public sealed class InsightsApiTests(DemoAccountFactory factory) : IClassFixture<DemoAccountFactory>
{
    private static readonly string[] Sections = ["flares", "associations", "treatments", "pacing", "infections"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Insights_DemoYear_ProcessedFoodIsAHeadlineForNextDayPain()
    {
        var client = await factory.SignInAsync();

        var insights = await client.GetJsonAsync("/api/v1/insights");

        var findings = insights.GetProperty("associations").GetProperty("findings").EnumerateArray().ToList();
        var finding = Assert.Single(findings, f =>
            f.GetProperty("exposure").GetString() == factory.Data.Truth.LaggedExposureCode && f.GetProperty("outcome").GetString() == "symptom.pain");
        Assert.Equal("headline", finding.GetProperty("level").GetString());
        Assert.Equal(1, finding.GetProperty("lag").GetInt32());
        Assert.True(finding.GetProperty("q").GetDouble() <= 0.05);
        Assert.InRange(factory.Data.Truth.LaggedEffect, finding.GetProperty("lower").GetDouble(), finding.GetProperty("upper").GetDouble());
        Assert.EndsWith("Association, not proven cause.", finding.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insights_StoredTextIsWhatTheApiWouldWrite()
    {
        var client = await factory.SignInAsync();
        var first = await client.GetStringAsync("/api/v1/insights", Ct);

        using var again = await client.GetAsync("/api/v1/insights", Ct);
        var second = await again.Content.ReadAsStringAsync(Ct);

        // The API's own JSON settings, applied to the insights it served, write the very text it served.
        var options = factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var dto = JsonSerializer.Deserialize<InsightsDto>(second, options);
        Assert.Equal(JsonSerializer.Serialize(dto, options), second);
        Assert.Equal(first, second);
        Assert.Equal("application/json; charset=utf-8", again.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Insights_EchoMethodAndParametersOfEverySection()
    {
        var client = await factory.SignInAsync();

        var insights = await client.GetJsonAsync("/api/v1/insights");

        var method = insights.GetProperty("method");
        Assert.False(string.IsNullOrEmpty(method.GetProperty("engineVersion").GetString()));
        Assert.Equal(factory.Data.Truth.FirstDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), method.GetProperty("firstDay").GetString());
        var sections = method.GetProperty("sections");
        Assert.Equal(Sections.Order(StringComparer.Ordinal), sections.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var parameters = sections.GetProperty("associations").GetProperty("parameters");
        Assert.Equal(insights.GetProperty("associations").GetProperty("familySize").GetInt32(), parameters.GetProperty("familySize").GetInt32());
        Assert.Equal(0.05, parameters.GetProperty("headlineQ").GetDouble());
        Assert.True(parameters.GetProperty("dayOfWeek").GetBoolean());
    }

    [Theory]
    [InlineData("flares")]
    [InlineData("associations")]
    [InlineData("treatments")]
    [InlineData("pacing")]
    [InlineData("infections")]
    public async Task Section_EchoesOnlyItsOwnMethod(string section)
    {
        var client = await factory.SignInAsync();

        var result = await client.GetJsonAsync($"/api/v1/insights/{section}");

        var names = result.GetProperty("method").GetProperty("sections").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal([section], names);
        Assert.NotEqual(JsonValueKind.Undefined, result.GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task Treatments_NaltrexoneStartJudgedOnPainFatigueAndFiqr()
    {
        var client = await factory.SignInAsync();

        var treatments = (await client.GetJsonAsync("/api/v1/insights/treatments")).GetProperty("result").EnumerateArray().ToList();

        var start = Assert.Single(treatments, t =>
            t.GetProperty("item").GetString() == factory.Data.Truth.RegimenChangeCode && t.GetProperty("kind").GetString() == "start");
        var outcomes = start.GetProperty("outcomes").EnumerateArray().Select(o => o.GetProperty("outcome").GetString()).ToList();
        Assert.Equal(["symptom.pain", "symptom.fatigue", "fiqr.total"], outcomes);
        Assert.All(start.GetProperty("outcomes").EnumerateArray(), o =>
            Assert.Contains("not proven cause", o.GetProperty("verdict").GetString(), StringComparison.Ordinal));
        // The dose steps of the same item are named as things that also changed in the window.
        Assert.NotEmpty(start.GetProperty("confounders").EnumerateArray());
    }

    [Fact]
    public async Task Flares_CalendarCoversEveryDayAndEpisodesAreInsideIt()
    {
        var client = await factory.SignInAsync();

        var flares = (await client.GetJsonAsync("/api/v1/insights/flares")).GetProperty("result");

        var days = flares.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(factory.Data.Truth.CalendarDays, days.Count);
        Assert.True(flares.GetProperty("evaluated").GetBoolean());
        var inFlare = days.Count(d => d.GetProperty("inFlare").GetBoolean());
        var episodeDays = flares.GetProperty("episodes").EnumerateArray().Sum(e => e.GetProperty("days").GetInt32());
        Assert.Equal(episodeDays, inFlare);
    }

    [Fact]
    public async Task FindingDays_ListTheRowsBehindTheFinding()
    {
        var client = await factory.SignInAsync();
        var finding = (await client.GetJsonAsync("/api/v1/insights/associations")).GetProperty("result").GetProperty("findings").EnumerateArray()
            .First(f => f.GetProperty("exposure").GetString() == factory.Data.Truth.LaggedExposureCode && f.GetProperty("outcome").GetString() == "symptom.pain");

        var days = (await client.GetJsonAsync(
            $"/api/v1/insights/associations/days?outcome=symptom.pain&exposure={factory.Data.Truth.LaggedExposureCode}&lag=1")).EnumerateArray().ToList();

        Assert.Equal(finding.GetProperty("days").GetInt32(), days.Count);
        Assert.Equal(finding.GetProperty("daysWith").GetInt32(), days.Count(d => d.GetProperty("exposure").GetDouble() == 1));
    }

    [Fact]
    public async Task FindingDays_FlareOnset_DaysAtRiskWithOnsetsMarked()
    {
        var client = await factory.SignInAsync();
        var flares = (await client.GetJsonAsync("/api/v1/insights/flares")).GetProperty("result").GetProperty("episodes").EnumerateArray()
            .Select(e => e.GetProperty("start").GetString()).ToHashSet(StringComparer.Ordinal);

        var days = (await client.GetJsonAsync(
            $"/api/v1/insights/associations/days?outcome=flare.onset&exposure={factory.Data.Truth.LaggedExposureCode}&lag=1")).EnumerateArray().ToList();

        Assert.NotEmpty(days);
        Assert.All(days, d => Assert.Contains(d.GetProperty("outcome").GetDouble(), new[] { 0.0, 1.0 }));
        Assert.All(days.Where(d => d.GetProperty("outcome").GetDouble() == 1), d => Assert.Contains(d.GetProperty("date").GetString(), flares));
    }

    [Fact]
    public async Task FindingDays_LagOutOfRange_400()
    {
        var client = await factory.SignInAsync();

        using var response = await client.GetAsync("/api/v1/insights/associations/days?outcome=symptom.pain&exposure=diet.caffeine&lag=4", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Insights_NoDiaryYet_404WithExplanation()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var response = await client.GetAsync("/api/v1/insights", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("first saved diary day", (await response.JsonAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insights_AnotherPerson_NeverSeesTheDemoPersonsInsights()
    {
        var demo = await factory.SignInAsync();
        await demo.GetJsonAsync("/api/v1/insights"); // stored for the demo person
        var other = await Accounts.SignUpAsync(factory);
        Assert.Equal(HttpStatusCode.OK, (await other.PutDayAsync(ApiCalls.Date(1), new { values = new Dictionary<string, object> { ["symptom.pain"] = 3 } })).StatusCode);

        var insights = await other.GetJsonAsync("/api/v1/insights");

        Assert.Equal(1, insights.GetProperty("method").GetProperty("recordedDays").GetInt32());
        Assert.Empty(insights.GetProperty("associations").GetProperty("findings").EnumerateArray());
        Assert.Empty(insights.GetProperty("treatments").EnumerateArray());
    }

    [Fact]
    public async Task Insights_ServedFromStoreUntilTheDiaryChanges()
    {
        var client = await Accounts.SignUpAsync(factory);
        Assert.Equal(HttpStatusCode.OK, (await client.PutDayAsync(ApiCalls.Date(2), new { values = new Dictionary<string, object> { ["symptom.pain"] = 4 } })).StatusCode);
        var first = (await client.GetJsonAsync("/api/v1/insights")).GetProperty("method");

        var again = (await client.GetJsonAsync("/api/v1/insights")).GetProperty("method");
        Assert.Equal(first.GetProperty("computedAt").GetString(), again.GetProperty("computedAt").GetString());

        Assert.Equal(HttpStatusCode.OK, (await client.PutDayAsync(ApiCalls.Date(1), new { values = new Dictionary<string, object> { ["symptom.pain"] = 6 } })).StatusCode);
        var after = (await client.GetJsonAsync("/api/v1/insights")).GetProperty("method");

        Assert.Equal(2, after.GetProperty("recordedDays").GetInt32());
        Assert.NotEqual(first.GetProperty("computedAt").GetString(), after.GetProperty("computedAt").GetString());
    }
}
