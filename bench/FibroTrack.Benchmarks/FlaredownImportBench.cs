using System.Diagnostics;
using System.Globalization;
using System.Text;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Import;
using FibroTrack.Hosting;
using FibroTrack.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Benchmarks;

/// <summary>
/// <c>flaredown [rows] [people]</c>: writes a synthetic Flaredown export (default 1,000,000 rows over 100 people, ten
/// trackables a check-in: five symptoms, a condition, a treatment with a dose, a tag, a food and a weather row), then
/// times the administrator's all-users import of it on a fresh SQLite file: preview (parse and validate) and commit
/// (accounts, custom variables, regimen items, diary), and reports the process's peak working set.
/// </summary>
internal static class FlaredownImportBench
{
    private static readonly string[] Symptoms = ["Pain", "Fatigue", "Brain fog", "Headache", "Nausea"];

    public static void Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task RunAsync(string[] args)
    {
        var rows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
        var people = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;
        var folder = Path.Combine(Path.GetTempPath(), "fibrotrack-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "flaredown.csv");
            var written = Generate(file, rows, people);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {written:N0} rows for {people} people: {new FileInfo(file).Length / 1e6:0.0} MB."));

            await using var app = FibroTrackApp.CreateBuilder(
            [
                $"--Database:Path={Path.Combine(folder, "fibrotrack.db")}",
                "--Logging:LogLevel:Default=Warning",
                "--Logging:LogLevel:Microsoft.AspNetCore.DataProtection=Error",
            ]).Build();
            await DatabaseMigrator.MigrateAsync(app.Services, app.Logger, CancellationToken.None);
            await using (var setup = app.Services.CreateAsyncScope())
            {
                var created = await setup.ServiceProvider.GetRequiredService<UserManager<AppUser>>()
                    .CreateAsync(new AppUser { UserName = "admin@bench.invalid", Email = "admin@bench.invalid" }, "correct horse battery");
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException("Could not create the administrator.");
                }
            }

            GC.Collect();
            await using var scope = app.Services.CreateAsyncScope();
            var imports = scope.ServiceProvider.GetRequiredService<ImportService>();
            var watch = Stopwatch.StartNew();
            PreparedImport prepared;
            await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous))
            {
                prepared = await imports.PrepareFlaredownForAllAsync(stream, null, CancellationToken.None);
            }

            var preview = watch.Elapsed.TotalSeconds;
            if (!prepared.Plan.IsValid)
            {
                throw new InvalidOperationException($"The synthetic file has errors: {prepared.Plan.Errors[0].Field} {prepared.Plan.Errors[0].Message}");
            }

            var outcome = await imports.CommitAsync(prepared, null, CancellationToken.None);
            watch.Stop();
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var observations = prepared.Plan.People.Sum(p => p.Observations);
            var days = prepared.Plan.People.Sum(p => p.DaysToCreate);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{prepared.Plan.Rows:N0} rows, {outcome.CreatedAccounts.Count} accounts, {days:N0} days, {observations:N0} observations on {Environment.ProcessorCount} cores: " +
                $"preview {preview:0.0} s, commit {watch.Elapsed.TotalSeconds - preview:0.0} s, total {watch.Elapsed.TotalSeconds:0.0} s; " +
                $"peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB."));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Ten rows a check-in, people after one another and their days in order, as Flaredown exports them.</summary>
    private static long Generate(string path, int rows, int people)
    {
        var random = new Random(20261124);
        var perPerson = Math.Max(10, rows / people);
        var daysEach = perPerson / 10;
        var first = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-daysEach - 2);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write("user_id,age,sex,country,checkin_date,trackable_id,trackable_type,trackable_name,trackable_value\n");
        var written = 0L;
        for (var p = 0; p < people && written < rows; p++)
        {
            var user = Convert.ToBase64String(BitConverter.GetBytes(p * 7919L + 17));
            for (var d = 0; d < daysEach && written < rows; d++)
            {
                var date = first.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var prefix = $"{user},45,female,US,{date},";
                for (var s = 0; s < Symptoms.Length; s++)
                {
                    writer.Write($"{prefix}{s + 1},Symptom,{Symptoms[s]},{random.Next(0, 5)}\n");
                }

                writer.Write($"{prefix}10,Condition,Fibromyalgia,{random.Next(0, 5)}\n");
                writer.Write($"{prefix}20,Treatment,Duloxetine,{(d < daysEach / 2 ? "30 mg" : "60 mg")}\n");
                writer.Write($"{prefix}30,Tag,{(random.Next(2) == 0 ? "work" : "rest")},\n");
                writer.Write($"{prefix}40,Food,{(random.Next(2) == 0 ? "Coffee" : "Kale")},\n");
                writer.Write($"{prefix}50,Weather,humidity,{random.Next(20, 90)}\n");
                written += 10;
            }
        }

        return written;
    }
}
