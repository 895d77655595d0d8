using System.Net;
using System.Net.Http.Json;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Security;

/// <summary>An unexpected exception becomes a bare 500 problem: no message, no type, no stack trace, outside Development.</summary>
public sealed class ErrorResponseTests
{
    private const string Secret = "exploding-clock-secret-detail";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Testing")]
    [InlineData("Production")]
    public async Task UnhandledException_500ProblemWithoutDetails(string environment)
    {
        using var factory = new FibroTrackFactory();
        using var failing = factory.WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            // Creating an account stamps its creation time: a clock that throws makes sign-up fail deep inside Identity.
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new ExplodingClock()));
        });

        using var response = await failing.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email = "boom@example.test", password = Accounts.Password }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs", body, StringComparison.Ordinal);
    }

    private sealed class ExplodingClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException(Secret);
    }
}
