using System.CommandLine;
using System.Globalization;
using FibroTrack.Features.Report;
using FibroTrack.Reports.Pdf;

namespace FibroTrack.Cli;

/// <summary>
/// <c>fibrotrack report --email a@b --out report.pdf</c>: writes one person's clinician report, acting as that person
/// in its own scope, so the owner filter applies exactly as on the web.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "Whose report.", HelpName = "email", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The PDF file to write.", HelpName = "file.pdf", Required = true };
        var from = new Option<string?>("--from") { Description = "First day, yyyy-MM-dd (default: 364 days before --to).", HelpName = "date" };
        var to = new Option<string?>("--to") { Description = "Last day, yyyy-MM-dd (default: today).", HelpName = "date" };
        var paper = new Option<string>("--paper") { Description = "a4 or letter.", HelpName = "paper", DefaultValueFactory = _ => "a4" };
        var command = new Command("report", "Write the clinician report (PDF) of one person.") { email, output, from, to, paper };

        command.SetAction(async (parse, ct) =>
        {
            if (Paper.Parse(parse.GetValue(paper)) is not { } size)
            {
                await Console.Error.WriteLineAsync("--paper must be a4 or letter.");
                return 2;
            }

            if (!TryDate(parse.GetValue(from), out var first) || !TryDate(parse.GetValue(to), out var last))
            {
                await Console.Error.WriteLineAsync("--from and --to must be dates written yyyy-MM-dd.");
                return 2;
            }

            await using var app = await FibroTrackCli.BuildServicesAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            if (!await FibroTrackCli.ActAsPersonAsync(scope.ServiceProvider, parse.GetValue(email)!))
            {
                return 1;
            }

            var reports = scope.ServiceProvider.GetRequiredService<ClinicianReportService>();
            var period = reports.ResolvePeriod(first, last);
            if (period.Error is { } error)
            {
                await Console.Error.WriteLineAsync(error);
                return 2;
            }

            var pdf = await reports.RenderAsync(period.From, period.To, size, ct);
            var file = parse.GetValue(output)!;
            await File.WriteAllBytesAsync(file.FullName, pdf, ct);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Wrote {file.FullName}: {pdf.Length / 1024.0:0} KiB, {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd}, {size}."));
            return 0;
        });
        return command;
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
