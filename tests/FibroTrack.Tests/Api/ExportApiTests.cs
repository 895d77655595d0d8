using System.Globalization;
using System.Net;
using System.Text.Json;
using FibroTrack.Core.Matrix;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Diary;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FibroTrack.Tests.Api.ApiCalls;

namespace FibroTrack.Tests.Api;

/// <summary>
/// <c>/api/v1/export</c> on the seeded demo year (diary, questionnaires, labs): the files hold exactly what is stored,
/// in the shapes pandas and R read, with text that a spreadsheet cannot run and numbers that stay numbers.
/// </summary>
public sealed class ExportApiTests(DemoAccountFactory factory) : IClassFixture<DemoAccountFactory>
{
    private static readonly string[] AllPaths =
    [
        "/api/v1/export/observations.csv",
        "/api/v1/export/daily.csv",
        "/api/v1/export/daily-columns.csv",
        "/api/v1/export/daily.parquet",
        "/api/v1/export/observations.parquet",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Paths => [.. AllPaths];

    /// <summary>Reads the database as the demo person, through the app's own services and owner filter.</summary>
    private async Task<T> AsDemoAsync<T>(Func<IServiceProvider, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(DemoAccountFactory.Email);
        scope.ServiceProvider.GetRequiredService<OwnerScope>().ActAs(user!.Id);
        return await read(scope.ServiceProvider);
    }

    /// <summary>The demo person's daily matrix over their whole diary, as the app builds it.</summary>
    private Task<DailyMatrix> DemoMatrixAsync() => AsDemoAsync(async services =>
    {
        var db = services.GetRequiredService<FibroTrackDbContext>();
        var first = await db.DiaryEntries.MinAsync(e => e.Date, Ct);
        var last = await db.DiaryEntries.MaxAsync(e => e.Date, Ct);
        return await services.GetRequiredService<DiaryService>().MatrixAsync(first, last, Ct);
    });

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task ObservationsCsv_DemoYear_OneRowPerStoredObservationAndLabResult()
    {
        var client = await factory.SignInAsync();
        var expected = await AsDemoAsync(async services =>
        {
            var db = services.GetRequiredService<FibroTrackDbContext>();
            return await db.Observations.CountAsync(Ct) + await db.LabResults.CountAsync(Ct);
        });

        var csv = await client.GetCsvAsync("/api/v1/export/observations.csv");

        Assert.Equal(["date", "code", "label", "value", "text", "unit", "ordinal", "source"], csv.Header);
        Assert.Equal(expected, csv.Rows.Count);
        var sources = csv.Rows.Select(r => r[csv.Column("source")]).ToHashSet();
        Assert.Equal(["diary", "instrument", "lab"], sources.Order());
    }

    [Fact]
    public async Task ObservationsCsv_DemoYear_InDateOrderWithLabelsAndUnits()
    {
        var client = await factory.SignInAsync();

        var csv = await client.GetCsvAsync("/api/v1/export/observations.csv");

        var dates = csv.Rows.Select(r => DateOnly.ParseExact(r[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.Order(), dates);
        var pain = csv.Rows.First(r => r[csv.Column("code")] == "symptom.pain");
        Assert.Equal("diary", pain[csv.Column("source")]);
        Assert.Equal("{score}", pain[csv.Column("unit")]);
        Assert.False(string.IsNullOrEmpty(pain[csv.Column("label")]));
        var fiqr = csv.Rows.First(r => r[csv.Column("code")] == "fiqr.total");
        Assert.Equal("instrument", fiqr[csv.Column("source")]);
        Assert.Equal("FIQR total", fiqr[csv.Column("label")]);
        var crp = csv.Rows.First(r => r[csv.Column("source")] == "lab" && r[csv.Column("value")].Length > 0);
        Assert.False(string.IsNullOrEmpty(crp[csv.Column("unit")]));
    }

    [Fact]
    public async Task ObservationsCsv_Response_CsvAttachmentNamedAfterTheRange()
    {
        var client = await factory.SignInAsync();

        using var response = await client.GetAsync("/api/v1/export/observations.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Matches(@"^fibrotrack-observations-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$", disposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal((byte)'d', bytes[0]); // no byte-order mark: R's read.csv would put it in the first column's name
    }

    [Fact]
    public async Task DailyParquet_Response_ParquetAttachment()
    {
        var client = await factory.SignInAsync();

        using var response = await client.GetAsync("/api/v1/export/daily.parquet", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.apache.parquet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".parquet", response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
        Assert.Equal("PAR1"u8.ToArray(), bytes[^4..]);
    }

    [Fact]
    public async Task DailyCsv_DemoYear_OneRowPerCalendarDayWithMatrixCodesAsHeader()
    {
        var client = await factory.SignInAsync();
        var matrix = await DemoMatrixAsync();

        var csv = await client.GetCsvAsync("/api/v1/export/daily.csv");

        Assert.Equal(["date", .. matrix.Columns.Select(c => c.Code)], csv.Header);
        Assert.Equal(matrix.DayCount, csv.Rows.Count);
        Assert.Equal(Enumerable.Range(0, matrix.DayCount).Select(d => Iso(matrix.DateAt(d))), csv.Rows.Select(r => r[0]));
    }

    [Fact]
    public async Task DailyCsv_DemoYear_EveryCellEqualsTheMatrix()
    {
        var client = await factory.SignInAsync();
        var matrix = await DemoMatrixAsync();

        var csv = await client.GetCsvAsync("/api/v1/export/daily.csv");

        for (var day = 0; day < matrix.DayCount; day++)
        {
            for (var c = 0; c < matrix.Columns.Count; c++)
            {
                var expected = matrix[day, c];
                var cell = csv.Rows[day][c + 1];
                if (double.IsNaN(expected))
                {
                    Assert.True(cell.Length == 0, $"{matrix.DateAt(day)} {matrix.Columns[c].Code}: '{cell}' where nothing was recorded");
                }
                else
                {
                    Assert.Equal(expected, ExportFiles.ParseNumber(cell));
                }
            }
        }
    }

    [Fact]
    public async Task DailyColumnsCsv_DemoYear_OneRowPerMatrixColumnWithLabel()
    {
        var client = await factory.SignInAsync();
        var matrix = await DemoMatrixAsync();

        var csv = await client.GetCsvAsync("/api/v1/export/daily-columns.csv");

        Assert.Equal(["code", "label", "kind", "variable"], csv.Header);
        Assert.Equal(matrix.Columns.Select(c => c.Code), csv.Rows.Select(r => r[0]));
        Assert.Equal(matrix.Columns.Select(c => c.Label), csv.Rows.Select(r => r[1]));
    }

    [Fact]
    public async Task DailyParquet_DemoYear_TypedSchemaAndMatrixValues()
    {
        var client = await factory.SignInAsync();
        var matrix = await DemoMatrixAsync();

        var parquet = await client.GetParquetAsync("/api/v1/export/daily.parquet");

        Assert.Equal(["date", .. matrix.Columns.Select(c => c.Code)], parquet.Fields.Select(f => f.Name));
        Assert.Equal(typeof(DateOnly), parquet.Fields[0].ClrType);
        Assert.False(parquet.Fields[0].IsNullable);
        var dateElement = parquet.Elements.Single(e => e.Name == "date");
        Assert.Equal(Parquet.Meta.Type.INT32, dateElement.Type);
        Assert.NotNull(dateElement.LogicalType?.DATE);
        Assert.All(parquet.Fields.Skip(1), f =>
        {
            Assert.Equal(typeof(double), f.ClrType);
            Assert.True(f.IsNullable);
        });
        Assert.Equal(matrix.DayCount, parquet.RowCount);
        Assert.Equal(Enumerable.Range(0, matrix.DayCount).Select(matrix.DateAt), (DateOnly[])parquet.Columns["date"]);
        for (var c = 0; c < matrix.Columns.Count; c++)
        {
            var values = (double?[])parquet.Columns[matrix.Columns[c].Code];
            var expected = matrix.Column(c).ToArray().Select(v => double.IsNaN(v) ? (double?)null : v);
            Assert.Equal(expected, values);
        }

        var labels = JsonSerializer.Deserialize<Dictionary<string, string>>(parquet.Metadata["fibrotrack.labels"])!;
        Assert.Equal(matrix.Columns[matrix.IndexOf("symptom.pain")].Label, labels["symptom.pain"]);
    }

    [Fact]
    public async Task ObservationsParquet_DemoYear_TypedSchemaAndSameRowsAsCsv()
    {
        var client = await factory.SignInAsync();
        var csv = await client.GetCsvAsync("/api/v1/export/observations.csv");

        var parquet = await client.GetParquetAsync("/api/v1/export/observations.parquet");

        Assert.Equal(["date", "code", "label", "value", "text", "unit", "ordinal", "source"], parquet.Fields.Select(f => f.Name));
        Assert.Equal(typeof(DateOnly), parquet.Fields[0].ClrType);
        Assert.NotNull(parquet.Elements.Single(e => e.Name == "date").LogicalType?.DATE);
        Assert.Equal(typeof(double), parquet.Fields[3].ClrType);
        Assert.True(parquet.Fields[3].IsNullable);
        Assert.Equal(typeof(int), parquet.Fields[6].ClrType);
        Assert.All(new[] { "code", "label", "text", "unit", "source" }, name =>
        {
            var element = parquet.Elements.Single(e => e.Name == name);
            Assert.Equal(Parquet.Meta.Type.BYTE_ARRAY, element.Type);
            Assert.NotNull(element.LogicalType?.STRING);
        });
        Assert.Equal(csv.Rows.Count, parquet.RowCount);
        Assert.Equal(csv.Rows.Select(r => r[0]), ((DateOnly[])parquet.Columns["date"]).Select(Iso));
        Assert.Equal(csv.Rows.Select(r => r[1]), (string[])parquet.Columns["code"]);
        Assert.Equal(csv.Rows.Select(r => ExportFiles.ParseNumber(r[3])), (double?[])parquet.Columns["value"]);
        Assert.Equal(csv.Rows.Select(r => r[7]), (string[])parquet.Columns["source"]);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Export_ReversedRange_400NamingTo(string path)
    {
        var client = await factory.SignInAsync();

        using var response = await client.GetAsync($"{path}?from={Date(10)}&to={Date(20)}", Ct);

        Assert.Equal(["to"], await ValidationFieldsAsync(response));
    }

    [Fact]
    public async Task Export_FromNotADate_400NamingFrom()
    {
        var client = await factory.SignInAsync();

        using var response = await client.GetAsync("/api/v1/export/daily.csv?from=01/02/2026", Ct);

        Assert.Equal(["from"], await ValidationFieldsAsync(response));
    }

    [Fact]
    public async Task Export_RangeLongerThanMaximum_400NamingFrom()
    {
        var client = await factory.SignInAsync();
        var to = DateOnly.FromDateTime(DateTime.UtcNow);
        var from = to.AddDays(-DiaryService.MaxRangeDays);

        using var response = await client.GetAsync($"/api/v1/export/observations.csv?from={Iso(from)}&to={Iso(to)}", Ct);

        Assert.Equal(["from"], await ValidationFieldsAsync(response));
    }

    [Fact]
    public async Task Export_DateRange_OnlyThoseDays()
    {
        var client = await factory.SignInAsync();
        var matrix = await DemoMatrixAsync();
        var from = matrix.End.AddDays(-59);
        var to = matrix.End.AddDays(-30);
        var expected = await AsDemoAsync(async services =>
        {
            var db = services.GetRequiredService<FibroTrackDbContext>();
            return await db.Observations.CountAsync(o => o.Date >= from && o.Date <= to, Ct)
                + await db.LabResults.CountAsync(l => l.SpecimenDate >= from && l.SpecimenDate <= to, Ct);
        });

        var daily = await client.GetCsvAsync($"/api/v1/export/daily.csv?from={Iso(from)}&to={Iso(to)}");
        var observations = await client.GetCsvAsync($"/api/v1/export/observations.csv?from={Iso(from)}&to={Iso(to)}");

        Assert.Equal(30, daily.Rows.Count);
        Assert.Equal(Iso(from), daily.Rows[0][0]);
        Assert.Equal(Iso(to), daily.Rows[^1][0]);
        Assert.Equal(expected, observations.Rows.Count);
        Assert.All(observations.Rows, r => Assert.InRange(r[0], Iso(from), Iso(to)));
    }

    [Fact]
    public async Task Export_OnlyFromGiven_RunsToTheLastDiaryDay()
    {
        var client = await factory.SignInAsync();
        var matrix = await DemoMatrixAsync();
        var from = matrix.End.AddDays(-6);

        var daily = await client.GetCsvAsync($"/api/v1/export/daily.csv?from={Iso(from)}");

        Assert.Equal(Enumerable.Range(0, 7).Select(d => Iso(from.AddDays(d))), daily.Rows.Select(r => r[0]));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Export_WithoutToken_401(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Export_AnotherPerson_NeverSeesTheDemoPersonsData()
    {
        var other = await Accounts.SignUpAsync(factory);
        using (var put = await other.PutDayAsync(Date(3), new { values = new Dictionary<string, object> { ["symptom.pain"] = 3 }, notes = "Only mine" }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var observations = await other.GetCsvAsync("/api/v1/export/observations.csv");
        var daily = await other.GetCsvAsync("/api/v1/export/daily.csv");
        var parquet = await other.GetParquetAsync("/api/v1/export/observations.parquet");
        var dailyParquet = await other.GetParquetAsync("/api/v1/export/daily.parquet");

        Assert.Equal([("symptom.pain", "3"), ("diary.note", "")], observations.Rows.Select(r => (r[1], r[3])));
        Assert.Equal(Date(3), Assert.Single(daily.Rows)[0]);
        Assert.Equal(2, parquet.RowCount);
        Assert.Equal(1, dailyParquet.RowCount);
        var demo = await factory.SignInAsync();
        var demoObservations = await demo.GetCsvAsync("/api/v1/export/observations.csv");
        Assert.DoesNotContain(demoObservations.Rows, r => r[4] == "Only mine");
    }

    [Fact]
    public async Task Export_NothingRecorded_HeaderOnlyAndEmptyParquet()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var response = await client.GetAsync("/api/v1/export/daily.csv", Ct);
        var daily = ExportFiles.ReadCsv(await response.Content.ReadAsStringAsync(Ct));
        var observations = await client.GetCsvAsync("/api/v1/export/observations.csv");
        var parquet = await client.GetParquetAsync("/api/v1/export/observations.parquet");
        var dailyParquet = await client.GetParquetAsync("/api/v1/export/daily.parquet");

        Assert.Equal("fibrotrack-daily.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("date", daily.Header[0]);
        Assert.Contains("symptom.pain", daily.Header);
        Assert.Empty(daily.Rows);
        Assert.Empty(observations.Rows);
        Assert.Equal(0, parquet.RowCount);
        Assert.Equal(8, parquet.Fields.Count);
        Assert.Equal(0, dailyParquet.RowCount);
        Assert.Equal(daily.Header, dailyParquet.Fields.Select(f => f.Name));
    }

    [Fact]
    public async Task ObservationsCsv_FormulaInNoteAndTag_NeutralisedWhileNegativeNumberStaysNumeric()
    {
        var client = await Accounts.SignUpAsync(factory);
        var code = (await client.CreateAsync("/api/v1/custom-variables", new { name = "Weight change", type = "quantity", kind = "exposure", unit = "kg", min = -10, max = 10 }))
            .GetProperty("variable").GetProperty("code").GetString()!;
        const string Formula = "=HYPERLINK(\"https://attacker.example\",\"Click\")";
        using (var put = await client.PutDayAsync(Date(2), new { values = new Dictionary<string, object> { [code] = -2.5 }, tags = new[] { "@risk" }, notes = Formula }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        using var response = await client.GetAsync("/api/v1/export/observations.csv", Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        var csv = ExportFiles.ReadCsv(text);

        // OWASP "CSV Injection": prefix with an apostrophe and quote the cell, doubling the quotes inside.
        Assert.Contains("\"'=HYPERLINK(\"\"https://attacker.example\"\",\"\"Click\"\")\"", text, StringComparison.Ordinal);
        Assert.Equal("'" + Formula, csv.Rows.Single(r => r[1] == "diary.note")[4]);
        Assert.Equal("'@risk", csv.Rows.Single(r => r[1] == "diary.tag")[4]);
        var weight = csv.Rows.Single(r => r[1] == code);
        Assert.Equal("-2.5", weight[3]);
        Assert.Contains($",{code},Weight change,-2.5,,kg,0,diary", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DailyCsv_NegativeNumberAndFormulaTag_NumberStaysNumericTagLabelNeutralised()
    {
        var client = await Accounts.SignUpAsync(factory);
        var code = (await client.CreateAsync("/api/v1/custom-variables", new { name = "Weight change", type = "quantity", kind = "exposure", unit = "kg", min = -10, max = 10 }))
            .GetProperty("variable").GetProperty("code").GetString()!;
        using (var put = await client.PutDayAsync(Date(2), new { values = new Dictionary<string, object> { [code] = -2.5 }, tags = new[] { "-1 day" } }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var daily = await client.GetCsvAsync("/api/v1/export/daily.csv");
        var columns = await client.GetCsvAsync("/api/v1/export/daily-columns.csv");

        Assert.Equal("-2.5", Assert.Single(daily.Rows)[daily.Column(code)]);
        Assert.Equal("1", daily.Rows[0][daily.Column("tag:-1 day")]);
        Assert.Equal("'-1 day", columns.Rows.Single(r => r[0] == "tag:-1 day")[1]);
    }

    [Fact]
    public async Task ObservationsParquet_FormulaInNote_KeptAsTyped()
    {
        // Parquet is read by analysis tools, not spreadsheets: text is stored exactly as the person wrote it.
        var client = await Accounts.SignUpAsync(factory);
        const string Formula = "=1+2";
        using (var put = await client.PutDayAsync(Date(2), new { notes = Formula }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var parquet = await client.GetParquetAsync("/api/v1/export/observations.parquet");

        Assert.Equal(Formula, Assert.Single((string[])parquet.Columns["text"]));
        Assert.Null(Assert.Single((double?[])parquet.Columns["value"]));
    }
}
