using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FibroTrack.Data.Entities;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Api;

/// <summary>The browser side of "my data": download everything with the cookie, and delete the account with the password again.</summary>
public sealed partial class MyDataPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Downloads_WithTheCookie_FhirBundleAndObservationsCsv()
    {
        using var factory = new FibroTrackFactory();
        var (client, _) = await SignedInWithADayAsync(factory, "data@example.test");

        using var fhir = await client.GetAsync("/account/data/fibrotrack-fhir.json", Ct);
        using var csv = await client.GetAsync("/account/data/fibrotrack-observations.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, fhir.StatusCode);
        var bundle = (Hl7.Fhir.Model.Bundle)FibroTrack.Fhir.FhirJson.ParseResource(await fhir.Content.ReadAsStringAsync(Ct));
        Assert.Contains(bundle.Entry, e => e.Resource is Hl7.Fhir.Model.Observation);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("symptom.pain", await csv.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Downloads_Anonymous_SentToSignIn()
    {
        using var factory = new FibroTrackFactory();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/account/data/fibrotrack-fhir.json", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_WrongPasswordThenRight_KeepsThenRemovesTheAccount()
    {
        using var factory = new FibroTrackFactory();
        const string email = "leaving@example.test";
        var (client, _) = await SignedInWithADayAsync(factory, email);

        using var wrong = await PostDeleteAsync(client, "not it");
        Assert.Equal(HttpStatusCode.Redirect, wrong.StatusCode);
        Assert.Equal("/account/data?error=password", wrong.Headers.Location?.OriginalString);
        Assert.NotNull(await FindAsync(factory, email));

        using var right = await PostDeleteAsync(client, Accounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/account/login?deleted=1", right.Headers.Location?.OriginalString);
        Assert.Null(await FindAsync(factory, email));
    }

    [Fact]
    public async Task Delete_WithoutAntiforgeryToken_Refused()
    {
        using var factory = new FibroTrackFactory();
        const string email = "csrf@example.test";
        var (client, _) = await SignedInWithADayAsync(factory, email);

        using var response = await client.PostAsync("/account/delete", new FormUrlEncodedContent([new("password", Accounts.Password)]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await FindAsync(factory, email));
    }

    private static async Task<(HttpClient Client, string Email)> SignedInWithADayAsync(FibroTrackFactory factory, string email)
    {
        var bearer = await Accounts.SignUpAsync(factory, email);
        Assert.Equal(HttpStatusCode.OK, (await bearer.PutDayAsync(ApiCalls.Date(1), new { values = new Dictionary<string, object> { ["symptom.pain"] = 5 } })).StatusCode);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email, password = Accounts.Password }, Ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return (client, email);
    }

    private static async Task<HttpResponseMessage> PostDeleteAsync(HttpClient client, string password)
    {
        var page = await client.GetStringAsync("/account/data", Ct);
        var token = TokenRegex().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), "The page has no antiforgery token.");
        return await client.PostAsync("/account/delete", new FormUrlEncodedContent([new("password", password), new("__RequestVerificationToken", token)]), Ct);
    }

    private static async Task<AppUser?> FindAsync(FibroTrackFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
