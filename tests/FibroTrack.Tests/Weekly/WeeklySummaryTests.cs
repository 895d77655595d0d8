using System.Globalization;
using System.Net;
using System.Text.Json;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Weekly;

/// <summary>The weekly summary (<c>/api/v1/weekly</c> and <c>/weekly</c>) over the demo year, whose truth is known.</summary>
public sealed class WeeklySummaryTests(DemoAccountFactory factory) : IClassFixture<DemoAccountFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Weekly_LastSevenDaysAgainstTheTwentyEightBefore()
    {
        var client = await factory.SignInAsync();

        var week = await client.GetJsonAsync($"/api/v1/weekly?end={Iso(factory.Today)}");

        Assert.Equal(Iso(factory.Today.AddDays(-6)), week.GetProperty("from").GetString());
        var recorded = factory.Data.Days.Count(d => d.Date > factory.Today.AddDays(-7));
        Assert.Equal(recorded, week.GetProperty("recordedDays").GetInt32());
        var pain = week.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("code").GetString() == "symptom.pain");
        var painDays = factory.Data.Days.Where(d => d.Date > factory.Today.AddDays(-7))
            .SelectMany(d => d.ToObservations().Where(o => o.Code == "symptom.pain" && o.Value is not null))
            .Select(o => o.Value!.Value).ToList();
        Assert.Equal(painDays.Count, pain.GetProperty("weekDays").GetInt32());
        Assert.Equal(painDays.Average(), pain.GetProperty("weekMean").GetDouble(), 9);
        Assert.InRange(pain.GetProperty("baselineDays").GetInt32(), 15, 28);
        Assert.True(pain.GetProperty("higherIsWorse").GetBoolean());
    }

    [Fact]
    public async Task Weekly_SuggestionIsThePersonsOwnHeadlineFinding_WithThisWeeksCount()
    {
        var client = await factory.SignInAsync();
        var headline = (await client.GetJsonAsync("/api/v1/insights/associations")).GetProperty("result").GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("level").GetString() == "headline")
            .OrderBy(f => f.GetProperty("q").GetDouble())
            .First();
        var exposure = headline.GetProperty("exposure").GetString()!;

        var suggestion = (await client.GetJsonAsync($"/api/v1/weekly?end={Iso(factory.Today)}")).GetProperty("suggestion");

        Assert.Equal(exposure, suggestion.GetProperty("exposure").GetString());
        Assert.Equal(headline.GetProperty("outcome").GetString(), suggestion.GetProperty("outcome").GetString());
        var count = factory.Data.Days.Count(d => d.Date > factory.Today.AddDays(-7) && d.ToObservations().Any(o => o.Code == exposure && o.Value == 1));
        Assert.Equal(count, suggestion.GetProperty("daysWithExposureThisWeek").GetInt32());
        var text = suggestion.GetProperty("text").GetString()!;
        Assert.StartsWith("From your own diary:", text, StringComparison.Ordinal);
        Assert.Contains("not proven cause", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Weekly_AdherenceCountsDaysMarkedTaken()
    {
        var client = await factory.SignInAsync();
        var ldn = factory.Data.Regimen.Single(r => r.Code == factory.Data.Truth.RegimenChangeCode);

        var adherence = (await client.GetJsonAsync($"/api/v1/weekly?end={Iso(factory.Today)}")).GetProperty("adherence").EnumerateArray()
            .Single(a => a.GetProperty("code").GetString() == ldn.Code);

        var taken = factory.Data.Days.Count(d => d.Date > factory.Today.AddDays(-7) && d.ToObservations().Any(o => o.Code == ldn.Code && o.Value == 1));
        Assert.Equal(taken, adherence.GetProperty("daysTaken").GetInt32());
        Assert.Equal(7, adherence.GetProperty("daysActive").GetInt32());
    }

    [Fact]
    public async Task Weekly_NewPerson_NoSuggestionAndNoEnvelope()
    {
        var client = await Accounts.SignUpAsync(factory);

        var week = await client.GetJsonAsync("/api/v1/weekly");

        Assert.Equal(JsonValueKind.Null, week.GetProperty("suggestion").ValueKind);
        Assert.Equal(JsonValueKind.Null, week.GetProperty("activity").GetProperty("envelope").ValueKind);
        Assert.Equal(0, week.GetProperty("recordedDays").GetInt32());
        Assert.Empty(week.GetProperty("adherence").EnumerateArray());
    }

    [Fact]
    public async Task WeeklyPage_ShowsTheSectionsAndTheSuggestion()
    {
        var client = await factory.CookieSignInAsync();

        using var response = await client.GetAsync("/weekly", Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var heading in new[] { "Against your usual", "Flares", "Medications and supplements", "Activity", "From your own insights" })
        {
            Assert.Contains(heading, html, StringComparison.Ordinal);
        }

        Assert.Contains("From your own diary:", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/insights/days?outcome=", html, StringComparison.Ordinal);
    }
}
