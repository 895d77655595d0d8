using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FibroTrack.Core.Labs;
using FibroTrack.Reports.Clinician;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace FibroTrack.Tests.Report;

/// <summary>The demo account's clinician report, read back with PdfPig and compared with what the API returns.</summary>
public sealed class ClinicianReportTests(DemoAccountFactory factory) : IClassFixture<DemoAccountFactory>
{
    private const string Path = "/api/v1/reports/clinician.pdf";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task ClinicianPdf_DemoAccount_AttachmentWithEveryHeadingFooterAndPageNumbers()
    {
        var client = await factory.SignInAsync();
        using var response = await client.GetAsync(Path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var pdf = await response.Content.ReadAsByteArrayAsync(Ct);
        var text = PdfText.Squashed(pdf);
        foreach (var heading in ClinicianReportPdf.Headings.All)
        {
            PdfText.ContainsText(heading, text);
        }

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 3);
        foreach (var page in document.GetPages())
        {
            var pageText = PdfText.Squash(page.Text);
            PdfText.ContainsText(ClinicianReportPdf.Footer, pageText);
            PdfText.ContainsText($"page {page.Number} of {document.NumberOfPages}", pageText);
        }
    }

    [Fact]
    public async Task ClinicianPdf_DemoAccount_BodyMapDrawnOnTheSamePageAsItsHeading()
    {
        var client = await factory.SignInAsync();
        var pdf = await PdfText.DownloadAsync(client, Path);

        using var document = PdfDocument.Open(pdf);
        var page = Assert.Single(document.GetPages(), p => PdfText.Squash(p.Text).Contains(PdfText.Squash(ClinicianReportPdf.Headings.BodyMap), StringComparison.Ordinal));
        var text = PdfText.Squash(page.Text);
        PdfText.ContainsText("Front (your right on the left)", text);
        PdfText.ContainsText("Back", text);
        // One share label per WPI area on the figures (the table may continue on the next page).
        Assert.True(System.Text.RegularExpressions.Regex.Count(page.Text, @"\d+%") >= 19, page.Text);
    }

    [Fact]
    public async Task ClinicianPdf_DemoAccount_MetadataTitleAuthorSubjectCreated()
    {
        var client = await factory.SignInAsync();
        var pdf = await PdfText.DownloadAsync(client, Path);

        using var document = PdfDocument.Open(pdf);
        var info = document.Information;
        Assert.StartsWith(ClinicianReportPdf.Title, info.Title, StringComparison.Ordinal);
        Assert.Contains(DemoAccountFactory.Email, info.Title, StringComparison.Ordinal);
        Assert.Equal("FibroTrack", info.Author);
        Assert.False(string.IsNullOrWhiteSpace(info.Subject));
        Assert.NotNull(info.GetCreatedDateTimeOffset());
    }

    [Fact]
    public async Task ClinicianPdf_DemoAccount_QuestionnaireTotalsMatchApi()
    {
        var client = await factory.SignInAsync();
        var text = PdfText.Squashed(await PdfText.DownloadAsync(client, Path));

        foreach (var (id, max) in new[] { ("fiqr", 100), ("phq9", 27), ("gad7", 21) })
        {
            var responses = (await client.GetJsonAsync($"/api/v1/instruments/{id}/responses")).EnumerateArray().Where(r => r.GetProperty("total").ValueKind == JsonValueKind.Number).ToList();
            var latest = responses[^1];
            var total = latest.GetProperty("total").GetDouble();
            var date = DateOnly.Parse(latest.GetProperty("date").GetString()!, CultureInfo.InvariantCulture);
            PdfText.ContainsText($"{ReportFormat.Date(date)} {ReportFormat.Number(total)} / {max}", text);
            PdfText.ContainsText(latest.GetProperty("band").GetString()!, text);
            var previous = responses[^2].GetProperty("total").GetDouble();
            PdfText.ContainsText($"{ReportFormat.Number(previous)} on {ReportFormat.Date(DateOnly.Parse(responses[^2].GetProperty("date").GetString()!, CultureInfo.InvariantCulture))}", text);
        }
    }

    [Fact]
    public async Task ClinicianPdf_DemoAccount_LatestLabAndRedFlagMatchApi()
    {
        var client = await factory.SignInAsync();
        var text = PdfText.Squashed(await PdfText.DownloadAsync(client, Path));

        var lab = (await client.GetJsonAsync("/api/v1/labs")).EnumerateArray().First(l => l.GetProperty("value").ValueKind == JsonValueKind.Number);
        var result = LabFormat.Quantity(lab.GetProperty("value").GetDouble(), lab.GetProperty("unit").GetString());
        var date = DateOnly.Parse(lab.GetProperty("specimenDate").GetString()!, CultureInfo.InvariantCulture);
        PdfText.ContainsText($"{ReportFormat.Date(date)} {lab.GetProperty("analyteName").GetString()} {result}", text);

        var flag = (await client.GetJsonAsync("/api/v1/red-flags")).EnumerateArray().First();
        PdfText.ContainsText(flag.GetProperty("title").GetString()!, text);
    }

