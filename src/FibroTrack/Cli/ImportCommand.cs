using System.CommandLine;
using System.Globalization;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Import;
using Microsoft.AspNetCore.Identity;
using Spectre.Console;

namespace FibroTrack.Cli;

/// <summary>
/// <c>fibrotrack import flaredown|csv</c>: previews a file (a progress bar over its bytes), prints the plan, and unless
/// <c>--dry-run</c> commits it in one transaction. An administrator imports a whole Flaredown file with
/// <c>--all-users --as</c>: one account per user_id, created as needed with a random password that is printed once.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Import diary data from a file: preview, then commit in one transaction.");
        import.Subcommands.Add(CreateFlaredown());
        import.Subcommands.Add(CreateCsv());
        import.Subcommands.Add(CreateFhir());
        import.Subcommands.Add(CreateAppleHealth());
        return import;
    }

    private static Option<FileInfo> FileOption() => new("--file") { Description = "The file to import.", Required = true, HelpName = "path" };

    private static Option<string?> EmailOption() => new("--email") { Description = "The account to import into.", HelpName = "email" };

    private static Option<bool> DryRunOption() => new("--dry-run") { Description = "Only preview: print the plan and write nothing." };

    private static Command CreateFlaredown()
    {
        var file = FileOption();
        var email = EmailOption();
        var dryRun = DryRunOption();
        var userId = new Option<string?>("--user-id") { Description = "The Flaredown user_id to import (needed when the file holds several people).", HelpName = "id" };
        var allUsers = new Option<bool>("--all-users") { Description = "Every user_id into an account of its own (needs --as with an administrator's email)." };
        var asAdmin = new Option<string?>("--as") { Description = "The administrator running --all-users.", HelpName = "admin-email" };
        var command = new Command("flaredown", "Import a Flaredown CSV export (symptoms, conditions, treatments, tags, foods).")
        {
            file, email, userId, allUsers, asAdmin, dryRun,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(allUsers) == (result.GetValue(email) is not null))
            {
                result.AddError("Give either --email for one account or --all-users for everybody in the file.");
            }
            else if (result.GetValue(allUsers) && string.IsNullOrEmpty(result.GetValue(asAdmin)))
            {
                result.AddError("--all-users needs --as with the email of an administrator account.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (parse.GetValue(allUsers))
            {
                return await RunAsync(parse, path, account: null, admin: parse.GetValue(asAdmin), parse.GetValue(dryRun),
                    (service, stream, progress) => service.PrepareFlaredownForAllAsync(stream, progress, ct), ct);
            }

            var selected = parse.GetValue(userId);
            return await RunAsync(parse, path, parse.GetValue(email), admin: null, parse.GetValue(dryRun),
                (service, stream, progress) => service.PrepareFlaredownAsync(stream, selected, progress, ct), ct);
        });
        return command;
    }

    private static Command CreateCsv()
    {
        var file = FileOption();
        var email = EmailOption();
        email.Required = true;
        var dryRun = DryRunOption();
        var mapping = new Option<FileInfo?>("--mapping")
        {
            Description = "JSON object from source variable names to codes, \"custom\", \"custom:<type>\" or \"skip\".",
            HelpName = "path",
        };
        var command = new Command("csv", "Import a long CSV: date, variable, value[, unit], one observation a row.")
        {
            file, email, mapping, dryRun,
        };
        command.SetAction(async (parse, ct) =>
        {
            ReadOnlyMemory<byte>? json = null;
            if (parse.GetValue(mapping) is { } mappingFile)
            {
                if (!mappingFile.Exists || mappingFile.Length > CsvMapping.MaxBytes)
                {
                    await Console.Error.WriteLineAsync($"{mappingFile.FullName}: no such file, or larger than {CsvMapping.MaxBytes:N0} bytes.");
                    return 2;
                }

                json = await File.ReadAllBytesAsync(mappingFile.FullName, ct);
            }

            return await RunAsync(parse, parse.GetValue(file)!, parse.GetValue(email), admin: null, parse.GetValue(dryRun),
                (service, stream, progress) => service.PrepareCsvAsync(stream, json, progress, ct), ct);
        });
        return command;
    }

    private static Command CreateAppleHealth()
    {
        var file = FileOption();
        file.Description = "The Health app's export.zip, or the export.xml inside it.";
        var email = EmailOption();
        email.Required = true;
        var dryRun = DryRunOption();
        var command = new Command("apple-health", "Import an Apple Health export: daily steps, active energy, heart rate, HRV and hours asleep.")
        {
            file, email, dryRun,
        };
        command.SetAction(async (parse, ct) => await RunAsync(parse, parse.GetValue(file)!, parse.GetValue(email), admin: null, parse.GetValue(dryRun),
            (service, stream, progress) => service.PrepareAppleHealthAsync(stream, progress, ct), ct));
        return command;
    }

    private static Command CreateFhir()
    {
        var file = FileOption();
        file.Description = "A FHIR R4 Bundle (JSON), or NDJSON (one resource a line; a .ndjson name, or --ndjson).";
        var email = EmailOption();
        email.Required = true;
        var dryRun = DryRunOption();
        var ndjson = new Option<bool>("--ndjson") { Description = "The file is NDJSON, whatever its name." };
        var mapping = new Option<FileInfo?>("--mapping")
        {
            Description = "JSON object from \"system|code\" of unknown codes to a variable code, \"custom:<type>\", \"custom\" or \"skip\".",
            HelpName = "path",
        };
        var command = new Command("fhir", "Import a FHIR R4 Bundle or NDJSON: diary observations, labs, questionnaires, regimen, infections, profile.")
        {
            file, email, mapping, ndjson, dryRun,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"{path.FullName}: no such file.");
                return 2;
            }

            ReadOnlyMemory<byte>? json = null;
            if (parse.GetValue(mapping) is { } mappingFile)
            {
                if (!mappingFile.Exists || mappingFile.Length > CsvMapping.MaxBytes)
                {
                    await Console.Error.WriteLineAsync($"{mappingFile.FullName}: no such file, or larger than {CsvMapping.MaxBytes:N0} bytes.");
                    return 2;
                }

                json = await File.ReadAllBytesAsync(mappingFile.FullName, ct);
            }

            var account = parse.GetValue(email)!;
            await using var app = await FibroTrackCli.BuildServicesAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            if (!await FibroTrackCli.ActAsPersonAsync(services, account))
            {
                return 1;
            }

            var service = services.GetRequiredService<FhirImportService>();
            var isNdjson = parse.GetValue(ndjson) || path.Extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase);
            PreparedFhirImport? prepared = null;
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Reading {path.Name}", maxValue: Math.Max(1, path.Length));
                    await using var stream = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
                    prepared = await service.PrepareAsync(stream, isNdjson, json, new ProgressBar(v => task.Value = v), ct);
                    task.Value = task.MaxValue;
                });

            var plan = prepared!.Preview;
            PrintFhirPlan(plan);
            if (!plan.IsValid)
            {
                foreach (var error in plan.Errors)
                {
                    await Console.Error.WriteLineAsync($"{error.Path}: {error.Message}");
                }

                await Console.Error.WriteLineAsync($"{plan.ErrorCount} problem(s); nothing was imported.");
                return 1;
            }

            if (parse.GetValue(dryRun))
            {
                Console.WriteLine("Dry run: nothing was written.");
                return 0;
            }

            try
            {
                var outcome = await service.CommitAsync(prepared, null, ct);
                Console.WriteLine(outcome.Status == "committed" ? "Imported." : "Already imported: nothing was written.");
                return 0;
            }
            catch (ImportConflictException e)
            {
                foreach (var error in e.Errors)
                {
                    await Console.Error.WriteLineAsync($"{error.Field}: {error.Message}");
                }

                await Console.Error.WriteLineAsync("Nothing was imported.");
                return 1;
            }
        });
        return command;
    }

    private static void PrintFhirPlan(FhirImportPreview plan)
    {
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"fhir: {plan.Bytes:N0} bytes, sha256 {plan.Sha256}{(plan.AlreadyImported ? "; already imported" : string.Empty)}"));
        Console.WriteLine(string.Create(ci,
            $"  {plan.Email}: {plan.DaysToCreate:N0} new days, {plan.DaysToMerge:N0} merged, {plan.Observations:N0} observations, {plan.NewVariables.Count} new variables"));
        Console.WriteLine(string.Create(ci,
            $"  labs {plan.LabsToCreate} new ({plan.LabsExisting} already there); questionnaires {plan.ResponsesToCreate} new, {plan.ResponsesToReplace} replaced, {plan.ResponsesUnchanged} unchanged; " +
            $"infections {plan.InfectionsToCreate} new ({plan.InfectionsExisting} already there); {plan.DerivedScoresSkipped} score observations recomputed instead"));
        foreach (var r in plan.RegimenItems.Take(40))
        {
            Console.WriteLine(string.Create(ci, $"    {(r.Exists ? "=" : "+")} {r.Code} from {r.StartDate:yyyy-MM-dd}, {r.Dose} {r.Unit}, {r.DoseChanges} dose changes"));
        }

        if (plan.Profile is { } p)
        {
            Console.WriteLine(string.Create(ci, $"  profile: sex {p.Sex ?? "-"}, born {p.BirthDate:yyyy-MM-dd}, symptoms since {p.SymptomOnsetDate:yyyy-MM-dd}"));
        }

        foreach (var u in plan.UnknownCodes.Take(40))
        {
            Console.WriteLine(string.Create(ci, $"  unknown {u.System}|{u.Code} \"{u.Display}\" ×{u.Count} at {u.FirstPath}{(u.MappedTo is null ? ": not imported" : $" → {u.MappedTo}")}"));
        }

        foreach (var (type, count) in plan.IgnoredResources)
        {
            Console.WriteLine(string.Create(ci, $"  ignored {count:N0} {type}"));
        }
    }

    private static async Task<int> RunAsync(
        ParseResult parse, FileInfo path, string? account, string? admin, bool dryRun,
        Func<ImportService, Stream, IProgress<long>, Task<PreparedImport>> prepare, CancellationToken ct)
    {
        if (!path.Exists)
        {
            await Console.Error.WriteLineAsync($"{path.FullName}: no such file.");
            return 2;
        }

        await using var app = await FibroTrackCli.BuildServicesAsync(parse, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (account is not null)
        {
            if (!await FibroTrackCli.ActAsPersonAsync(services, account))
            {
                return 1;
            }
        }
        else
        {
            var user = await users.FindByEmailAsync(admin!);
            if (user is null || !await users.IsInRoleAsync(user, Roles.Administrator))
            {
                await Console.Error.WriteLineAsync($"{admin} is not an administrator account.");
                return 1;
            }
        }

        var service = services.GetRequiredService<ImportService>();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        PreparedImport? prepared = null;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Reading {path.Name}", maxValue: Math.Max(1, path.Length));
                await using var stream = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
                prepared = await prepare(service, stream, new ProgressBar(v => task.Value = v));
                task.Value = task.MaxValue;
            });

        var plan = prepared!.Plan;
        PrintPlan(plan);
        if (!plan.IsValid)
        {
            foreach (var error in plan.Errors)
            {
                await Console.Error.WriteLineAsync($"line {error.Line}{(error.Column is null ? string.Empty : $", {error.Column}")}: {error.Message}");
            }

            await Console.Error.WriteLineAsync($"{plan.ErrorCount} problem(s); nothing was imported.");
            return 1;
        }

        if (dryRun)
        {
            Console.WriteLine("Dry run: nothing was written.");
            return 0;
        }

        ImportOutcome? outcome = null;
        try
        {
            var observations = Math.Max(1, plan.People.Sum(p => p.Observations));
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask("Writing", maxValue: observations);
                    outcome = await service.CommitAsync(prepared, new ProgressBar(v => task.Value = Math.Min(v, observations)), ct);
                    task.Value = task.MaxValue;
                });
        }
        catch (ImportConflictException e)
        {
            foreach (var error in e.Errors)
            {
                await Console.Error.WriteLineAsync($"{error.Field}: {error.Message}");
            }

            await Console.Error.WriteLineAsync("Nothing was imported.");
            return 1;
        }

        Console.WriteLine(outcome!.Status == "committed" ? "Imported." : "Already imported: nothing was written.");
        foreach (var created in outcome.CreatedAccounts)
        {
            Console.WriteLine($"Created {created.Email} for user_id {created.SourceUser}; password: {created.Password}");
        }

        return 0;
    }

    private static void PrintPlan(ImportPlan plan)
    {
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ci, $"{plan.Source}: {plan.Rows:N0} rows, {plan.Bytes:N0} bytes, sha256 {plan.Sha256}"));
        foreach (var p in plan.People)
        {
            var who = p.SourceUser is null ? p.Email : $"user_id {p.SourceUser} → {p.Email}{(p.NewAccount ? " (new account)" : string.Empty)}";
            Console.WriteLine(string.Create(ci,
                $"  {who}: {p.DaysToCreate:N0} new days, {p.DaysToMerge:N0} merged, {p.Observations:N0} observations, " +
                $"{p.NewVariables.Count} new variables, {p.RegimenItems.Count(r => !r.Exists)} new regimen items{(p.AlreadyImported ? "; already imported" : string.Empty)}"));
            foreach (var v in p.NewVariables.Take(20))
            {
                Console.WriteLine($"    + {v.Code} ({v.Type}) \"{v.Name}\"");
            }

            foreach (var r in p.RegimenItems.Where(r => !r.Exists).Take(20))
            {
                Console.WriteLine(string.Create(ci, $"    + {r.Code} from {r.StartDate:yyyy-MM-dd}, {r.Dose} {r.Unit}, {r.DaysTaken} days taken"));
            }
        }

        foreach (var s in plan.Skipped.Take(20))
        {
            Console.WriteLine(string.Create(ci, $"  skipped {s.Rows:N0} rows of {s.Type} '{s.Name}': {s.Reason}"));
        }
    }

    /// <summary>Progress straight onto the bar, on the reporting thread (a <see cref="Progress{T}"/> would post late).</summary>
    private sealed class ProgressBar(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
