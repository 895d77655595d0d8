using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace FibroTrack.Data.Sqlite;

/// <summary>
/// Checkpoints a SQLite database's write-ahead log every <see cref="Interval"/> so that saves do not have to
/// (<see cref="WalCheckpoint"/>). A round copies the log into the database file while saves go on, then, if the log
/// grew meanwhile, takes one turn at the write gate to copy the rest: with the whole log copied and no writer in
/// between, the next save starts the log again from its beginning, which keeps it short. Idle, a round is one query.
/// </summary>
public sealed class WalCheckpointer(string connectionString, WriteGate gate, ILogger<WalCheckpointer> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    // The log's length when the last round left it wholly copied: the same length, still copied, means nobody wrote since.
    private long _copiedLength = -1;

    /// <summary>
    /// Runs rounds until <paramref name="stoppingToken"/> is cancelled, on a thread of its own: a round blocks in SQLite's
    /// copying and fsyncs, which must not hold a thread-pool thread that requests need. A failed round is logged and the
    /// next one tries again; meanwhile SQLite's own threshold bounds the log.
    /// </summary>
    public Task RunAsync(CancellationToken stoppingToken) =>
        Task.Factory.StartNew(() => Run(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Run(CancellationToken stoppingToken)
    {
        while (!stoppingToken.WaitHandle.WaitOne(Interval))
        {
            try
            {
                RunRound(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Checkpointing the SQLite write-ahead log failed");
            }
        }
    }

    /// <summary>One round, on the calling thread; returns the state the log was left in.</summary>
    public WalCheckpointResult RunRound(CancellationToken ct)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var outside = WalCheckpoint.Passive(connection);
        if (outside.Complete && outside.LogFrames == _copiedLength)
        {
            return outside;
        }

        WalCheckpointResult inTurn;
        using (gate.Enter(ct))
        {
            inTurn = WalCheckpoint.Passive(connection);
        }

        _copiedLength = inTurn.Complete ? inTurn.LogFrames : -1;
        return inTurn;
    }
}
