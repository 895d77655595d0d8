namespace FibroTrack.Features.Account;

/// <summary>
/// How many sign-in attempts are let through (configuration section <c>RateLimiting:SignIn</c>). Lockout (10 failed
/// passwords lock an account for 10 minutes) guards one account; these limits slow down a client that tries many
/// accounts, or hammers registration and password reset.
/// </summary>
public sealed class SignInRateLimitOptions
{
    public const string Section = "RateLimiting:SignIn";

    /// <summary>Requests to the sign-in, registration, refresh, password-reset and two-factor endpoints per client IP address and window.</summary>
    public int PermitLimitPerClient { get; set; } = 20;

    /// <summary>Sign-in attempts for one email address per window, from anywhere.</summary>
    public int PermitLimitPerAccount { get; set; } = 10;

    /// <summary>The fixed window both limits count in.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
