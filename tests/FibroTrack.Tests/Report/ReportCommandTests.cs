using FibroTrack.Reports.Clinician;
using FibroTrack.Tests.Cli;
using FibroTrack.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace FibroTrack.Tests.Report;

/// <summary><c>fibrotrack report</c> against a real SQLite file seeded by <c>fibrotrack demo</c>.</summary>
[Collection(RedirectedConsole.Name)]
public sealed class ReportCommandTests
{
    private const string Password = "a long enough password";

    [Fact]
    public async Task Report_DemoAccount_WritesLetterPdf()
    {
        using var factory = new FibroTrackFactory();
        var demo = await CliRun.RunAsync(Password + "\n", ["demo", .. factory.DatabaseArgs, "--days", "120", "--password-stdin"]);
        Assert.Equal(0, demo.ExitCode);
        var output = Path.Combine(factory.Folder, "report.pdf");

        var result = await CliRun.RunAsync(string.Empty, ["report", "--email", "demo@fibrotrack.local", "--out", output, "--paper", "letter", .. factory.DatabaseArgs]);

        Assert.Equal(0, result.ExitCode);
        var pdf = await File.ReadAllBytesAsync(output, TestContext.Current.CancellationToken);
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(612, document.GetPage(1).Width, 0.5);
        PdfText.ContainsText(ClinicianReportPdf.Headings.Questionnaires, PdfText.Squashed(pdf));
    }

    [Fact]
    public async Task Report_UnknownEmail_ExitCode1()
    {
        using var factory = new FibroTrackFactory();

        var result = await CliRun.RunAsync(string.Empty, ["report", "--email", "nobody@example.test", "--out", "unused.pdf", .. factory.DatabaseArgs]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No account", result.Error, StringComparison.Ordinal);
    }
}
