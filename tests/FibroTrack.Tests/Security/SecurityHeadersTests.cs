using FibroTrack.Data.Entities;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Security;

/// <summary>
/// Response headers and cookie flags. HTTPS is the test server's https scheme: the app reads Request.IsHttps from the
/// connection (it trusts no X-Forwarded-Proto), which is what the test server sets for an https:// request, as Kestrel
/// does for a TLS connection. The host is not localhost, which HSTS leaves out on purpose.
/// </summary>
public sealed class SecurityHeadersTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static readonly Uri Https = new("https://fibrotrack.example/");
    private static readonly Uri Http = new("http://fibrotrack.example/");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/api/v1/days")]
    [InlineData("/health")]
    public async Task AnyResponse_StrictHeaders(string path)
    {
        using var response = await Client(Http).GetAsync(path, Ct);

        var csp = Header(response, "Content-Security-Policy");
        var directives = csp.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d, StringComparer.Ordinal);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.Equal("style-src 'self'", directives["style-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Https_SendsHstsForAYear()
    {
        using var response = await Client(Https).GetAsync("/account/login", Ct);

        Assert.Equal("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task PlainHttp_NoHsts()
    {
        using var response = await Client(Http).GetAsync("/account/login", Ct);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task ForwardedProtoHttps_NotTrusted_NoHsts()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await Client(Http).SendAsync(request, Ct);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SignInCookie_HttpOnlySameSiteLax_SecureExactlyOnHttps(bool https)
    {
        var client = Client(https ? Https : Http);
        var email = $"cookie-{Guid.NewGuid():N}@example.test";
        await SignInForm.RegisterAsync(client, email, Accounts.Password);

        using var login = await SignInForm.PostLoginAsync(client, email, Accounts.Password);

        var cookie = Cookie(login, "fibrotrack=");
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(https, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AntiforgeryCookie_HttpOnlySameSiteStrict_SecureExactlyOnHttps(bool https)
    {
        using var page = await Client(https ? Https : Http).GetAsync("/account/login", Ct);

        var cookie = Cookie(page, ".AspNetCore.Antiforgery.");
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(https, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task TwoFactorStepCookie_HttpOnlySameSiteLaxSecureOnHttps()
    {
        var client = Client(Https);
        var email = $"cookie-2fa-{Guid.NewGuid():N}@example.test";
        await SignInForm.RegisterAsync(client, email, Accounts.Password);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
        }

        using var login = await SignInForm.PostLoginAsync(client, email, Accounts.Password);

        var cookie = Cookie(login, "Identity.TwoFactorUserId=");
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("fibrotrack=", StringComparison.Ordinal));
    }

    private HttpClient Client(Uri baseAddress) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = baseAddress, AllowAutoRedirect = false });

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : throw new Xunit.Sdk.XunitException($"No {name} header.");

    private static string Cookie(HttpResponseMessage response, string prefix) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(prefix, StringComparison.Ordinal));
}
