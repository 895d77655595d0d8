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

    /// <summary>Runs rounds until <paramref name="stoppingToken"/> is cancelled; a failed round is logged and the next one tries again.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await RunRoundAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (SqliteException ex)
                {
                    // Meanwhile SQLite's own threshold bounds the log.
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
        var connection = new SqliteConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            var outside = await WalCheckpoint.PassiveAsync(connection, ct).ConfigureAwait(false);
            if (outside.Complete && outside.LogFrames == _copiedLength)
            {
                return outside;
            }

            WalCheckpointResult inTurn;
            using (await gate.EnterAsync(ct).ConfigureAwait(false))
            {
                inTurn = await WalCheckpoint.PassiveAsync(connection, ct).ConfigureAwait(false);
            }

            _copiedLength = inTurn.Complete ? inTurn.LogFrames : -1;
            return inTurn;
        }
    }
}
