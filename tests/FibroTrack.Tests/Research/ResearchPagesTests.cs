using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Research;

/// <summary>The consent page (/research/consent) and the researcher's page (/research), with the sign-in cookie.</summary>
[Collection(ResearchCohortFixture.Collection)]
public sealed partial class ResearchPagesTests(ResearchCohortFixture cohort)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConsentPage_OptInWithoutTheBox_ErrorAndStillNotConsented()
    {
        using var factory = new FibroTrackFactory();
        var person = await ResearchPeople.SignUpAsync(factory, "box@example.test");
        var browser = await CookieClientAsync(factory, person.Email);

        using var response = await PostFormAsync(browser, "opt-in", []);

        Assert.Contains("Tick the box", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False((await ConsentAsync(person)).GetProperty("consented").GetBoolean());
    }

    [Fact]
    public async Task ConsentPage_OptInThenWithdraw_ChangesTheConsent()
    {
        using var factory = new FibroTrackFactory();
        var person = await ResearchPeople.SignUpAsync(factory, "page@example.test");
        var browser = await CookieClientAsync(factory, person.Email);

        using var optIn = await PostFormAsync(browser, "opt-in", [new("agree", "yes")]);
        var afterOptIn = await ConsentAsync(person);
        using var withdraw = await PostFormAsync(browser, "withdraw", []);
        var afterWithdraw = await ConsentAsync(person);

        Assert.Equal(HttpStatusCode.Redirect, optIn.StatusCode);
        Assert.True(afterOptIn.GetProperty("consented").GetBoolean());
        Assert.False(afterWithdraw.GetProperty("consented").GetBoolean());
        Assert.Equal(1, afterWithdraw.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task ResearchPage_Researcher_ShowsTheCohortAndHidesSmallBins()
    {
        var browser = await CookieClientAsync(cohort.Factory, cohort.Researcher.Email);

        var page = await browser.GetStringAsync("/research", Ct);

        Assert.Contains($"{ResearchCohortFixture.Consenting} people</strong>", page, StringComparison.Ordinal);
        Assert.Contains("fewer than 10", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("Within a person", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResearchPage_PersonWithoutTheRole_TurnedAway()
    {
        var browser = await CookieClientAsync(cohort.Factory, cohort.People[1].Email);

        using var response = await browser.GetAsync("/research", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location?.AbsolutePath);
    }

    private static async Task<HttpClient> CookieClientAsync(FibroTrackFactory factory, string email)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email, password = Accounts.Password }, Ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string handler, KeyValuePair<string, string>[] fields)
    {
        var page = await client.GetStringAsync("/research/consent", Ct);
        var token = TokenRegex().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "The page has no antiforgery token.");
        return await client.PostAsync(
            "/research/consent",
            new FormUrlEncodedContent([.. fields, new("_handler", handler), new("__RequestVerificationToken", token)]),
            Ct);
    }

    private static async Task<JsonElement> ConsentAsync(ResearchPerson person) =>
        await person.Client.GetFromJsonAsync<JsonElement>("/api/v1/research/consent", Ct);

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
