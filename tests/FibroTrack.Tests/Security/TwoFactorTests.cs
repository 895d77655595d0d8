using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;
using OtpNet;

namespace FibroTrack.Tests.Security;

/// <summary>
/// Optional TOTP two-factor sign-in: set up on /account/security (key, otpauth URI, QR code, a code checked before it is
/// turned on, recovery codes shown once), then asked for after the password by the sign-in form and the API. Codes are
/// computed here with Otp.NET from the key the page shows, as a phone app would.
/// </summary>
public sealed partial class TwoFactorTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SecurityPage_NotYetOn_ShowsKeyUriAndInlineSvgQrWithoutStylesOrScripts()
    {
        var (browser, email) = await SignedInBrowserAsync();

        var page = await browser.GetStringAsync("/account/security", Ct);

        var key = KeyRegex().Match(page).Groups[1].Value;
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);
        var uri = WebUtility.HtmlDecode(UriRegex().Match(page).Groups[1].Value);
        Assert.StartsWith($"otpauth://totp/FibroTrack:{Uri.EscapeDataString(email)}?secret={key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()}", uri, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);

        // The same key on a second visit: a reload must not invalidate what the phone already scanned.
        Assert.Equal(key, KeyRegex().Match(await browser.GetStringAsync("/account/security", Ct)).Groups[1].Value);
    }

    [Fact]
    public async Task Enable_WrongCodeThenRight_RefusesThenShowsTenRecoveryCodesOnce()
    {
        var (browser, _) = await SignedInBrowserAsync();
        var key = await ShownKeyAsync(browser);

        using var wrong = await SignInForm.PostFormAsync(browser, "/account/security", "enable-2fa", [new("Code", WrongCode(key))]);
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("Turn on two-factor sign-in", await browser.GetStringAsync("/account/security", Ct), StringComparison.Ordinal);

        using var right = await SignInForm.PostFormAsync(browser, "/account/security", "enable-2fa", [new("Code", Code(key))]);
        var codes = RecoveryCodes(await right.Content.ReadAsStringAsync(Ct));

        Assert.Equal(10, codes.Count);
        var later = await browser.GetStringAsync("/account/security", Ct);
        Assert.Contains("You have 10 recovery", later, StringComparison.Ordinal);
        Assert.All(codes, c => Assert.DoesNotContain(c, later, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoginForm_TwoFactorOn_AsksForCodeRefusesWrongAcceptsRight()
    {
        var (email, key, _) = await WithTwoFactorAsync();
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var password = await SignInForm.PostLoginAsync(browser, email, Accounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Equal("/account/login/two-factor", password.Headers.Location?.AbsolutePath);
        Assert.False(await SignedInAsync(browser), "The password alone signed the person in.");

        using var wrong = await SignInForm.PostFormAsync(browser, "/account/login/two-factor", "two-factor", [new("Code", WrongCode(key))]);
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await SignedInAsync(browser));

        using var right = await SignInForm.PostFormAsync(browser, "/account/login/two-factor", "two-factor", [new("Code", Code(key))]);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.True(await SignedInAsync(browser));
    }

    [Fact]
    public async Task TwoFactorPage_WithoutThePasswordStep_SentBackToSignIn()
    {
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await browser.GetAsync("/account/login/two-factor", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task LoginForm_RecoveryCode_WorksOnceOnly()
    {
        var (email, _, codes) = await WithTwoFactorAsync();

        Assert.True(await SignInWithSecondStepAsync(email, codes[0]));
        Assert.False(await SignInWithSecondStepAsync(email, codes[0]));
        Assert.True(await SignInWithSecondStepAsync(email, codes[1]));
    }

    [Fact]
    public async Task ApiLogin_TwoFactorOn_NeedsTheCode()
    {
        var (email, key, codes) = await WithTwoFactorAsync();
        var client = factory.CreateClient();

        using var without = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password }, Ct);
        using var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password, twoFactorCode = WrongCode(key) }, Ct);
        using var right = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password, twoFactorCode = Code(key) }, Ct);
        using var recovery = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password, twoFactorRecoveryCode = codes[2] }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal("RequiresTwoFactor", (await without.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recovery.StatusCode);
    }

    [Fact]
    public async Task Disable_WrongPasswordThenRight_StaysOnThenPasswordAloneSignsIn()
    {
        var (email, key, _) = await WithTwoFactorAsync();
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        using (await SignInForm.PostLoginAsync(browser, email, Accounts.Password))
        using (await SignInForm.PostFormAsync(browser, "/account/login/two-factor", "two-factor", [new("Code", Code(key))]))
        {
            Assert.True(await SignedInAsync(browser));
        }

        using var wrong = await SignInForm.PostFormAsync(browser, "/account/security", "disable-2fa", [new("Password", "not the password")]);
        Assert.Contains("Two-factor sign-in is still on", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        using var right = await SignInForm.PostFormAsync(browser, "/account/security", "disable-2fa", [new("Password", Accounts.Password)]);
        var page = await right.Content.ReadAsStringAsync(Ct);

        Assert.Contains("Turn on two-factor sign-in", page, StringComparison.Ordinal);
        Assert.NotEqual(key, KeyRegex().Match(page).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant());
        Assert.True(await SignedInAsync(browser), "Turning two-factor off signed this browser out.");
        using var api = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password }, Ct);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task SecurityPage_Anonymous_SentToSignIn()
    {
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await browser.GetAsync("/account/security", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location?.AbsolutePath);
    }

    /// <summary>A new account signed in through the form, with the cookie kept by the client.</summary>
    private async Task<(HttpClient Browser, string Email)> SignedInBrowserAsync()
    {
        var email = $"totp-{Guid.NewGuid():N}@example.test";
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignInForm.RegisterAsync(browser, email, Accounts.Password);
        using var login = await SignInForm.PostLoginAsync(browser, email, Accounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return (browser, email);
    }

    /// <summary>An account with two-factor turned on through the page; its key (Base32) and recovery codes.</summary>
    private async Task<(string Email, string Key, IReadOnlyList<string> RecoveryCodes)> WithTwoFactorAsync()
    {
        var (browser, email) = await SignedInBrowserAsync();
        var key = await ShownKeyAsync(browser);
        using var enable = await SignInForm.PostFormAsync(browser, "/account/security", "enable-2fa", [new("Code", Code(key))]);
        var codes = RecoveryCodes(await enable.Content.ReadAsStringAsync(Ct));
        Assert.Equal(10, codes.Count);
        return (email, key, codes);
    }

    private async Task<bool> SignInWithSecondStepAsync(string email, string code)
    {
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });
        using (await SignInForm.PostLoginAsync(browser, email, Accounts.Password))
        using (await SignInForm.PostFormAsync(browser, "/account/login/two-factor", "two-factor", [new("Code", code)]))
        {
            return await SignedInAsync(browser);
        }
    }

    private static async Task<bool> SignedInAsync(HttpClient browser)
    {
        using var home = await browser.GetAsync("/account/data", Ct);
        return home.StatusCode == HttpStatusCode.OK;
    }

    private static async Task<string> ShownKeyAsync(HttpClient browser)
    {
        var page = await browser.GetStringAsync("/account/security", Ct);
        return KeyRegex().Match(page).Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
    }

    /// <summary>The current code (RFC 6238: HMAC-SHA1, 30-second steps, six digits), as an authenticator app shows it.</summary>
    private static string Code(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

    /// <summary>A code that is none of those Identity accepts around now (it allows a step or two of clock drift).</summary>
    private static string WrongCode(string key)
    {
        var totp = new Totp(Base32Encoding.ToBytes(key));
        var now = DateTime.UtcNow;
        var near = Enumerable.Range(-3, 7).Select(s => totp.ComputeTotp(now.AddSeconds(30 * s))).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !near.Contains(c));
    }

    private static List<string> RecoveryCodes(string page) => [.. RecoveryRegex().Matches(page).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("<kbd id=\"authenticator-key\">([^<]+)</kbd>")]
    private static partial Regex KeyRegex();

    [GeneratedRegex("<a href=\"([^\"]+)\" id=\"authenticator-uri\"")]
    private static partial Regex UriRegex();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryRegex();
}
