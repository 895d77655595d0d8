using System.Globalization;
using FibroTrack.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FibroTrack.Tests.Browser;

/// <summary>The other web forms, as a person uses them on a phone: regimen, own variables, labs, infections, profile.</summary>
public sealed class FormsBrowserTests(KestrelFactory server) : IClassFixture<KestrelFactory>
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task RegimenAndOwnVariable_Added_AppearOnTheCheckIn()
    {
        await using var session = await PhoneSession.StartAsync(server.BaseAddress);
        var page = session.Page;
        await session.SignUpAsync();

        await page.GotoAsync("/regimen");
        await page.Locator("#builtIn").SelectOptionAsync("low-dose-naltrexone");
        await page.Locator("#new-dose").FillAsync("1.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");
        await Assertions.Expect(page.Locator("article.regimen-item")).ToContainTextAsync("1.5 mg");

        await page.GotoAsync("/variables");
        await page.Locator("#name").FillAsync("Weather pain");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByLabel("Low-dose naltrexone")).ToBeVisibleAsync();
        await page.Locator("label[for='custom.weather-pain-7']").TapAsync();
        await page.GetByLabel("Low-dose naltrexone").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Save") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");
        Assert.True(await page.Locator("#custom\\.weather-pain-7").IsCheckedAsync());
        Assert.True(await page.GetByLabel("Low-dose naltrexone").IsCheckedAsync());
    }

    [Fact]
    public async Task LabInfectionAndProfile_Entered_AreShownWithFlags()
    {
        await using var session = await PhoneSession.StartAsync(server.BaseAddress);
        var page = session.Page;
        await session.SignUpAsync();
        var today = DateOnly.FromDateTime(DateTime.Now);

        await page.GotoAsync("/labs");
        await page.Locator("#analyte").SelectOptionAsync("1988-5");
        await page.Locator("#value").FillAsync("12");
        await page.Locator("#unit").FillAsync("mg/L");
        await page.Locator("#specimenDate").FillAsync(Iso(today.AddDays(-3)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add result" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");
        await Assertions.Expect(page.Locator(".flag-high").First).ToHaveTextAsync("High");

        // A unit that does not fit is refused beside the field, and what was typed stays.
        await page.Locator("#analyte").SelectOptionAsync("1988-5");
        await page.Locator("#value").FillAsync("5");
        await page.Locator("#unit").FillAsync("mm/h");
        await page.Locator("#specimenDate").FillAsync(Iso(today.AddDays(-1)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add result" }).ClickAsync();
        await Assertions.Expect(page.Locator("#err-unit")).ToBeVisibleAsync();
        Assert.Equal("mm/h", await page.Locator("#unit").InputValueAsync());

        await page.GotoAsync("/infections");
        await page.Locator("#type").SelectOptionAsync("covid-19");
        await page.Locator("#startDate").FillAsync(Iso(today.AddDays(-30)));
        await page.Locator("#endDate").FillAsync(Iso(today.AddDays(-20)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");
        await Assertions.Expect(page.Locator("article h2").First).ToContainTextAsync("COVID-19");

        await page.GotoAsync("/profile");
        await page.Locator("#sex").SelectOptionAsync("female");
        await page.Locator("#birthDate").FillAsync("1975-04-02");
        await page.Locator("#onsetTrigger").SelectOptionAsync("covid-19");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");
        Assert.Equal("1975-04-02", await page.Locator("#birthDate").InputValueAsync());
    }
}
