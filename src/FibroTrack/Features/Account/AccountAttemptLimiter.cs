using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace FibroTrack.Features.Account;

/// <summary>
/// Counts sign-in attempts per email address, whatever the client's address, so that many machines guessing one
/// person's password are slowed down too (lockout then stops them after ten wrong passwords). Used by the API's login
/// (<see cref="LoginAttemptFilter"/>) and by the sign-in form.
/// </summary>
public sealed class AccountAttemptLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public AccountAttemptLimiter(IOptions<SignInRateLimitOptions> options)
    {
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(
            email => RateLimitPartition.GetFixedWindowLimiter(email, _ => SignInRateLimits.Window(limits.PermitLimitPerAccount, limits.Window)));
    }

    /// <summary>Takes one attempt for <paramref name="email"/>; a refused lease says when to retry.</summary>
    public RateLimitLease Attempt(string? email) =>
        _limiter.AttemptAcquire((email ?? string.Empty).Trim().ToUpperInvariant());

    public void Dispose() => _limiter.Dispose();
}
