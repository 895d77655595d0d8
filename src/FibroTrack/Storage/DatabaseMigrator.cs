using FibroTrack.Data;
using FibroTrack.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

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
            await ApplyAsync(db, scope.ServiceProvider.GetRequiredService<StorageConnection>(), cancellationToken);
        }
    }

    /// <summary>
    /// Applies the pending migrations, safely when several instances start together. On PostgreSQL: the database is
    /// created first (an instance that loses that race simply goes on), then the whole run holds the database's migration
    /// lock, so the second instance finds the migrations applied instead of applying them again.
    /// </summary>
    public static async Task ApplyAsync(FibroTrackDbContext db, StorageConnection storage, CancellationToken cancellationToken)
    {
        if (!storage.IsPostgreSql)
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (Exception ex) when (PostgresStorage.IsDatabaseCreatedConcurrently(ex))
            {
                // Another instance created it a moment earlier.
            }
        }

        await using (await PostgresStorage.LockMigrationsAsync(storage.ConnectionString, cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
