using System.Net;
using System.Net.Http.Json;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Security;

/// <summary>
/// The sign-in rate limits with low configured values: per client address on every /api/v1/auth operation and the
/// sign-in form, per account on sign-in. A refusal is 429 with Retry-After and a problem body.
/// </summary>
public sealed class SignInRateLimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ConfiguredFactory Limited(int perClient, int perAccount) => new(new Dictionary<string, string>
    {
        ["RateLimiting:SignIn:PermitLimitPerClient"] = perClient.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting:SignIn:PermitLimitPerAccount"] = perAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting:SignIn:Window"] = "00:10:00",
    });

    [Fact]
    public async Task ApiLogin_MoreThanTheClientLimit_429WithRetryAfterAndProblem()
    {
        using var factory = Limited(perClient: 3, perAccount: 100);
        var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = $"nobody{i}@example.test", password = "not the password" }, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        using var refused = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody9@example.test", password = "not the password" }, Ct);

        await AssertTooManyAsync(refused);
    }

    [Fact]
    public async Task ApiRegisterAndForgotPassword_CountTowardTheSameClientLimit()
    {
        using var factory = Limited(perClient: 2, perAccount: 100);
        var client = factory.CreateClient();
        using (var register = await client.PostAsJsonAsync("/api/v1/auth/register", new { email = "limited@example.test", password = Accounts.Password }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        }

        using (var forgot = await client.PostAsJsonAsync("/api/v1/auth/forgotPassword", new { email = "limited@example.test" }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, forgot.StatusCode);
        }

        using var refused = await client.PostAsJsonAsync("/api/v1/auth/resetPassword", new { email = "limited@example.test", resetCode = "x", newPassword = "another long password" }, Ct);

        await AssertTooManyAsync(refused);
    }

    [Fact]
    public async Task ApiLogin_MoreThanTheAccountLimit_429ForThatAccountOnly()
    {
        using var factory = Limited(perClient: 100, perAccount: 2);
        var client = factory.CreateClient();
        const string email = "target@example.test";
        await SignInForm.RegisterAsync(client, email, Accounts.Password);
        for (var i = 0; i < 2; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "not the password" }, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var refused = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "TARGET@example.test", password = Accounts.Password }, Ct);
        using var other = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "someone-else@example.test", password = "not the password" }, Ct);

        await AssertTooManyAsync(refused);
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
    }

    [Fact]
    public async Task LoginForm_MoreThanTheClientLimit_429AndPageStillLoads()
    {
        using var factory = Limited(perClient: 2, perAccount: 100);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await SignInForm.PostLoginAsync(client, $"nobody{i}@example.test", "not the password");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Contains("do not match an account", await allowed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        using var refused = await SignInForm.PostLoginAsync(client, "nobody9@example.test", "not the password");

        await AssertTooManyAsync(refused);
        using var page = await client.GetAsync("/account/login", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task LoginForm_MoreThanTheAccountLimit_429WithMessage()
    {
        using var factory = Limited(perClient: 100, perAccount: 1);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        const string email = "form-target@example.test";
        await SignInForm.RegisterAsync(client, email, Accounts.Password);
        using (var first = await SignInForm.PostLoginAsync(client, email, "not the password"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var refused = await SignInForm.PostLoginAsync(client, email, Accounts.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many sign-in attempts for this account", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(refused.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("fibrotrack=", StringComparison.Ordinal)));
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var seconds = int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 600);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
        Assert.Contains("Try again in", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
