using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Insights;
using FibroTrack.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace FibroTrack.Cli;

/// <summary>
/// <c>fibrotrack analyze</c>: computes and stores insights for one person, or for everybody on the server, so the web
/// app serves them without a wait. Each person is analysed in their own scope, as themselves, so the owner filter
/// and the owner guard apply exactly as on the web.
/// </summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var email = new Option<string?>("--email") { Description = "Analyse this person.", HelpName = "email" };
        var all = new Option<bool>("--all") { Description = "Analyse everybody (needs --as with an administrator's email)." };
        var asAdmin = new Option<string?>("--as") { Description = "The administrator running --all.", HelpName = "admin-email" };
        var parallel = new Option<int>("--parallel")
        {
            Description = "People analysed at once (default: the number of cores).",
            HelpName = "n",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var command = new Command("analyze", "Compute and store insights (flares, associations, treatment response, pacing, infections).")
        {
            email, all, asAdmin, parallel,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(all) == (result.GetValue(email) is not null))
            {
                result.AddError("Give either --email for one person or --all for everybody.");
            }
            else if (result.GetValue(all) && string.IsNullOrEmpty(result.GetValue(asAdmin)))
            {
                result.AddError("--all needs --as with the email of an administrator account.");
            }
        });

        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(parallel) is < 1 or > 64)
            {
                await Console.Error.WriteLineAsync("--parallel must be from 1 to 64.");
                return 2;
            }

            await using var app = await FibroTrackCli.BuildServicesAsync(parse, ct);
            List<(string Id, string Email)> people;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
                if (parse.GetValue(email) is { } address)
                {
                    var user = await users.FindByEmailAsync(address);
                    if (user is null)
                    {
                        await Console.Error.WriteLineAsync($"No account with the email {address}.");
                        return 1;
                    }

                    people = [(user.Id, address)];
                }
                else
                {
                    var admin = await users.FindByEmailAsync(parse.GetValue(asAdmin)!);
                    if (admin is null || !await users.IsInRoleAsync(admin, Roles.Administrator))
                    {
                        await Console.Error.WriteLineAsync($"{parse.GetValue(asAdmin)} is not an administrator account.");
                        return 1;
                    }

                    people = [.. (await users.Users.OrderBy(u => u.Email).Select(u => new { u.Id, u.Email }).ToListAsync(ct))
                        .Select(u => (u.Id, u.Email ?? u.Id))];
                }
            }

            var watch = Stopwatch.StartNew();
            var analysed = 0;
            var empty = 0;
            var elsewhere = 0;
            var failures = new List<string>();
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Analysing {people.Count} {(people.Count == 1 ? "person" : "people")}", maxValue: people.Count);
                    await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = parse.GetValue(parallel), CancellationToken = ct }, async (person, token) =>
                    {
                        await using var scope = app.Services.CreateAsyncScope();
                        scope.ServiceProvider.GetRequiredService<OwnerScope>().ActAs(person.Id);
                        // Another instance's job (a second cron, another server) may be analysing this person right now.
                        var leases = scope.ServiceProvider.GetRequiredService<WorkLeases>();
                        var lease = LeaseName(person.Id);
                        try
                        {
                            if (!await leases.TryAcquireAsync(lease, LeaseDuration, token))
                            {
                                Interlocked.Increment(ref elsewhere);
                            }
                            else
                            {
                                try
                                {
                                    var result = await scope.ServiceProvider.GetRequiredService<InsightService>().RecomputeAsync(token);
                                    Interlocked.Increment(ref result is null ? ref empty : ref analysed);
                                }
                                finally
                                {
                                    await leases.ReleaseAsync(lease, CancellationToken.None);
                                }
                            }
                        }
                        catch (Exception e) when (e is not OperationCanceledException)
                        {
                            lock (failures)
                            {
                                failures.Add($"{person.Email}: {e.Message}");
                            }
                        }

                        task.Increment(1);
                    });
                });

            var seconds = watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            var skipped = elsewhere == 0 ? string.Empty : $"; {elsewhere} being analysed by another instance (skipped)";
            Console.WriteLine($"Analysed {analysed} of {people.Count} in {seconds} s; {empty} without diary days yet{skipped}; {failures.Count} failed.");
            foreach (var failure in failures)
            {
                await Console.Error.WriteLineAsync(failure);
            }

            return failures.Count == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>Long enough for one person's analysis many times over; a crashed job's claim lapses after it.</summary>
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(5);

    /// <summary>The lease on one person's insight computation.</summary>
    public static string LeaseName(string personId) => $"insights:{personId}";
}
