using Microsoft.Playwright;

namespace FibroTrack.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium driven by Playwright — never a downloaded browser. Absent locally, browser tests
/// skip with the reason; in CI (CI=true) its absence fails the run, because there they must run.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static void SkipUnlessAvailable()
    {
        if (File.Exists(ExecutablePath))
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"{ExecutablePath} is missing in CI: .ci/run must install Debian's chromium package.");
        }

        Assert.Skip($"Browser test skipped: {ExecutablePath} is not installed (apt-get install chromium).");
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // This machine has no network beyond loopback: keep Chromium from trying to phone home.
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        return (playwright, browser);
    }

    /// <summary>A phone-sized page (360 × 740 CSS pixels, the reference viewport).</summary>
    public static async Task<IBrowserContext> PhoneContextAsync(IBrowser browser, Uri baseAddress, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            ColorScheme = scheme,
        });

        // Generous waits: CI has two cores shared with the other test classes running in parallel.
        // They bound how long a failure takes to show, not how fast a page must be.
        context.SetDefaultTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        return context;
    }
}
