using FibroTrack.Data;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Storage;

/// <summary>
/// Creates and migrates the database before the server accepts requests (it runs in
/// <see cref="IHostedLifecycleService.StartingAsync"/>, ahead of Kestrel's start).
/// </summary>
public sealed class DatabaseMigrator(IServiceProvider services, DatabaseOptions options, ILogger<DatabaseMigrator> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (options.MigrateOnStart)
        {
            await MigrateAsync(services, logger, cancellationToken);
        }
    }

    public static async Task MigrateAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} database migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            try
            {
                // EF Core holds a migration lock while it applies migrations, so instances starting together take turns.
                await db.Database.MigrateAsync(cancellationToken);
            }
            catch (Exception ex) when (Data.Postgres.PostgresStorage.IsDatabaseCreatedConcurrently(ex))
            {
                logger.LogInformation("Another instance created the database first; migrating it.");
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
