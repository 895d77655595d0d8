using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Api;

/// <summary>Everything under /api/v1 except the Identity endpoints needs a bearer token; nothing else will do.</summary>
public sealed class AuthenticationTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> ApiEndpoints => new()
    {
        { "GET", "/api/v1/days/2024-01-01" },
        { "PUT", "/api/v1/days/2024-01-01" },
        { "GET", "/api/v1/days" },
        { "GET", "/api/v1/days?from=2024-01-01&to=2024-01-31" },
        { "GET", "/api/v1/vocabulary" },
        { "GET", "/api/v1/regimen" },
        { "GET", "/api/v1/regimen/options" },
        { "GET", "/api/v1/regimen/1" },
        { "POST", "/api/v1/regimen" },
        { "POST", "/api/v1/regimen/1/doses" },
        { "POST", "/api/v1/regimen/1/stop" },
        { "DELETE", "/api/v1/regimen/1" },
        { "GET", "/api/v1/custom-variables" },
        { "POST", "/api/v1/custom-variables" },
        { "DELETE", "/api/v1/custom-variables/custom.x" },
        { "POST", "/api/v1/custom-variables/custom.x/restore" },
    };

    [Theory]
    [MemberData(nameof(ApiEndpoints))]
    public async Task ApiEndpoint_NoToken_Returns401(string method, string path)
    {
        var anonymous = factory.CreateClient();

        using var request = Request(method, path);
        using var response = await anonymous.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ApiEndpoints))]
    public async Task ApiEndpoint_ForgedToken_Returns401(string method, string path)
    {
        var forged = factory.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "CfDJ8-not-a-real-token");

        using var request = Request(method, path);
        using var response = await forged.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Every route the app maps under /api/v1, found from the routing table, so an endpoint added later is covered too.</summary>
    [Fact]
    public async Task EveryMappedApiEndpoint_NoToken_Returns401()
    {
        var anonymous = factory.CreateClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1/", StringComparison.Ordinal) == true)
            .Where(e => !e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/v1/auth", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Path: Concrete(e.RoutePattern.RawText!))))
            .ToList();
        Assert.True(endpoints.Count >= ApiEndpoints.Count - 1, $"Only {endpoints.Count} API endpoints found.");

        var refused = new List<string>();
        foreach (var (method, path) in endpoints)
        {
            using var request = Request(method, path);
            using var response = await anonymous.SendAsync(request, Ct);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                refused.Add($"{method} {path} -> {(int)response.StatusCode}");
            }
        }

        Assert.Empty(refused);
    }

    [Fact]
    public async Task ApiEndpoint_SignInCookieWithoutToken_Returns401()
    {
        var email = $"cookie-{Guid.NewGuid():N}@example.test";
        var browser = factory.CreateClient();
        using (var register = await browser.PostAsJsonAsync("/api/v1/auth/register", new { email, password = Accounts.Password }, Ct))
        {
            register.EnsureSuccessStatusCode();
        }

        using var login = await browser.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email, password = Accounts.Password }, Ct);
        login.EnsureSuccessStatusCode();
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("fibrotrack=", StringComparison.Ordinal));

        // The client keeps and sends the cookie, as a browser would.
        using var response = await browser.GetAsync("/api/v1/vocabulary", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ApiEndpoint_ValidToken_Returns200()
    {
        var person = await Accounts.SignUpAsync(factory);

        using var response = await person.GetAsync("/api/v1/vocabulary", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static HttpRequestMessage Request(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT")
        {
            // A well-formed body, so nothing but the missing credentials can be refused.
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return request;
    }

    /// <summary>A concrete path for a route pattern: numbers for :long parameters, a date for {date}, a word otherwise.</summary>
    private static string Concrete(string pattern) => "/" + System.Text.RegularExpressions.Regex.Replace(
        pattern.TrimStart('/'),
        @"\{(?<name>[a-zA-Z]+)(?<constraint>:[a-z]+)?\}",
        m => m.Groups["constraint"].Value == ":long" ? "1"
            : m.Groups["name"].Value == "date" ? "2024-01-01"
            : m.Groups["name"].Value == "code" ? "custom.x"
            : "fiqr");
}
