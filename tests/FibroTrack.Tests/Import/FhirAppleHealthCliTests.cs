using System.Globalization;
using FibroTrack.Data;
using FibroTrack.Tests.Cli;
using FibroTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FibroTrack.Tests.Import.ImportFiles;

namespace FibroTrack.Tests.Import;

/// <summary><c>fibrotrack import fhir</c> and <c>fibrotrack import apple-health</c> against a real SQLite file.</summary>
[Collection(RedirectedConsole.Name)]
public sealed class FhirAppleHealthCliTests
{
    private const string Person = "person@example.test";
    private const string Password = "a long enough password";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string Bundle = FhirImportTests.Bundle(FhirImportTests.Pain(Date(3), 6), FhirImportTests.Pain(Date(2), 4));

    private static async Task<string> WriteAsync(string text, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fibrotrack-import-{Guid.NewGuid():N}{extension}");
        await File.WriteAllTextAsync(path, text, Ct);
        return path;
    }

    private static async Task<FibroTrackFactory> WithPersonAsync()
    {
        var factory = new FibroTrackFactory();
        Assert.Equal(0, (await CliRun.RunAsync(Password + "\n", ["user", "add", "--email", Person, "--password-stdin", .. factory.DatabaseArgs])).ExitCode);
        return factory;
    }

    private static async Task<List<(DateOnly Date, string Code, double? Value)>> ObservationsAsync(FibroTrackFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>().Observations.IgnoreQueryFilters().ToListAsync(Ct);
        return [.. rows.Select(o => (o.Date, o.Code, o.Value)).OrderBy(o => o.Date).ThenBy(o => o.Code, StringComparer.Ordinal)];
    }

    [Fact]
    public async Task Fhir_DryRun_PrintsPlanAndWritesNothing()
    {
        using var factory = await WithPersonAsync();
        var path = await WriteAsync(Bundle, ".json");

        var result = await CliRun.RunAsync(string.Empty, ["import", "fhir", "--file", path, "--email", Person, "--dry-run", .. factory.DatabaseArgs]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{Person}: 2 new days", result.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run", result.Output, StringComparison.Ordinal);
        Assert.Empty(await ObservationsAsync(factory));
        File.Delete(path);
    }

    [Fact]
    public async Task Fhir_Commit_StoresTheDays()
    {
        using var factory = await WithPersonAsync();
        var path = await WriteAsync(Bundle, ".json");

        var result = await CliRun.RunAsync(string.Empty, ["import", "fhir", "--file", path, "--email", Person, .. factory.DatabaseArgs]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Imported.", result.Output, StringComparison.Ordinal);
        // Pain 6 and 4 on the 0–10 scale the LOINC 72514-3 observations carry.
        Assert.Equal(
            [(DateOnly.Parse(Date(3), CultureInfo.InvariantCulture), "symptom.pain", 6.0), (DateOnly.Parse(Date(2), CultureInfo.InvariantCulture), "symptom.pain", 4.0)],
            (await ObservationsAsync(factory)).Select(o => (o.Date, o.Code, o.Value ?? double.NaN)));
        File.Delete(path);
    }

    [Fact]
    public async Task AppleHealth_DryRun_PrintsPlanAndWritesNothing()
    {
        using var factory = await WithPersonAsync();
        var path = await WriteAsync(AppleHealthImportTests.Export(Date(2), Date(3)), ".xml");

        var result = await CliRun.RunAsync(string.Empty, ["import", "apple-health", "--file", path, "--email", Person, "--dry-run", .. factory.DatabaseArgs]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 new days", result.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run", result.Output, StringComparison.Ordinal);
        Assert.Empty(await ObservationsAsync(factory));
        File.Delete(path);
    }

    [Fact]
    public async Task AppleHealth_Commit_StoresTheDailyAggregates()
    {
        using var factory = await WithPersonAsync();
        var path = await WriteAsync(AppleHealthImportTests.Export(Date(2), Date(3)), ".xml");

        var result = await CliRun.RunAsync(string.Empty, ["import", "apple-health", "--file", path, "--email", Person, .. factory.DatabaseArgs]);

        Assert.Equal(0, result.ExitCode);
        var stored = (await ObservationsAsync(factory)).ToDictionary(o => o.Code, o => o.Value);
        // The export's day: 4000 + 2500 steps from one source, heart rate mean of 70 and 80, 23:00–06:30 asleep.
        Assert.Equal(6500, stored["custom.steps"]);
        Assert.Equal(75, stored["custom.heart-rate"]);
        Assert.Equal(7.5, stored["sleep.hours"]);
        File.Delete(path);
    }
}
