using FibroTrack.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace FibroTrack.Features.Account;

/// <summary>
/// The blocklist check NIST SP 800-63B (§5.1.1.2) asks for instead of composition rules: a password may not be the
/// account's own email address (or the part before the @), nor one of the passwords every guessing list starts with.
/// Identity's own validator checks the length (at least 8 characters).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    /// <summary>
    /// Implementation note: a short list on purpose. Lockout (10 attempts) and the sign-in rate limits make an online
    /// attacker's budget a few dozen guesses per account, so what matters is refusing the first few dozen of every
    /// guessing list; a full breach corpus would need a file or a network call this self-hosted app does not make.
    /// Only entries of 8 characters or more are listed, since shorter ones fail the length rule anyway.
    /// </summary>
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd", "p@ssword",
        "12345678", "123456789", "1234567890", "0123456789", "87654321", "11111111", "00000000", "12341234",
        "11223344", "12121212", "88888888", "99999999", "123123123", "1q2w3e4r", "1q2w3e4r5t", "q1w2e3r4",
        "qwertyui", "qwertyuiop", "qwerty123", "qwerty12", "asdfghjk", "asdfghjkl", "zxcvbnm1", "1qaz2wsx",
        "iloveyou", "iloveyou1", "sunshine", "princess", "football", "baseball", "welcome1", "welcome123",
        "superman", "starwars", "trustno1", "letmein1", "whatever", "computer", "michelle", "jennifer",
        "abcdefgh", "abcd1234", "abc12345", "aa123456", "changeme", "default1", "administrator", "admin123",
        "fibromyalgia", "fibrotrack", "fibrotrack1", "fibrotrack123",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var candidate = password.Trim();
        if (SameAsAccount(candidate, user.Email) || SameAsAccount(candidate, user.UserName))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordIsEmail",
                Description = "The password must not be your email address.",
            }));
        }

        return Task.FromResult(Common.Contains(candidate)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooCommon",
                Description = "This password is one of the first that anyone guessing would try. Choose another; a few unrelated words make a strong one.",
            })
            : IdentityResult.Success);
    }

    private static bool SameAsAccount(string password, string? account)
    {
        if (string.IsNullOrEmpty(account))
        {
            return false;
        }

        var at = account.IndexOf('@', StringComparison.Ordinal);
        return string.Equals(password, account, StringComparison.OrdinalIgnoreCase)
               || (at > 0 && string.Equals(password, account[..at], StringComparison.OrdinalIgnoreCase));
    }
}
