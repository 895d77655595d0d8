using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FibroTrack.Tests.Infrastructure;
using static FibroTrack.Tests.Api.ApiCalls;

namespace FibroTrack.Tests.Api;

/// <summary>
/// The insights pages (<c>/insights</c>, <c>/insights/days</c>) as a signed-in browser sees them, over a year of demo data.
/// Expected values come from the insights API of the same person, so the page is checked against the engine's numbers.
/// </summary>
public sealed partial class InsightsPageTests(DemoAccountFactory factory) : IClassFixture<DemoAccountFactory>
{
    private const string ProcessedFoodDays = "/insights/days?outcome=symptom.pain&exposure=diet.processed-food&lag=1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Insights_DemoData_HeadlineProcessedFoodFindingLinksToItsDays()
    {
        var html = await PageAsync(await CookieClientAsync(DemoAccountFactory.Email), "/insights");

        var finding = Assert.Single(Articles(html, "finding"), a => a.Contains("Processed food and overall pain", StringComparison.Ordinal));
        Assert.Contains("level-headline", finding, StringComparison.Ordinal);
        Assert.Contains("Processed food and overall pain the next day", finding, StringComparison.Ordinal);
        Assert.Contains($"href=\"{ProcessedFoodDays}\"", WebUtility.HtmlDecode(finding), StringComparison.Ordinal);
        Assert.Contains("not proven cause", finding, StringComparison.Ordinal);
        // The caution is said once, near the top, before any finding.
        Assert.True(html.IndexOf("Patterns, not proof", StringComparison.Ordinal) is var notice and >= 0 && notice < html.IndexOf("class=\"card finding\"", StringComparison.Ordinal));
        Assert.Contains("talk to your clinician", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insights_DemoData_FlareCalendarMarksEveryDetectedFlareDayOfTheLast12Months()
    {
        var flares = (await (await BearerClientAsync(DemoAccountFactory.Email)).GetJsonAsync("/api/v1/insights/flares")).GetProperty("result");
        var days = flares.GetProperty("days").EnumerateArray()
            .Select(d => (Date: DateOnly.Parse(d.GetProperty("date").GetString()!, CultureInfo.InvariantCulture), InFlare: d.GetProperty("inFlare").GetBoolean()))
            .ToList();
        var last = days[^1].Date;
        var calendarStart = new DateOnly(last.Year, last.Month, 1).AddMonths(-11);
        var expected = days.Where(d => d.InFlare && d.Date >= calendarStart).Select(d => d.Date).ToList();
        Assert.NotEmpty(expected);

        var html = await PageAsync(await CookieClientAsync(DemoAccountFactory.Email), "/insights");

        Assert.Contains("class=\"flare-calendar\"", html, StringComparison.Ordinal);
        Assert.Equal(12, Regex.Count(html, "<table class=\"flare-month\""));
        Assert.Equal(expected.Count, Regex.Count(html, "<td class=\"day-flare"));
        foreach (var date in expected)
        {
            Assert.Contains(date.ToString("d MMMM", CultureInfo.InvariantCulture) + ": in a flare", html, StringComparison.Ordinal);
        }

        // The episodes list links each flare's first day to its check-in.
        var first = flares.GetProperty("episodes").EnumerateArray().First().GetProperty("start").GetString();
        Assert.Contains($"href=\"/checkin/{first}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insights_DemoData_TreatmentTimelineListsChangesInDateOrderWithChart()
    {
        var html = await PageAsync(await CookieClientAsync(DemoAccountFactory.Email), "/insights");

        var timeline = TimelineRegex().Match(html);
        Assert.True(timeline.Success, "no treatment timeline");
        Assert.Contains("starting Low-dose naltrexone", timeline.Value, StringComparison.Ordinal);
        var dates = Regex.Matches(timeline.Value, "<time datetime=\"([0-9-]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.True(dates.Count >= 2);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        // A change before the diary began says why it has no result.
        Assert.Contains("came before your diary starts", timeline.Value, StringComparison.Ordinal);
        var chart = html.IndexOf("aria-labelledby=\"h-treatments\"", StringComparison.Ordinal);
        Assert.True(chart >= 0);
        Assert.Contains("<svg", html[chart..html.IndexOf("<ol class=\"timeline\"", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insights_NoDiary_ShowsEmptyStateLinkingToToday()
    {
        var html = await PageAsync(await CookieClientAsync(await RegisterAsync()), "/insights");

        Assert.Contains("No insights yet", html, StringComparison.Ordinal);
        Assert.Matches("<a class=\"button-link\" href=\"/\">Go to today(&#x27;|')s check-in</a>", html);
        Assert.DoesNotContain("flare-calendar", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindingDays_DemoData_ListsTheApiDaysEachLinkedToItsCheckIn()
    {
        var api = (await (await BearerClientAsync(DemoAccountFactory.Email))
            .GetJsonAsync("/api/v1/insights/associations/days?outcome=symptom.pain&exposure=diet.processed-food&lag=1")).EnumerateArray()
            .Select(d => d.GetProperty("date").GetString()!)
            .ToList();
        Assert.NotEmpty(api);

        var html = await PageAsync(await CookieClientAsync(DemoAccountFactory.Email), ProcessedFoodDays);

        var linked = Regex.Matches(html, "<a href=\"/checkin/([0-9]{4}-[0-9]{2}-[0-9]{2})\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(api, linked);
        Assert.Contains("Processed food the day before", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/insights/days?outcome=symptom.nothing&exposure=diet.processed-food&lag=1")]
    [InlineData("/insights/days?outcome=symptom.pain&exposure=diet.processed-food&lag=9")]
    [InlineData("/insights/days?outcome=symptom.pain&exposure=diet.processed-food&lag=one")]
    [InlineData("/insights/days")]
    public async Task FindingDays_UnknownParameters_ShowsFriendlyNotFoundMessage(string path)
    {
        var html = await PageAsync(await CookieClientAsync(DemoAccountFactory.Email), path);

        Assert.Contains("Pattern not found", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/checkin/", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insights_OtherPerson_SeesOnlyTheirOwn()
    {
        var email = await RegisterAsync();
        var b = await BearerClientAsync(email);
        foreach (var daysAgo in new[] { 1, 2 })
        {
            using var put = await b.PutDayAsync(Date(daysAgo), new { values = new Dictionary<string, object> { ["symptom.pain"] = 3 } });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var client = await CookieClientAsync(email);
        var html = await PageAsync(client, "/insights");

        Assert.Contains("2 days recorded", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Processed food and overall pain", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Low-dose naltrexone", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td class=\"day-flare", html, StringComparison.Ordinal);

        // The demo person's days behind their finding are not B's: B's two days are too few to rest anything on.
        var days = await PageAsync(client, ProcessedFoodDays);
        Assert.Contains("Pattern not found", days, StringComparison.Ordinal);
        Assert.DoesNotContain("/checkin/", days, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Insights_NotSignedIn_RedirectsToSignIn()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/insights/days?outcome=symptom.pain&exposure=diet.processed-food&lag=1", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location?.AbsolutePath);
    }

    [GeneratedRegex("<ol class=\"timeline\">.*?</ol>", RegexOptions.Singleline)]
    private static partial Regex TimelineRegex();

    private static IEnumerable<string> Articles(string html, string kind) =>
        Regex.Matches(html, $"<article class=\"card {kind}\".*?</article>", RegexOptions.Singleline).Select(m => m.Value);

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private async Task<string> RegisterAsync()
    {
        var email = $"insights-{Guid.NewGuid():N}@example.test";
        using var register = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = Accounts.Password }, Ct);
        register.EnsureSuccessStatusCode();
        return email;
    }

    /// <summary>A client holding the sign-in cookie, as a browser would after signing in.</summary>
    private async Task<HttpClient> CookieClientAsync(string email)
    {
        var client = factory.CreateClient();
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email, password = Accounts.Password }, Ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return client;
    }

    private async Task<HttpClient> BearerClientAsync(string email)
    {
        using var login = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password }, Ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
