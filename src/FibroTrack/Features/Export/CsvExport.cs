using CsvHelper;

namespace FibroTrack.Features.Export;

/// <summary>
/// CSV files that pandas (<c>pd.read_csv(path, parse_dates=["date"])</c>) and R (<c>read.csv</c>, <c>readr::read_csv</c>)
/// read as they are: RFC 4180, UTF-8 without a byte-order mark, a header row, dates as yyyy-MM-dd, numbers with a
/// full stop and as few digits as round-trip, and an empty cell for a missing value.
/// </summary>
/// <remarks>
/// Spreadsheet formula neutralisation (OWASP, "CSV Injection"): a text cell that starts with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe and quotes, so a spreadsheet shows it as
/// text instead of running it. Notes, tags and a person's own variable names are free text, and a file may be
/// opened by someone other than its author. Numbers are written as numbers and never neutralised: <c>-2.5</c>
/// stays <c>-2.5</c>.
/// </remarks>
internal static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    /// <summary>The columns of the tidy export, in order.</summary>
    public static readonly IReadOnlyList<string> ObservationColumns = ["date", "code", "label", "value", "text", "unit", "ordinal", "source"];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public static async Task<int> WriteObservationsAsync(IAsyncEnumerable<ExportObservation> observations, Stream output, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        foreach (var column in ObservationColumns)
        {
            csv.WriteField(column);
        }

        await csv.EndRecordAsync(ct);
        var rows = 0;
        await foreach (var o in observations.WithCancellation(ct))
        {
            csv.WriteField(o.Date, default);
            csv.WriteField(o.Code);
            csv.WriteField(o.Label);
            csv.WriteField(Finite(o.Value), default);
            csv.WriteField(o.Text);
            csv.WriteField(o.Unit);
            csv.WriteField(o.Ordinal, default);
            csv.WriteField(o.Source);
            await csv.EndRecordAsync(ct);
            rows++;
        }

        await csv.FlushAsync(ct);
        return rows;
    }

    /// <summary>One row per calendar day: <c>date</c>, then one column per matrix column code.</summary>
    public static async Task<int> WriteDailyAsync(DailyExport daily, Stream output, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteField("date");
        foreach (var column in daily.Columns)
        {
            csv.WriteField(column.Code);
        }

        await csv.EndRecordAsync(ct);
        if (daily.Matrix is { } matrix)
        {
            for (var day = 0; day < matrix.DayCount; day++)
            {
                csv.WriteField(matrix.DateAt(day), default);
                for (var c = 0; c < matrix.Columns.Count; c++)
                {
                    csv.WriteField(Finite(matrix[day, c]), default);
                }

                await csv.EndRecordAsync(ct);
            }
        }

        await csv.FlushAsync(ct);
        return daily.DayCount;
    }

    /// <summary>What each column of the daily matrix is: <c>code,label,kind,variable</c>, one row per column.</summary>
    public static async Task<int> WriteDailyColumnsAsync(DailyExport daily, Stream output, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        foreach (var header in (string[])["code", "label", "kind", "variable"])
        {
            csv.WriteField(header);
        }

        await csv.EndRecordAsync(ct);
        foreach (var column in daily.Columns)
        {
            csv.WriteField(column.Code);
            csv.WriteField(column.Label);
            csv.WriteField(column.Kind.ToString().ToLowerInvariant());
            csv.WriteField(column.VariableCode);
            await csv.EndRecordAsync(ct);
        }

        await csv.FlushAsync(ct);
        return daily.Columns.Count;
    }

    /// <summary>The matrix marks a missing value with NaN; a file marks it with an empty cell.</summary>
    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
