using FibroTrack.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FibroTrack.Tests.Browser;

/// <summary>A person signs up and logs a day on a phone, in a real browser against the real server.</summary>
public sealed class CheckInBrowserTests(KestrelFactory server) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task SignUp_LogDayWithTwoBodyAreas_IsSavedAfterReload()
    {
        await using var session = await PhoneSession.StartAsync(server.BaseAddress);
        var page = session.Page;
        await session.SignUpAsync("browser@example.test");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Today");

        // Taps, as on a phone: a pain rating, two body areas, fatigue, a food and a walk.
        await page.Locator("label[for='symptom.pain-6']").TapAsync();
        await page.Locator("label[for='wpi.neck']").TapAsync();
        await page.Locator("label[for='wpi.shoulder-left']").TapAsync();
        await page.Locator("label[for='symptom.fatigue-7']").TapAsync();
        await page.GetByLabel("Leafy greens").CheckAsync();
        await page.Locator("#act-type-0").SelectOptionAsync("activity.walking");
        await page.Locator("#act-min-0").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Save") }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");
        await page.ReloadAsync();

        Assert.True(await page.Locator("#symptom\\.pain-6").IsCheckedAsync());
        Assert.True(await page.Locator("#symptom\\.fatigue-7").IsCheckedAsync());
        Assert.True(await page.Locator("#wpi\\.neck").IsCheckedAsync());
        Assert.True(await page.Locator("#wpi\\.shoulder-left").IsCheckedAsync());
        Assert.False(await page.Locator("#wpi\\.shoulder-right").IsCheckedAsync());
        Assert.True(await page.GetByLabel("Leafy greens").IsCheckedAsync());
        Assert.Equal("30", await page.Locator("#act-min-0").InputValueAsync());
        // Untouched scales stay empty rather than becoming 0.
        Assert.True(await page.Locator("#symptom\\.fibro-fog-none").IsCheckedAsync());
    }

    [Fact]
    public async Task Save_PainOutOfRange_ShowsErrorNextToFieldAndKeepsTypedValues()
    {
        await using var session = await PhoneSession.StartAsync(server.BaseAddress);
        var page = session.Page;
        await session.SignUpAsync("typo@example.test");

        await page.Locator("label[for='symptom.pain-4']").TapAsync();
        await page.Locator("#sleep\\.hours").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Save") }).ClickAsync();

        await Assertions.Expect(page.Locator("#err-sleep\\.hours")).ToContainTextAsync("0 to 24");
        Assert.Equal("30", await page.Locator("#sleep\\.hours").InputValueAsync());
        Assert.True(await page.Locator("#symptom\\.pain-4").IsCheckedAsync());
        Assert.Equal("true", await page.Locator("#sleep\\.hours").GetAttributeAsync("aria-invalid"));
    }

    [Fact]
    public async Task OpenApp_NotSignedIn_LandsOnSignInAndReturnsAfterSigningIn()
    {
        await using var setup = await PhoneSession.StartAsync(server.BaseAddress);
        await setup.SignUpAsync("returning@example.test");

        await using var session = await PhoneSession.StartAsync(server.BaseAddress);
        var page = session.Page;
        await page.GotoAsync("/history");
        Assert.Equal("/account/login", new Uri(page.Url).AbsolutePath);
        Assert.Equal("Sign in", await page.Locator("h1").InnerTextAsync());

        await page.GetByLabel("Email").FillAsync("returning@example.test");
        await page.Locator("#password").FillAsync(Accounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForPageAsync("/history");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("History");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForPageAsync("/account/login");
        await page.GotoAsync("/");
        Assert.Equal("/account/login", new Uri(page.Url).AbsolutePath);
    }
}
