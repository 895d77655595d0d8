using System.Globalization;
using FibroTrack.Core.Instruments;
using FibroTrack.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FibroTrack.Tests.Browser;

/// <summary>A person fills in questionnaires on a phone by tapping, in a real browser against the real server, and sees the score.</summary>
public sealed class InstrumentBrowserTests(KestrelFactory server) : IClassFixture<KestrelFactory>
{
    /// <summary>
    /// All 21 FIQR answers. By hand (Bennett 2009): function 5+6+4+7+8+5+6+3+4 = 48, ÷ 3 = 16;
    /// overall 7+6 = 13; symptoms 7+8+6+7+5+4+6+7+3+6 = 59, ÷ 2 = 29.5; total 58.5, which is
    /// "Moderate" under Salaffi 2020 (41–63).
    /// </summary>
    private static readonly (string Code, int Value)[] FiqrAnswers =
    [
        ("fiqr.f1", 5), ("fiqr.f2", 6), ("fiqr.f3", 4), ("fiqr.f4", 7), ("fiqr.f5", 8),
        ("fiqr.f6", 5), ("fiqr.f7", 6), ("fiqr.f8", 3), ("fiqr.f9", 4),
        ("fiqr.o1", 7), ("fiqr.o2", 6),
        ("fiqr.s1", 7), ("fiqr.s2", 8), ("fiqr.s3", 6), ("fiqr.s4", 7), ("fiqr.s5", 5),
        ("fiqr.s6", 4), ("fiqr.s7", 6), ("fiqr.s8", 7), ("fiqr.s9", 3), ("fiqr.s10", 6),
    ];

    /// <summary>Submits the form and waits for the page that shows the saved response.</summary>
    private static async Task ScoreAndSaveAsync(IPage page, string instrument)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Score and save" }).ClickAsync();
        await page.WaitForPageAsync($"/instruments/{instrument}", "response=");
    }

    [Fact]
    public async Task FillInFiqr_AllItemsTapped_ShowsTotalBandAndHistory()
    {
        await using var session = await PhoneSession.StartAsync(server.BaseAddress);
        var page = session.Page;
        await session.SignUpAsync();

        await page.GotoAsync("/instruments/fiqr");
        Assert.Equal(Fiqr.Definition.Name, await page.Locator("h1").InnerTextAsync());
        var date = DateOnly.ParseExact(await page.Locator("#date").InputValueAsync(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (code, value) in FiqrAnswers)
        {
            await page.Locator($"label[for='{code}-{value}']").TapAsync();
        }

        Assert.True(await page.Locator("#fiqr\\.f1-5").IsCheckedAsync());
        await ScoreAndSaveAsync(page, "fiqr");

        var result = page.Locator("section.result");
        await Assertions.Expect(result.Locator(".score strong")).ToHaveTextAsync("58.5");
        await Assertions.Expect(result.Locator("p", new() { HasText = "Band:" }).Locator("strong")).ToHaveTextAsync("Moderate");
        await Assertions.Expect(result).ToContainTextAsync("Salaffi");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);

        var rows = page.Locator("table.compact tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Locator("td")).ToHaveTextAsync([date.ToString("d MMM yyyy", CultureInfo.InvariantCulture), "58.5", "Moderate"]);
    }

    [Fact]
    public async Task FillInPhq9_Item9SeveralDays_ShowsSafetyMessageFirst()
    {
        await using var session = await PhoneSession.StartAsync(server.BaseAddress);
        var page = session.Page;
        await session.SignUpAsync();

        await page.GotoAsync("/instruments/phq9");
        for (var i = 1; i <= 8; i++)
        {
            await page.Locator($"label[for='phq9.{i}-0']").TapAsync();
        }

        var severalDays = page.Locator("label[for='phq9.9-1']");
        Assert.Equal("Several days", await severalDays.InnerTextAsync());
        await severalDays.TapAsync();
        await ScoreAndSaveAsync(page, "phq9");

        var alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync(Phq9.SafetyMessage);
        await Assertions.Expect(alert).ToContainTextAsync("988");
        // Before anything else: the alert comes ahead of the score in the page.
        Assert.True(await page.EvaluateAsync<bool>(
            "() => !!(document.querySelector('[role=alert]').compareDocumentPosition(document.getElementById('h-result')) & Node.DOCUMENT_POSITION_FOLLOWING)"));
        // A low total does not hide it: 1 of 27, "Minimal".
        await Assertions.Expect(page.Locator("section.result .score strong")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("section.result p", new() { HasText = "Band:" }).Locator("strong")).ToHaveTextAsync("Minimal");
    }
}
