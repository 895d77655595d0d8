using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FibroTrack.Core.Demo;
using FibroTrack.Core.Labs;
using FibroTrack.Core.RedFlags;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Demo;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Api;

/// <summary>The app with one demo account seeded through <see cref="DemoSeeder"/>, once for all tests of the class.</summary>
public sealed class DemoAccountFactory : FibroTrackFactory, IAsyncLifetime
{
    public const string Email = "demo-account@example.test";

    /// <summary>The last day of the demo year, the local date of seeding (as the screenshot tests use).</summary>
    public DateOnly Today { get; } = DateOnly.FromDateTime(DateTime.Now);

    public DemoDataSet Data { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Data = DemoPerson.WithHeadline(Today);
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = Email, Email = Email };
        var created = await users.CreateAsync(user, Accounts.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        var errors = await DemoSeeder.SeedAsync(scope.ServiceProvider, user.Id, Data, CancellationToken.None);
        Assert.Empty(errors);
    }

    /// <summary>Signs in as the demo person with a cookie, as the web pages see them.</summary>
    public async Task<HttpClient> CookieSignInAsync()
    {
        var client = CreateClient();
        using var login = await client.PostAsJsonAsync(
            "/api/v1/auth/login?useCookies=true", new { email = Email, password = Accounts.Password }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        return client;
    }

    /// <summary>Signs in as the demo person through the login endpoint and returns a client holding the bearer token.</summary>
    public async Task<HttpClient> SignInAsync()
    {
        var anonymous = CreateClient();
        using var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = DemoAccountFactory.Email, password = Accounts.Password }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.JsonAsync()).GetProperty("accessToken").GetString();
        Assert.False(string.IsNullOrEmpty(token));

        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

/// <summary>The clinical parts of the demo account, read back through the API as the demo person.</summary>
public sealed class DemoAccountTests(DemoAccountFactory factory) : IClassFixture<DemoAccountFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Infections_AtLeastOne()
    {
        var client = await factory.SignInAsync();
        var infections = (await client.GetJsonAsync("/api/v1/infections")).EnumerateArray().ToList();

        Assert.NotEmpty(infections);
        Assert.Equal(factory.Data.Truth.Infections.Count, infections.Count);
    }

    [Theory]
    [InlineData("fiqr")]
    [InlineData("phq9")]
    [InlineData("gad7")]
    [InlineData("peg")]
    [InlineData("acr2016")]
    public async Task Instruments_ResponsesExist(string instrumentId)
    {
        var client = await factory.SignInAsync();
        var responses = (await client.GetJsonAsync($"/api/v1/instruments/{instrumentId}/responses")).EnumerateArray().ToList();

        Assert.NotEmpty(responses);
        Assert.Equal(DemoInstruments.Generate(factory.Data).Count(r => r.InstrumentId == instrumentId), responses.Count);
    }

    [Fact]
    public async Task Labs_AllDemoResultsStoredAndFlagged()
    {
        var client = await factory.SignInAsync();
        var labs = (await client.GetJsonAsync("/api/v1/labs")).EnumerateArray().ToList();

        Assert.NotEmpty(labs);
        Assert.Equal(DemoLabs.Generate(factory.Data).Count(l => l.SpecimenDate <= factory.Data.Truth.LastDay), labs.Count);
        Assert.Contains(labs, l => l.GetProperty("analyteCode").GetString() == Analytes.Crp && l.GetProperty("flag").GetString() == "high");
        Assert.Contains(labs, l => l.GetProperty("analyteCode").GetString() == Analytes.VitaminD);

        // The age-dependent ESR limit needs the profile's birth date, which the seeder stores last.
        Assert.All(labs.Where(l => l.GetProperty("analyteCode").GetString() == Analytes.Esr),
            l => Assert.Equal("normal", l.GetProperty("flag").GetString()));
    }

    [Fact]
    public async Task RedFlags_PersistentInflammationFromCrpRaisedOnSeparateOccasions()
    {
        var client = await factory.SignInAsync();
        var findings = (await client.GetJsonAsync("/api/v1/red-flags")).EnumerateArray().ToList();

        var finding = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == RedFlagRules.PersistentInflammationId);
        Assert.EndsWith(RedFlagRule.ClosingSentence, finding.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        var evidence = finding.GetProperty("evidence").EnumerateArray().ToList();
        Assert.True(evidence.Count >= 2);
        Assert.All(evidence, e => Assert.Equal(Analytes.Crp, e.GetProperty("code").GetString()));
        var dates = evidence.Select(e => DateOnly.Parse(e.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.True(dates[^1].DayNumber - dates[0].DayNumber >= RedFlagRules.PersistenceDays);
        Assert.All(dates, d => Assert.True(d >= factory.Today.AddMonths(-RedFlagRules.LabWindowMonths) && d <= factory.Today));
    }

    [Fact]
    public async Task Profile_HasSymptomOnsetDate()
    {
        var client = await factory.SignInAsync();
        var profile = await client.GetJsonAsync("/api/v1/profile");

        Assert.Equal(JsonValueKind.String, profile.GetProperty("symptomOnsetDate").ValueKind);
        var onset = DateOnly.Parse(profile.GetProperty("symptomOnsetDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(onset < factory.Data.Truth.FirstDay);
        Assert.Equal("female", profile.GetProperty("sex").GetString());
        Assert.Equal(JsonValueKind.String, profile.GetProperty("birthDate").ValueKind);
    }
}
