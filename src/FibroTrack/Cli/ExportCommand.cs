using System.CommandLine;
using System.Globalization;
using FibroTrack.Features.Export;

namespace FibroTrack.Cli;

/// <summary>
/// <c>fibrotrack export csv|parquet</c>: one person's records as a file for pandas, R, DuckDB or a spreadsheet, the same
/// files as <c>/api/v1/export</c>. The person is exported in their own scope, as themselves, so the owner filter applies
/// exactly as on the web. Further formats are further subcommands of the command <see cref="Create"/> returns.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var export = new Command("export", "Write a person's records to a file for analysis (pandas, R, DuckDB, a spreadsheet).");
        export.Subcommands.Add(CreateFormat(
            ExportFormat.Csv,
            "csv",
            "UTF-8 CSV with a header row. Text cells that start with = + - @, a tab or a carriage return get a leading apostrophe so spreadsheets do not run them; numbers stay numbers.",
            ["observations", "daily", "daily-columns"]));
        export.Subcommands.Add(CreateFormat(
            ExportFormat.Parquet,
            "parquet",
            "Parquet with a typed schema: date as DATE, numbers as nullable doubles, codes and text as strings.",
            ["observations", "daily"]));
        export.Subcommands.Add(ResearchExportCommand.Create());
        return export;
    }

    private static Command CreateFormat(ExportFormat format, string name, string description, string[] kinds)
    {
        var email = new Option<string>("--email") { Description = "Export this person's records.", HelpName = "email", Required = true };
        var output = new Option<string>("--out") { Description = "The file to write (replaced if it exists).", HelpName = "file", Required = true };
        var kind = new Option<string>("--kind")
        {
            Description = "observations: one row per observation (diary, questionnaires, labs); daily: one row per calendar day, one column per variable" +
                          (kinds.Contains("daily-columns") ? "; daily-columns: the code, label and kind of each daily column." : "."),
            DefaultValueFactory = _ => "observations",
        };
        kind.AcceptOnlyFromAmong(kinds);
        var from = new Option<string?>("--from") { Description = "First date to export (yyyy-MM-dd); default: the first with data.", HelpName = "date" };
        var to = new Option<string?>("--to") { Description = "Last date to export (yyyy-MM-dd); default: the last with data.", HelpName = "date" };
        var command = new Command(name, description) { email, output, kind, from, to };

        command.SetAction(async (parse, ct) =>
        {
            if (!TryParseDate(parse.GetValue(from), "--from", out var start) || !TryParseDate(parse.GetValue(to), "--to", out var end))
            {
                return 2;
            }

            var exportKind = parse.GetValue(kind) switch
            {
                "daily" => ExportKind.Daily,
                "daily-columns" => ExportKind.DailyColumns,
                _ => ExportKind.Observations,
            };
            var path = Path.GetFullPath(parse.GetValue(output)!);

            await using var app = await FibroTrackCli.BuildServicesAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            if (!await FibroTrackCli.ActAsPersonAsync(services, parse.GetValue(email)!))
            {
                return 1;
            }

            var exports = services.GetRequiredService<ExportService>();
            var range = await exports.ResolveRangeAsync(exportKind, start, end, ct);
            if (!range.IsValid)
            {
                foreach (var error in range.Errors)
                {
                    await Console.Error.WriteLineAsync($"--{error.Field}: {error.Message}");
                }

                return 2;
            }

            var (ok, rows) = await PartialFile.WriteAsync(path, file => exports.WriteAsync(exportKind, format, range.Value!, file, ct));
            if (!ok)
            {
                return 1;
            }

            var dates = range.Value!.IsEmpty ? "no dates with data" : $"{range.Value.From:yyyy-MM-dd} to {range.Value.To:yyyy-MM-dd}";
            Console.WriteLine($"Wrote {rows} {(exportKind == ExportKind.DailyColumns ? "columns" : "rows")} ({dates}) to {path}.");
            return 0;
        });
        return command;
    }

    private static bool TryParseDate(string? text, string option, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        Console.Error.WriteLine($"{option}: '{text}' is not a date in the form yyyy-MM-dd.");
        return false;
    }
}
