using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using FibroTrack.Reports.Clinician;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Report;

/// <summary>One person's report never shows another person's diary, notes or labs; notes appear only when tagged for the clinician.</summary>
public sealed class ClinicianReportIsolationTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private const string Path = "/api/v1/reports/clinician.pdf";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task PutDayAsync(HttpClient client, string date, string note, params string[] tags)
    {
        using var put = await client.PutAsJsonAsync($"/api/v1/days/{date}", new
        {
            values = new Dictionary<string, object> { ["symptom.pain"] = 6, ["symptom.fatigue"] = 5, ["diet.dairy"] = true },
            painAreas = new[] { "wpi.neck" },
            tags,
            notes = note,
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }

    [Fact]
    public async Task ClinicianPdf_TwoPeople_EachSeesOnlyTheirOwnData()
    {
        var emailA = $"report-a-{Guid.NewGuid():N}@example.test";
        var emailB = $"report-b-{Guid.NewGuid():N}@example.test";
        var a = await Accounts.SignUpAsync(factory, emailA);
        var b = await Accounts.SignUpAsync(factory, emailB);
        await PutDayAsync(a, ApiCalls.Date(2), "Aardvark knee swelled after the stairs.", ClinicianReportPdf.ClinicianNoteTag);
        await a.CreateAsync("/api/v1/labs", new { analyte = "1988-5", value = 37.3, unit = "mg/L", specimenDate = ApiCalls.Date(3) });
        await PutDayAsync(b, ApiCalls.Date(2), "Bumblebee note for nobody.");

        var reportA = PdfText.Squashed(await PdfText.DownloadAsync(a, Path));
        var reportB = PdfText.Squashed(await PdfText.DownloadAsync(b, Path));

        PdfText.ContainsText(emailA, reportA);
        PdfText.ContainsText("Aardvark knee swelled after the stairs.", reportA);
        PdfText.ContainsText("37.3 mg/L", reportA);

        PdfText.ContainsText(emailB, reportB);
        PdfText.LacksText(emailA, reportB);
        PdfText.LacksText("Aardvark", reportB);
        PdfText.LacksText("37.3 mg/L", reportB);
        PdfText.ContainsText("No lab results in this period.", reportB);
        // B's note is not tagged for the clinician, so it stays out of B's own report too.
        PdfText.LacksText("Bumblebee", reportB);
    }

    [Fact]
    public async Task ClinicianPdf_NewAccountWithoutData_StillRenders()
    {
        var client = await Accounts.SignUpAsync(factory);

        var text = PdfText.Squashed(await PdfText.DownloadAsync(client, Path + "?paper=letter"));

        PdfText.ContainsText("No ACR 2016 questionnaire in this period.", text);
        PdfText.ContainsText(ClinicianReportPdf.Footer, text);
        Assert.True(text.Length > 500, text.Length.ToString(CultureInfo.InvariantCulture));
    }
}
