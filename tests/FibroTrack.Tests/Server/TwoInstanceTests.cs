using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FibroTrack.Features.Vocabulary;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;
using FibroTrack.Tests.Security;
using Npgsql;

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

    [Fact]
    public async Task VocabularyChangedThroughOneInstance_IsUsedByTheOther()
    {
        using var first = new HttpClient { BaseAddress = First.BaseAddress };
        using var second = new HttpClient { BaseAddress = Second.BaseAddress };
        await SignInBothAsync(first, second, "vocabulary-" + Email);
        if (_database.IsPostgreSql)
        {
            // On PostgreSQL the second instance keeps vocabularies between requests, so this tests its change notices.
            await EventuallyAsync(() => Task.FromResult(Second.Log.Contains(Cached, StringComparison.Ordinal)));
        }

        Assert.DoesNotContain("custom.jaw-clenching", await second.VocabularyCodesAsync());
        var code = (await first.AddScaleAsync("Jaw clenching")).GetProperty("code").GetString()!;
        Assert.Equal("custom.jaw-clenching", code);

        // The notice travels through PostgreSQL, so the other instance may take a moment; without it, five minutes.
        await EventuallyAsync(async () => (await second.VocabularyCodesAsync()).Contains(code));
        using var put = await second.PutDayAsync(ApiCalls.Date(2), new { values = new Dictionary<string, object> { [code] = 4 } });
        Assert.True(put.StatusCode == HttpStatusCode.OK, $"{put.StatusCode}: {await put.Content.ReadAsStringAsync(Ct)}");

        using var delete = await first.DeleteAsync($"/api/v1/custom-variables/{code}", Ct);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await EventuallyAsync(async () => (await second.GetJsonAsync("/api/v1/vocabulary")).GetProperty("variables").EnumerateArray()
            .Single(v => v.GetProperty("code").GetString() == code).GetProperty("archived").GetBoolean());
    }

    [Fact]
    public async Task VocabularyCache_IsOnOnlyWhileTheInstanceHearsEveryChange()
    {
        using var first = new HttpClient { BaseAddress = First.BaseAddress };
        using var second = new HttpClient { BaseAddress = Second.BaseAddress };
        await SignInBothAsync(first, second, "listener-" + Email);
        if (!_database.IsPostgreSql)
        {
            // SQLite: the other process (or the command line) could change the file unheard, so nothing is kept.
            Assert.NotEmpty(await second.VocabularyCodesAsync());
            Assert.DoesNotContain(Cached, Second.Log, StringComparison.Ordinal);
            return;
        }

        await EventuallyAsync(() => Task.FromResult(Second.Log.Contains(Cached, StringComparison.Ordinal)));
        Assert.NotEmpty(await second.VocabularyCodesAsync());

        // Cut both listeners' connections, as a network fault or a database restart would.
        await using (var admin = new NpgsqlConnection(_database.PostgresConnection))
        {
            await admin.OpenAsync(Ct);
            await using var cut = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = @name", admin);
            cut.Parameters.AddWithValue("name", VocabularyChangeListener.ApplicationName);
            Assert.Equal(2L, await cut.ExecuteScalarAsync(Ct));
        }

        await EventuallyAsync(() => Task.FromResult(Second.Log.Contains("Lost the vocabulary change listener", StringComparison.Ordinal)));
        var whileCut = (await first.AddScaleAsync("Brain fog at work")).GetProperty("code").GetString()!;
        Assert.Contains(whileCut, await second.VocabularyCodesAsync());

        // Back after its retry delay, and hearing changes again.
        await EventuallyAsync(() => Task.FromResult(Occurrences(Second.Log, Cached) == 2));
        Assert.Contains(whileCut, await second.VocabularyCodesAsync());
        var afterwards = (await first.AddScaleAsync("Restless legs")).GetProperty("code").GetString()!;
        await EventuallyAsync(async () => (await second.VocabularyCodesAsync()).Contains(afterwards));
    }

    /// <summary>Registers through the first instance and gives both clients its bearer token.</summary>
    private static async Task SignInBothAsync(HttpClient first, HttpClient second, string email)
    {
        await SignInForm.RegisterAsync(first, email, Accounts.Password);
        using var login = await first.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password }, Ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.JsonAsync()).GetProperty("accessToken").GetString();
        first.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        second.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    private const string Cached = "personal vocabularies are now cached";

    private static int Occurrences(string text, string value) => text.Split(value).Length - 1;

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The other instance did not catch up within 10 s.");
            await Task.Delay(50, Ct);
        }
    }
}