    [Fact]
    public async Task ClinicianPdf_DemoAccount_HeadlineFindingEffectMatchesInsights()
    {
        var client = await factory.SignInAsync();
        var insights = await client.GetJsonAsync("/api/v1/insights");
        var headline = insights.GetProperty("associations").GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("level").GetString() == "headline").MinBy(f => f.GetProperty("q").GetDouble());

        var text = PdfText.Squashed(await PdfText.DownloadAsync(client, Path));

        Assert.True(headline.ValueKind == JsonValueKind.Object, "The demo year has a real lagged effect (processed food on pain): a headline finding is expected.");
        var (effect, lower, upper) = (headline.GetProperty("effect").GetDouble(), headline.GetProperty("lower").GetDouble(), headline.GetProperty("upper").GetDouble());
        var expected = headline.GetProperty("scale").GetString() == "odds-ratio" ? ReportFormat.Ratio(effect, lower, upper) : ReportFormat.Interval(effect, lower, upper);
        PdfText.ContainsText(expected, text);
        PdfText.ContainsText(headline.GetProperty("text").GetString()!, text);
        PdfText.LacksText(" causes ", text);
    }

    [Theory]
    [InlineData("a4", 595.28, 841.89)]
    [InlineData("letter", 612, 792)]
    public async Task ClinicianPdf_Paper_PageSizeInPoints(string paper, double width, double height)
    {
        var client = await factory.SignInAsync();
        var pdf = await PdfText.DownloadAsync(client, $"{Path}?paper={paper}");

        using var document = PdfDocument.Open(pdf);
        Assert.All(document.GetPages(), page =>
        {
            Assert.Equal(width, page.Width, 0.5);
            Assert.Equal(height, page.Height, 0.5);
        });
    }

    [Fact]
    public async Task ClinicianPdf_PeriodAfterLastLab_ShowsPeriodAndNoLabs()
    {
        var client = await factory.SignInAsync();
        var latestLab = (await client.GetJsonAsync("/api/v1/labs")).EnumerateArray()
            .Max(l => DateOnly.Parse(l.GetProperty("specimenDate").GetString()!, CultureInfo.InvariantCulture));
        var from = latestLab.AddDays(1);
        var to = factory.Today;
        Assert.True(from <= to, "The demo's latest lab is before today.");

        var narrow = PdfText.Squashed(await PdfText.DownloadAsync(client, $"{Path}?from={Day(from)}&to={Day(to)}"));
        var full = PdfText.Squashed(await PdfText.DownloadAsync(client, $"{Path}?to={Day(to)}"));

        PdfText.ContainsText(ReportFormat.Period(from, to), narrow);
        PdfText.ContainsText("No lab results in this period.", narrow);
        PdfText.LacksText("No lab results in this period.", full);
        PdfText.ContainsText(ReportFormat.Period(to.AddDays(-364), to), full);
    }

    [Theory]
    [InlineData("?paper=a3")]
    [InlineData("?from=2025-02-01&to=2025-01-01")]
    [InlineData("?from=not-a-date")]
    public async Task ClinicianPdf_BadQuery_BadRequest(string query)
    {
        var client = await factory.SignInAsync();
        using var response = await client.GetAsync(Path + query, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ClinicianPdf_NoToken_Unauthorized()
    {
        using var response = await factory.CreateClient().GetAsync(Path, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ReportPage_SignedInBrowser_FormDownloadsPdfWithCookie()
    {
        var client = factory.CreateClient();
        using (var login = await client.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email = DemoAccountFactory.Email, password = Accounts.Password }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        var page = await client.GetStringAsync("/report", Ct);
        Assert.Contains("action=\"/report/clinician.pdf\"", page, StringComparison.Ordinal);

        var pdf = await PdfText.DownloadAsync(client, $"/report/clinician.pdf?from={Day(factory.Today.AddDays(-90))}&to={Day(factory.Today)}&paper=letter");
        PdfText.ContainsText(ClinicianReportPdf.Headings.Acr, PdfText.Squashed(pdf));
    }

    [Fact]
    public async Task ReportDownload_AnonymousBrowser_SentToSignIn()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/report/clinician.pdf", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?ReturnUrl=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClinicianPdf_EveryPage_HasInk()
    {
        var pdftoppm = PdfText.Pdftoppm();
        if (pdftoppm is null)
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                "pdftoppm (poppler-utils) must be installed in CI: .ci/run installs it.");
            Assert.Skip("pdftoppm (poppler-utils) is not installed here; CI installs it and runs this check.");
        }

        var client = await factory.SignInAsync();
        var pdf = await PdfText.DownloadAsync(client, Path);

        var inks = await PdfText.InkPerPageAsync(pdftoppm, pdf);
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(document.NumberOfPages, inks.Count);
        Assert.All(inks, ink => Assert.True(ink > 0.005, $"A page is nearly blank: {ink:P2} of its pixels are not white."));
    }
}
