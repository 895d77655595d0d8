using System.Globalization;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Diary;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Cli;

/// <summary>
/// <c>fibrotrack export csv|parquet</c> against a real SQLite file holding a demo account made by <c>fibrotrack demo</c>.
/// The files are read back with the same readers as the API tests.
/// </summary>
[Collection(RedirectedConsole.Name)]
public sealed class ExportCliTests : IDisposable
{
    private const string DemoEmail = "demo@fibrotrack.local";
    private const int DemoDays = 120;

    private readonly string _folder = Directory.CreateTempSubdirectory("fibrotrack-export-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<FibroTrackFactory> DemoDatabaseAsync()
    {
        var factory = new FibroTrackFactory();
        var demo = await CliRun.RunAsync("a long enough password\n",
            ["demo", .. factory.DatabaseArgs, "--days", DemoDays.ToString(CultureInfo.InvariantCulture), "--password-stdin"]);
        Assert.Equal(0, demo.ExitCode);
        return factory;
    }

    private static Task<CliResult> ExportAsync(FibroTrackFactory factory, params string[] args) =>
        CliRun.RunAsync(string.Empty, ["export", .. args, .. factory.DatabaseArgs]);

    private static async Task<T> AsDemoAsync<T>(FibroTrackFactory factory, Func<IServiceProvider, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(DemoEmail);
        scope.ServiceProvider.GetRequiredService<OwnerScope>().ActAs(user!.Id);
        return await read(scope.ServiceProvider);
    }

    [Fact]
    public async Task ExportCsv_Observations_WritesOneRowPerStoredObservation()
    {
        using var factory = await DemoDatabaseAsync();
        var path = Path.Combine(_folder, "observations.csv");

        var result = await ExportAsync(factory, "csv", "--email", DemoEmail, "--out", path);

        Assert.Equal(0, result.ExitCode);
        var expected = await AsDemoAsync(factory, async services =>
        {
            var db = services.GetRequiredService<FibroTrackDbContext>();
            return await db.Observations.CountAsync(Ct) + await db.LabResults.CountAsync(Ct);
        });
        var csv = ExportFiles.ReadCsv(await File.ReadAllTextAsync(path, Ct));
        Assert.Equal(expected, csv.Rows.Count);
        Assert.Contains($"Wrote {expected} rows", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(path + ".partial"));
    }

    [Fact]
    public async Task ExportParquet_Daily_WritesTheMatrixOfTheWholeDiary()
    {
        using var factory = await DemoDatabaseAsync();
        var path = Path.Combine(_folder, "daily.parquet");

        var result = await ExportAsync(factory, "parquet", "--email", DemoEmail, "--out", path, "--kind", "daily");

        Assert.Equal(0, result.ExitCode);
        var matrix = await AsDemoAsync(factory, async services =>
        {
            var db = services.GetRequiredService<FibroTrackDbContext>();
            var first = await db.DiaryEntries.MinAsync(e => e.Date, Ct);
            var last = await db.DiaryEntries.MaxAsync(e => e.Date, Ct);
            return await services.GetRequiredService<DiaryService>().MatrixAsync(first, last, Ct);
        });
        var parquet = await ExportFiles.ReadParquetAsync(await File.ReadAllBytesAsync(path, Ct));
        Assert.Equal(matrix.DayCount, parquet.RowCount);
        Assert.Equal(["date", .. matrix.Columns.Select(c => c.Code)], parquet.Fields.Select(f => f.Name));
        var pain = matrix.Column("symptom.pain").ToArray().Select(v => double.IsNaN(v) ? (double?)null : v);
        Assert.Equal(pain, (double?[])parquet.Columns["symptom.pain"]);
    }

    [Fact]
    public async Task ExportCsv_DailyWithRange_WritesOnlyThoseDays()
    {
        using var factory = await DemoDatabaseAsync();
        var path = Path.Combine(_folder, "daily.csv");
        var to = DateOnly.FromDateTime(DateTime.Now).AddDays(-1);
        var from = to.AddDays(-9);

        var result = await ExportAsync(factory, "csv", "--email", DemoEmail, "--out", path, "--kind", "daily",
            "--from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        Assert.Equal(0, result.ExitCode);
        var csv = ExportFiles.ReadCsv(await File.ReadAllTextAsync(path, Ct));
        Assert.Equal(10, csv.Rows.Count);
        Assert.Equal(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), csv.Rows[0][0]);
    }

    [Fact]
    public async Task ExportCsv_ReversedRange_ExitCode2NamingTo()
    {
        using var factory = await DemoDatabaseAsync();
        var path = Path.Combine(_folder, "reversed.csv");

        var result = await ExportAsync(factory, "csv", "--email", DemoEmail, "--out", path, "--from", "2026-02-01", "--to", "2026-01-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--to:", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task ExportCsv_UnknownEmail_ExitCode1()
    {
        using var factory = new FibroTrackFactory();
        var path = Path.Combine(_folder, "nobody.csv");

        var result = await ExportAsync(factory, "csv", "--email", "nobody@example.test", "--out", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No account", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task ExportParquet_DailyColumnsKind_RefusedByTheParser()
    {
        using var factory = new FibroTrackFactory();

        var result = await ExportAsync(factory, "parquet", "--email", DemoEmail, "--out", Path.Combine(_folder, "x.parquet"), "--kind", "daily-columns");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("daily-columns", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportFhir_TransactionBundle_WrittenAndParsesWithFirely()
    {
        using var factory = await DemoDatabaseAsync();
        var path = Path.Combine(_folder, "bundle.json");

        var result = await ExportAsync(factory, "fhir", "--email", DemoEmail, "--type", "transaction", "--out", path);

        Assert.Equal(0, result.ExitCode);
        var bundle = (Hl7.Fhir.Model.Bundle)FibroTrack.Fhir.FhirJson.ParseResource(await File.ReadAllTextAsync(path, Ct));
        Assert.Equal(Hl7.Fhir.Model.Bundle.BundleType.Transaction, bundle.Type);
        Assert.Contains(bundle.Entry, e => e.Resource is Hl7.Fhir.Model.Patient);
        Assert.All(bundle.Entry, e => Assert.NotNull(e.Request));
    }
}
