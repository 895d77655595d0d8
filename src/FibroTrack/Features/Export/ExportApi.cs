using FibroTrack.Features.Diary;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FibroTrack.Features.Export;

/// <summary><c>/api/v1/export</c>: the signed-in person's records as files for pandas, R, DuckDB or a spreadsheet.</summary>
public static class ExportApi
{
    private const string RangeDescription =
        "from and to (yyyy-MM-dd, both optional, inclusive) limit the dates; by default the whole record is exported. " +
        "A range that ends before it starts, or spans more than 3660 days, is refused with a 400 naming the field.";

    private const string CsvDescription =
        "UTF-8 CSV (RFC 4180) with a header row; dates as yyyy-MM-dd, an empty cell for a missing value. " +
        "Text cells that start with =, +, -, @, a tab or a carriage return get a leading apostrophe so a spreadsheet " +
        "shows them as text instead of running them as formulas (OWASP CSV injection guidance); numbers are always " +
        "written as numbers, so -2.5 stays -2.5. ";

    public static RouteGroupBuilder MapExportApi(this RouteGroupBuilder api)
    {
        var export = api.MapGroup("/export").WithTags("Export");
        export.MapGet("/observations.csv", (string? from, string? to, ExportService exports, CancellationToken ct) =>
                ExportAsync(ExportKind.Observations, ExportFormat.Csv, from, to, exports, ct))
            .WithName("ExportObservationsCsv")
            .WithSummary("Every observation as a tidy long CSV: date, code, label, value, text, unit, ordinal, source (diary, instrument or lab).")
            .WithDescription(CsvDescription + "Questionnaire answers and scores and lab results (in the analyte's canonical unit) are included. " + RangeDescription)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        export.MapGet("/daily.csv", (string? from, string? to, ExportService exports, CancellationToken ct) =>
                ExportAsync(ExportKind.Daily, ExportFormat.Csv, from, to, exports, ct))
            .WithName("ExportDailyCsv")
            .WithSummary("The daily matrix as a wide CSV: one row per calendar day, a date column, then one column per matrix column code.")
            .WithDescription(CsvDescription + "Read it with pd.read_csv(path, parse_dates=[\"date\"]); the labels are in daily-columns.csv. " + RangeDescription)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        export.MapGet("/daily-columns.csv", (string? from, string? to, ExportService exports, CancellationToken ct) =>
                ExportAsync(ExportKind.DailyColumns, ExportFormat.Csv, from, to, exports, ct))
            .WithName("ExportDailyColumnsCsv")
            .WithSummary("What each column of daily.csv is: code, label, kind, variable.")
            .WithDescription(CsvDescription + RangeDescription)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        export.MapGet("/daily.parquet", (string? from, string? to, ExportService exports, CancellationToken ct) =>
                ExportAsync(ExportKind.Daily, ExportFormat.Parquet, from, to, exports, ct))
            .WithName("ExportDailyParquet")
            .WithSummary("The daily matrix as Parquet: date (DATE), then one nullable double column per matrix column code.")
            .WithDescription("Column labels are in the file metadata under fibrotrack.labels (JSON). " + RangeDescription)
            .Produces(StatusCodes.Status200OK, contentType: ParquetExport.ContentType);
        export.MapGet("/observations.parquet", (string? from, string? to, ExportService exports, CancellationToken ct) =>
                ExportAsync(ExportKind.Observations, ExportFormat.Parquet, from, to, exports, ct))
            .WithName("ExportObservationsParquet")
            .WithSummary("Every observation as Parquet: date (DATE), code, label, value (double), text, unit, ordinal (int32), source.")
            .WithDescription(RangeDescription)
            .Produces(StatusCodes.Status200OK, contentType: ParquetExport.ContentType);
        return api;
    }

    /// <summary>The file name an export is saved under, e.g. <c>fibrotrack-daily-2026-01-01-to-2026-06-30.csv</c>.</summary>
    public static string FileName(ExportKind kind, ExportFormat format, ExportRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        var name = kind switch
        {
            ExportKind.Observations => "observations",
            ExportKind.Daily => "daily",
            _ => "daily-columns",
        };
        var dates = range.IsEmpty ? string.Empty : $"-{range.From:yyyy-MM-dd}-to-{range.To:yyyy-MM-dd}";
        return $"fibrotrack-{name}{dates}.{(format == ExportFormat.Csv ? "csv" : "parquet")}";
    }

    private static async Task<Results<PushStreamHttpResult, ValidationProblem>> ExportAsync(
        ExportKind kind, ExportFormat format, string? from, string? to, ExportService exports, CancellationToken ct)
    {
        DateOnly? start = null;
        DateOnly? end = null;
        if (from is not null)
        {
            if (!DiaryApi.TryParseDate(from, "from", out var date, out var problem))
            {
                return problem;
            }

            start = date;
        }

        if (to is not null)
        {
            if (!DiaryApi.TryParseDate(to, "to", out var date, out var problem))
            {
                return problem;
            }

            end = date;
        }

        var range = await exports.ResolveRangeAsync(kind, start, end, ct);
        if (!range.IsValid)
        {
            return TypedResults.ValidationProblem(range.ErrorsByField());
        }

        // Headers go out with the first bytes; the rows follow as they are read, never gathered into one string.
        return TypedResults.Stream(
            body => exports.WriteAsync(kind, format, range.Value!, body, ct),
            format == ExportFormat.Csv ? CsvExport.ContentType : ParquetExport.ContentType,
            FileName(kind, format, range.Value!));
    }
}
