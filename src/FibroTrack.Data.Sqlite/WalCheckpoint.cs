using Microsoft.Data.Sqlite;

namespace FibroTrack.Data.Sqlite;

/// <summary>What one <c>PRAGMA wal_checkpoint(PASSIVE)</c> did: whether it was blocked, the log's length and how much of it is in the database file.</summary>
public readonly record struct WalCheckpointResult(bool Busy, long LogFrames, long CheckpointedFrames)
{
    /// <summary>
    /// Every frame the log held when the checkpoint began is in the database file. Writers may have added more since;
    /// only when none did does the next writer start the log again from its beginning (<see cref="WalCheckpointer"/>
    /// makes sure of that with its turn at the write gate).
    /// </summary>
    public bool Complete => !Busy && CheckpointedFrames >= LogFrames;
}

/// <summary>
/// Copies the write-ahead log into the database file away from the writers (<see cref="WalCheckpointer"/>). SQLite's own
/// automatic checkpoint runs inside the commit that crosses its threshold, so with the default threshold a save in
/// about sixty paid for copying the others' pages and two fsyncs while every other save queued behind it at the write
/// gate. <see cref="AutoCheckpointFrames"/> raises that threshold far enough that, with the service running, it is a
/// bound on the log's size rather than the usual path.
/// </summary>
public static class WalCheckpoint
{
    /// <summary>The log's length, in 4 KB pages, at which a committing writer checkpoints anyway (SQLite's default is 1,000).</summary>
    public const int AutoCheckpointFrames = 16_384;

    /// <summary>One passive checkpoint: copies what it can without waiting for readers or writers.</summary>
    public static WalCheckpointResult Passive(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidOperationException("PRAGMA wal_checkpoint returned no row.");
        }

        // -1 for both counts when the database is not in WAL mode.
        return new(reader.GetInt64(0) != 0, Math.Max(0, reader.GetInt64(1)), Math.Max(0, reader.GetInt64(2)));
    }
}
