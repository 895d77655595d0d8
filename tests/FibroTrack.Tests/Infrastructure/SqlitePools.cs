using FibroTrack.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace FibroTrack.Tests.Infrastructure;

/// <summary>
/// Closes the pooled connections of one SQLite database, never the whole process's: test classes run in parallel, and
/// closing another class's last connection makes SQLite checkpoint and delete that database's write-ahead log under it.
/// </summary>
public static class SqlitePools
{
    /// <summary>Closes the pooled connections of the database file at <paramref name="path"/>, as the app connects to it.</summary>
    public static void Clear(string path)
    {
        var connectionString = SqliteStorage.ConnectionStringFor(path);
        // EF Core checks that a database exists through a read-only connection, which Microsoft.Data.Sqlite pools apart.
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        var readOnly = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly };
        SqliteConnection.ClearPool(new SqliteConnection(readOnly.ToString()));
    }
}
