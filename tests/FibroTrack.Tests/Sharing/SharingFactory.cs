using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Admin;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FibroTrack.Tests.Sharing;

/// <summary>The real app with a clock the test moves (grant expiry), and the steps of sharing as helpers.</summary>
public sealed class SharingFactory : FibroTrackFactory
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Starts at the real time, so dates the API checks against "today" agree with the test's.</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public string Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public string InDays(int days) => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A new account with the Clinician role, given as an administrator would.</summary>
    public async Task<(HttpClient Client, string Email)> ClinicianAsync()
    {
        var email = $"clinician-{Guid.NewGuid():N}@example.test";
        var client = await Accounts.SignUpAsync(this, email);
        await using var scope = Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!;
        Assert.Equal(UserRoleService.Outcome.Done, await scope.ServiceProvider.GetRequiredService<UserRoleService>().ChangeAsync(user, Roles.Clinician, add: true));
        return (client, email);
    }

    /// <summary>A new person with a couple of diary days, their email and account id.</summary>
    public async Task<(HttpClient Client, string Email, string Id)> PersonAsync()
    {
        var email = $"person-{Guid.NewGuid():N}@example.test";
        var client = await Accounts.SignUpAsync(this, email);
        foreach (var daysAgo in new[] { 1, 2, 3 })
        {
            using var put = await client.PutDayAsync(ApiCalls.Date(daysAgo), new { values = new Dictionary<string, object> { ["symptom.pain"] = 4 + daysAgo } });
            put.EnsureSuccessStatusCode();
        }

        return (client, email, await IdOfAsync(email));
    }

    public async Task<string> IdOfAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }

    /// <summary>Signs in again (a fresh bearer token at the clock's current time).</summary>
    public async Task<HttpClient> SignInAsync(string email)
    {
        using var login = await CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password }, Ct);
        login.EnsureSuccessStatusCode();
        var token = (await login.JsonAsync()).GetProperty("accessToken").GetString();
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The person creates a code grant; returns the grant's id and the code.</summary>
    public async Task<(long Id, string Code)> ShareByCodeAsync(HttpClient person, string scope = "readAll", int days = 30)
    {
        var created = await person.CreateAsync("/api/v1/sharing/grants", new { scope, expiresOn = InDays(days) });
        return (created.GetProperty("grant").GetProperty("id").GetInt64(), created.GetProperty("code").GetString()!);
    }

    /// <summary>Person shares by code and the clinician accepts it: the usual start of a test.</summary>
    public async Task<long> ShareAndAcceptAsync(HttpClient person, HttpClient clinician, string scope = "readAll", int days = 30)
    {
        var (id, code) = await ShareByCodeAsync(person, scope, days);
        using var accepted = await clinician.PostJsonAsync("/api/v1/clinician/grants/accept", new { code });
        accepted.EnsureSuccessStatusCode();
        return id;
    }

    public static async Task<List<JsonElement>> AuditAsync(HttpClient person) =>
        [.. (await person.GetJsonAsync("/api/v1/sharing/audit")).GetProperty("entries").EnumerateArray()];
}
