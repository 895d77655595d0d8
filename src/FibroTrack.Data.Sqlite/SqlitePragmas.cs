using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FibroTrack.Data.Sqlite;

/// <summary>
/// Per-connection settings. WAL lets the web app read while a save is being written; with WAL,
/// synchronous=NORMAL keeps every committed transaction across a killed process (only a power loss
/// can drop the last commits) and makes a save several times faster than FULL. busy_timeout lets a writer that
/// finds the database locked wait inside SQLite, which retries within milliseconds, instead of in
/// Microsoft.Data.Sqlite's 150 ms sleeps (diary saves queue in <c>WriteGate</c> first; docs/performance.md).
/// Foreign keys are on by default in Microsoft.Data.Sqlite.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static readonly SqlitePragmas Instance = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
