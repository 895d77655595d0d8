using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace FibroTrack.Features.Account;

/// <summary>
/// The rate limits of everything that takes a password or a code: the API's <c>/api/v1/auth/*</c> and the sign-in,
/// sign-up, two-factor and security form posts. Counted per client IP address, in a fixed window; a refusal is a 429
/// problem with <c>Retry-After</c>. Sign-in is also counted per account (<see cref="AccountAttemptLimiter"/>).
/// </summary>
public static class SignInRateLimits
{
    /// <summary>The policy name that endpoints and pages opt into with <c>RequireRateLimiting</c> or <c>[EnableRateLimiting]</c>.</summary>
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services)
    {
        services.AddOptions<SignInRateLimitOptions>().BindConfiguration(SignInRateLimitOptions.Section);
        services.AddSingleton<AccountAttemptLimiter>();
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, http =>
            {
                // Loading a form offers nothing to guess; the API's GETs take a long signed code (confirmEmail) or a token (manage/info).
                if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var limits = http.RequestServices.GetRequiredService<IOptionsMonitor<SignInRateLimitOptions>>().CurrentValue;
                return RateLimitPartition.GetFixedWindowLimiter(ClientKey(http), _ => Window(limits.PermitLimitPerClient, limits.Window));
            });
            o.OnRejected = (context, _) => WriteTooManyAsync(context.HttpContext, context.Lease);
        });
        return services;
    }

    internal static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>
    /// The client's address as the socket saw it. Forwarded headers are not trusted (the app does not enable them), so
    /// behind a reverse proxy every client shares the proxy's partition: set the proxy's own limits there.
    /// </summary>
    private static string ClientKey(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>429 with Retry-After (whole seconds) and a problem body.</summary>
    internal static async ValueTask WriteTooManyAsync(HttpContext http, RateLimitLease lease)
    {
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many attempts.",
                Detail = $"Too many attempts. Try again in {seconds} seconds.",
            },
        });
    }
}
