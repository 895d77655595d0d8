using FibroTrack.Tests.Infrastructure;
using Microsoft.Playwright;
using OtpNet;

namespace FibroTrack.Tests.Browser;

/// <summary>Two-factor sign-in set up and used in Chromium on a phone, under the app's real content security policy.</summary>
public sealed class TwoFactorBrowserTests(KestrelFactory server) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task SetUpThenSignIn_QrShownWithoutCspViolations_CodeAskedAfterPassword()
    {
        await using var session = await PhoneSession.StartAsync(server.BaseAddress);
        var page = session.Page;
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        var email = $"browser-2fa-{Guid.NewGuid():N}@example.test";
        await session.SignUpAsync(email);

        await page.GotoAsync("/account/data");
        await page.GetByRole(AriaRole.Link, new() { Name = "Two-factor sign-in" }).ClickAsync();
        var qr = page.Locator("figure.qr-code svg");
        await Assertions.Expect(qr).ToBeVisibleAsync();
        var box = await qr.BoundingBoxAsync();
        Assert.True(box is { Width: >= 120 } && Math.Abs(box.Width - box.Height) < 1, $"QR code box: {box?.Width} × {box?.Height}");
        var key = (await page.Locator("#authenticator-key").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));

        await page.GetByLabel("Code from the app").FillAsync(totp.ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".recovery-codes li")).ToHaveCountAsync(10);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForPageAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.Locator("#password").FillAsync(Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForPageAsync("/account/login/two-factor");
        await page.GetByLabel("Code").FillAsync(totp.ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForPageAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Today");

        Assert.Empty(violations);
    }
}
