using System.CommandLine;
using FibroTrack.Data;
using FibroTrack.Hosting;
using FibroTrack.Storage;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Cli;

/// <summary>
/// <c>fibrotrack migrate</c>: brings the database schema up to date and exits. Servers that set
/// <c>Database:MigrateOnStart=false</c> run this once per release, before starting the new instances.
/// </summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var list = new Option<bool>("--list") { Description = "Only list applied and pending migrations; change nothing." };
        var command = new Command("migrate", "Apply pending database migrations (SQLite or PostgreSQL) and exit.") { list };
        command.SetAction(async (parse, ct) =>
        {
            var app = FibroTrackApp.CreateBuilder(FibroTrackCli.HostArgs(parse)).Build();
            await using (app)
            {
                var provider = app.Services.GetRequiredService<StorageConnection>().Provider;
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
                var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
                if (parse.GetValue(list))
                {
                    foreach (var applied in await db.Database.GetAppliedMigrationsAsync(ct))
                    {
                        Console.WriteLine($"applied  {applied}");
                    }

                    pending.ForEach(p => Console.WriteLine($"pending  {p}"));
                    return 0;
                }

                if (pending.Count == 0)
                {
                    Console.WriteLine($"The {provider} database is up to date.");
                    return 0;
                }

                await Storage.DatabaseMigrator.ApplyAsync(db, app.Services.GetRequiredService<Storage.StorageConnection>(), ct);
                Console.WriteLine($"Applied {pending.Count} migration(s) to the {provider} database: {string.Join(", ", pending)}.");
                return 0;
            }
        });
        return command;
    }
}
