using FibroTrack.Data.Entities;
using FibroTrack.Features.Demo;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FibroTrack.Tests.Browser;

/// <summary>
/// Phone-sized screenshots of the main pages over a year of demo data, for docs/images/ and for a
/// person to look at. Runs only when FIBROTRACK_SCREENSHOTS names the output folder:
/// <c>FIBROTRACK_SCREENSHOTS=$PWD/docs/images dotnet test --filter Screenshots</c>.
/// </summary>
public sealed class ScreenshotTests(KestrelFactory server) : IClassFixture<KestrelFactory>
{
    private const string Email = "screenshots@example.test";

    [Fact]
    public async Task Screenshots_MainPagesOnPhone_AreWritten()
    {
        var folder = Environment.GetEnvironmentVariable("FIBROTRACK_SCREENSHOTS");
        Assert.SkipWhen(string.IsNullOrEmpty(folder), "Set FIBROTRACK_SCREENSHOTS to a folder to write screenshots.");
        Chromium.SkipUnlessAvailable();
        Directory.CreateDirectory(folder!);
        await SeedDemoAccountAsync();

        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var session = await PhoneSession.StartAsync(server.BaseAddress, scheme);
            var page = session.Page;
            await session.SignInAsync(Email);

            var suffix = scheme == ColorScheme.Dark ? "-dark" : string.Empty;
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder!, $"checkin{suffix}.png") });
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder!, $"checkin-full{suffix}.png"), FullPage = true });
            await page.Locator(".bodymap").ScreenshotAsync(new() { Path = Path.Combine(folder!, $"bodymap{suffix}.png") });
            await page.GotoAsync("/history");
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder!, $"history{suffix}.png"), FullPage = true });
            foreach (var name in new[] { "insights", "weekly", "report", "regimen", "infections", "labs", "instruments", "instruments/fiqr" })
            {
                await page.GotoAsync("/" + name);
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder!, $"{name.Replace('/', '-')}{suffix}.png"), FullPage = true });
            }
        }

        Assert.True(File.Exists(Path.Combine(folder!, "checkin.png")));
    }

    private async Task SeedDemoAccountAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = Email, Email = Email };
        var created = await users.CreateAsync(user, Accounts.Password);
        Assert.True(created.Succeeded);
        var today = DateOnly.FromDateTime(DateTime.Now);
        var errors = await DemoSeeder.SeedAsync(scope.ServiceProvider, user.Id, DemoPerson.WithHeadline(today), TestContext.Current.CancellationToken);
        Assert.Empty(errors);
    }
}
