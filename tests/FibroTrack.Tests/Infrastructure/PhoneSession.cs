using Microsoft.Playwright;

namespace FibroTrack.Tests.Infrastructure;

/// <summary>Debian's Chromium with one phone-sized page on the test server; disposes all of it.</summary>
public sealed class PhoneSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;

    private PhoneSession(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Skips the test (or fails it in CI) when Chromium is absent, as <see cref="Chromium.SkipUnlessAvailable"/> says.</summary>
    public static async Task<PhoneSession> StartAsync(Uri baseAddress, ColorScheme scheme = ColorScheme.Light)
    {
        Chromium.SkipUnlessAvailable();
        var (playwright, browser) = await Chromium.LaunchAsync();
        var context = await Chromium.PhoneContextAsync(browser, baseAddress, scheme);
        return new PhoneSession(playwright, browser, context, await context.NewPageAsync());
    }

    /// <summary>Creates an account through the sign-up page and waits for today's check-in.</summary>
    public async Task SignUpAsync(string? email = null)
    {
        await Page.GotoAsync("/account/register");
        await Page.GetByLabel("Email").FillAsync(email ?? $"browser-{Guid.NewGuid():N}@example.test");
        await Page.Locator("#password").FillAsync(Accounts.Password);
        await Page.Locator("#confirm").FillAsync(Accounts.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Page.WaitForPageAsync("/");
    }

    /// <summary>Signs in through the sign-in page and waits for today's check-in.</summary>
    public async Task SignInAsync(string email)
    {
        await Page.GotoAsync("/account/login");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.Locator("#password").FillAsync(Accounts.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Page.WaitForPageAsync("/");
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
