using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;
using FibroTrack.Tests.Security;

namespace FibroTrack.Tests.Server;

/// <summary>
/// Two processes of the real server on two loopback ports over one database (one PostgreSQL database in the PostgreSQL
/// pass, one SQLite file otherwise), started at the same moment on an empty database: what a load balancer in front of
/// several instances relies on. Nothing session-like may live in one process.
/// </summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private const string Email = "two-instances@example.test";
    private readonly TestDatabase _database = TestDatabase.Create();
    private ServerProcess? _first;
    private ServerProcess? _second;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ServerProcess First => _first!;

    private ServerProcess Second => _second!;

    public async ValueTask InitializeAsync()
    {
        // Both at once: the migrations and the first data-protection key race, as in a real rolling start.
        _first = ServerProcess.Start(_database);
        _second = ServerProcess.Start(_database);
        try
        {
            await Task.WhenAll(First.WaitUntilHealthyAsync(Ct), Second.WaitUntilHealthyAsync(Ct));
        }
        catch
        {
            // xUnit does not dispose a test class whose initialisation failed: stop both processes here.
            await DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_first is not null)
        {
            await _first.DisposeAsync();
            _first = null;
        }

        if (_second is not null)
        {
            await _second.DisposeAsync();
            _second = null;
        }

        _database.Dispose();
    }

    [Fact]
    public async Task BearerTokenFromOneInstance_WriteThroughOneReadThroughTheOther()
    {
        using var first = new HttpClient { BaseAddress = First.BaseAddress };
        using var second = new HttpClient { BaseAddress = Second.BaseAddress };
        await SignInForm.RegisterAsync(first, Email, Accounts.Password);
        using var login = await first.PostAsJsonAsync("/api/v1/auth/login", new { email = Email, password = Accounts.Password }, Ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.JsonAsync()).GetProperty("accessToken").GetString();
        first.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        second.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var date = ApiCalls.Date(1);

        using var put = await first.PutDayAsync(date, new { values = new Dictionary<string, object> { ["symptom.pain"] = 6, ["symptom.fatigue"] = 3 } });
        Assert.True(put.StatusCode == HttpStatusCode.OK, $"{put.StatusCode}: {await put.Content.ReadAsStringAsync(Ct)}\n{First.Log}");
        using var get = await second.GetDayAsync(date);

        Assert.True(get.StatusCode == HttpStatusCode.OK, $"{get.StatusCode}: {await get.Content.ReadAsStringAsync(Ct)}\n{Second.Log}");
        var values = (await get.JsonAsync()).GetProperty("values");
        Assert.Equal(6, values.GetProperty("symptom.pain").GetDouble());
        Assert.Equal(3, values.GetProperty("symptom.fatigue").GetDouble());
        Assert.Equal(await (await first.GetDayAsync(date)).Content.ReadAsStringAsync(Ct), await get.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task CookieFromOneInstance_PagesAndFormsOfTheOther()
    {
        // One cookie jar for both: a browser behind a load balancer sees one host.
        var cookies = new CookieContainer();
        using var firstHandler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var secondHandler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var first = new HttpClient(firstHandler) { BaseAddress = First.BaseAddress };
        using var second = new HttpClient(secondHandler) { BaseAddress = Second.BaseAddress };
        await SignInForm.RegisterAsync(first, "cookie-" + Email, Accounts.Password);

        using var login = await SignInForm.PostLoginAsync(first, "cookie-" + Email, Accounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        // The other instance reads the cookie (data-protection keys are shared through the database)…
        using var today = await second.GetAsync("/", Ct);
        var html = await today.Content.ReadAsStringAsync(Ct);
        Assert.True(today.StatusCode == HttpStatusCode.OK, $"{today.StatusCode} {today.Headers.Location}\n{Second.Log}");
        Assert.Contains("<h1>Today</h1>", html, StringComparison.Ordinal);

        // …and accepts a form whose antiforgery token the first instance issued.
        var page = await first.GetStringAsync("/profile", Ct);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token));
        using var save = await second.PostAsync("/profile", new FormUrlEncodedContent(
            [new("_handler", "profile"), new("__RequestVerificationToken", token), new("birthDate", "1980-05-01")]), Ct);
        Assert.True((int)save.StatusCode is >= 200 and < 400, $"{save.StatusCode}\n{Second.Log}");
        Assert.Contains("value=\"1980-05-01\"", await first.GetStringAsync("/profile", Ct), StringComparison.Ordinal);
    }
}
