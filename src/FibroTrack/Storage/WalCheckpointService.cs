using FibroTrack.Data;
using FibroTrack.Data.Sqlite;

namespace FibroTrack.Storage;

/// <summary>Runs the <see cref="WalCheckpointer"/> while the app runs on SQLite; nothing to do on PostgreSQL.</summary>
public sealed class WalCheckpointService(StorageConnection storage, WriteGate gate, ILogger<WalCheckpointer> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        storage.IsPostgreSql ? Task.CompletedTask : new WalCheckpointer(storage.ConnectionString, gate, logger).RunAsync(stoppingToken);
}
