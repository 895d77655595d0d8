using FibroTrack.Data;
using FibroTrack.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace FibroTrack.Storage;

/// <summary>
/// On SQLite, checkpoints the write-ahead log every <see cref="Interval"/> so that saves do not have to
/// (<see cref="WalCheckpoint"/>). A round copies the log into the database file while saves go on, then, if the log
/// grew meanwhile, takes one turn at the write gate to copy the rest: with the whole log copied and no writer in
/// between, the next save starts the log again from its beginning, which keeps it short. Idle, a round is one query.
/// Nothing to do on PostgreSQL.
/// </summary>
public sealed class WalCheckpointService(StorageConnection storage, WriteGate gate, ILogger<WalCheckpointService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    // The log's length when the last round left it wholly copied: the same length, still copied, means nobody wrote since.
    private long _copiedLength = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (storage.IsPostgreSql)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await RunRoundAsync(stoppingToken);
                }
                catch (SqliteException ex)
                {
                    // The next round tries again; meanwhile SQLite's own threshold bounds the log.
                    logger.LogWarning(ex, "Checkpointing the SQLite write-ahead log failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One round; returns the state the log was left in.</summary>
    public async Task<WalCheckpointResult> RunRoundAsync(CancellationToken ct)
    {
        await using var connection = new SqliteConnection(storage.ConnectionString);
        await connection.OpenAsync(ct);
        var outside = await WalCheckpoint.PassiveAsync(connection, ct);
        if (outside.Complete && outside.LogFrames == _copiedLength)
        {
            return outside;
        }

        WalCheckpointResult inTurn;
        using (await gate.EnterAsync(ct))
        {
            inTurn = await WalCheckpoint.PassiveAsync(connection, ct);
        }

        _copiedLength = inTurn.Complete ? inTurn.LogFrames : -1;
        return inTurn;
    }
}
