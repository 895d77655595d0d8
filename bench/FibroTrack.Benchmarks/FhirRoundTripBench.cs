using System.Diagnostics;
using System.Globalization;
using FibroTrack.Core.Demo;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Demo;
using FibroTrack.Features.Fhir;
using FibroTrack.Features.Import;
using FibroTrack.Fhir;
using FibroTrack.Hosting;
using FibroTrack.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using FhirObservation = Hl7.Fhir.Model.Observation;

namespace FibroTrack.Benchmarks;

/// <summary>
/// <c>fhir [days]</c>: seeds one person with <c>days</c> (default 730) of demo data through <see cref="DemoSeeder"/> on a fresh
/// SQLite file, then times (a) the FHIR export as the endpoint makes it (<see cref="FhirExportService"/> created per request, then JSON) and
/// (b) the preview and commit of that bundle into a new, empty account (<see cref="FhirImportService"/>), and reports the
/// number of Observation resources and the process's peak working set.
/// </summary>
internal static class FhirRoundTripBench
{
    public static void Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task RunAsync(string[] args)
    {
        var days = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 730;
        var folder = Path.Combine(Path.GetTempPath(), "fibrotrack-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var app = FibroTrackApp.CreateBuilder(
            [
                $"--Database:Path={Path.Combine(folder, "fibrotrack.db")}",
                "--Logging:LogLevel:Default=Warning",
                "--Logging:LogLevel:Microsoft.AspNetCore.DataProtection=Error",
            ]).Build();
            await DatabaseMigrator.MigrateAsync(app.Services, app.Logger, CancellationToken.None);
            var source = await CreateAccountAsync(app, "source@bench.invalid");
            var target = await CreateAccountAsync(app, "target@bench.invalid");

            // A fixed generator seed and yesterday as the last day: the same person every run, and no day in the future.
            var lastDay = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
            var seedWatch = Stopwatch.StartNew();
            await using (var seed = app.Services.CreateAsyncScope())
            {
                var errors = await DemoSeeder.SeedAsync(seed.ServiceProvider, source, DemoDiaryGenerator.Generate(lastDay, days), CancellationToken.None);
                if (errors.Count > 0)
                {
                    throw new InvalidOperationException($"Seeding failed: {errors[0].Field} {errors[0].Message}");
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded {days} demo days in {seedWatch.Elapsed.TotalSeconds:0.0} s."));

            GC.Collect();
            byte[] bytes;
            int observations;
            var watch = Stopwatch.StartNew();
            await using (var scope = app.Services.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<OwnerScope>().ActAs(source);
                var bundle = await ActivatorUtilities.CreateInstance<FhirExportService>(scope.ServiceProvider).ExportAsync(FhirBundleKind.Collection, null, null, CancellationToken.None);
                bytes = FhirJson.SerializeToUtf8Bytes(bundle);
                observations = bundle.Entry.Count(e => e.Resource is FhirObservation);
            }

            var export = watch.Elapsed.TotalSeconds;
            watch.Restart();
            FhirImportOutcome outcome;
            double preview;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                scope.ServiceProvider.GetRequiredService<OwnerScope>().ActAs(target);
                var importer = scope.ServiceProvider.GetRequiredService<FhirImportService>();
                var prepared = await importer.PrepareAsync(new MemoryStream(bytes, writable: false), ndjson: false, null, null, CancellationToken.None);
                preview = watch.Elapsed.TotalSeconds;
                if (!prepared.Preview.IsValid)
                {
                    throw new InvalidOperationException($"The exported bundle does not import: {prepared.Preview.Errors[0].Path} {prepared.Preview.Errors[0].Message}");
                }

                outcome = await importer.CommitAsync(prepared, null, CancellationToken.None);
            }

            var import = watch.Elapsed.TotalSeconds;
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var plan = outcome.Plan;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{days} days: bundle {bytes.Length / 1e6:0.0} MB with {observations:N0} Observation resources; export {export:0.00} s; " +
                $"import preview {preview:0.00} s + commit {import - preview:0.00} s = {import:0.00} s ({plan.DaysToCreate:N0} days, {plan.Observations:N0} diary observations, " +
                $"{plan.LabsToCreate} labs, {plan.ResponsesToCreate} questionnaire responses, {plan.RegimenItems.Count} regimen items, {plan.InfectionsToCreate} infections) " +
                $"on {Environment.ProcessorCount} cores; peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB."));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> CreateAccountAsync(WebApplication app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var account = new AppUser { UserName = email, Email = email };
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateAsync(account, "correct horse battery");
        return created.Succeeded ? account.Id : throw new InvalidOperationException($"Could not create {email}.");
    }
}
