using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace FibroTrack.Data.Sqlite;

/// <summary>
/// Per-connection settings. WAL lets the web app read while a save is being written; with WAL,
/// synchronous=NORMAL keeps every committed transaction across a killed process (only a power loss
/// can drop the last commits) and makes a save several times faster than FULL. busy_timeout lets a writer that
/// finds the database locked wait inside SQLite, which retries within milliseconds, instead of in
/// Microsoft.Data.Sqlite's 150 ms sleeps (diary saves queue in <c>WriteGate</c> first; docs/performance.md).
/// wal_autocheckpoint is raised so that the server's background checkpoint, not a save, copies the log into the
/// database file (<see cref="WalCheckpoint"/>). Foreign keys are on by default in Microsoft.Data.Sqlite.
/// The settings belong to the native connection, which Microsoft.Data.Sqlite pools and hands out again on the next
/// open, so they are applied once per native connection rather than on every open: EF opens a connection for each
/// query, and the three statements on every open cost a loaded server about a tenth of its saves (docs/performance.md).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private static readonly string Pragmas =
        $"PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA wal_autocheckpoint={WalCheckpoint.AutoCheckpointFrames};";

    /// <summary>The native connections already set up; an entry goes when the pool closes its connection.</summary>
    private static readonly ConditionalWeakTable<sqlite3, object> Configured = [];

    /// <summary>
    /// For a read-only connection: EF Core checks whether the database exists through one, and it cannot switch a file
    /// another instance has just created (still in rollback-journal mode) to WAL, which fails with SQLITE_READONLY.
    /// </summary>
    private const string ReadOnlyPragmas = "PRAGMA busy_timeout=30000;";

    private static readonly object Done = new();

    private static string PragmasFor(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && raw.sqlite3_db_readonly(handle, "main") == 1 ? ReadOnlyPragmas : Pragmas;

    private static bool NeedsPragmas(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !Configured.TryGetValue(handle, out _);

    /// <summary>Recorded only after the pragmas ran: a connection whose setup failed is set up again on its next open.</summary>
    private static void MarkConfigured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            Configured.TryAdd(handle, Done);
        }
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsPragmas(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        command.ExecuteNonQuery();
        MarkConfigured(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsPragmas(connection))
        {
            return;
        }

        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = PragmasFor(connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        MarkConfigured(connection);
    }
}
