using Microsoft.AspNetCore.Identity.Data;

namespace FibroTrack.Features.Account;

/// <summary>The per-account limit on <c>POST /api/v1/auth/login</c>: Identity's endpoint, with the email read from its own request.</summary>
internal sealed class LoginAttemptFilter(AccountAttemptLimiter limiter) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.Arguments.OfType<LoginRequest>().FirstOrDefault() is not { } login)
        {
            return await next(context);
        }

        using var lease = limiter.Attempt(login.Email);
        if (!lease.IsAcquired)
        {
            await SignInRateLimits.WriteTooManyAsync(context.HttpContext, lease);
            return Results.Empty;
        }

        return await next(context);
    }
}
