using Microsoft.Data.Sqlite;

namespace FibroTrack.Tests.Infrastructure;

/// <summary>
/// Closes the pooled connections of one SQLite database, never the whole process's: test classes run in parallel, and
/// closing another class's last connection makes SQLite checkpoint and delete that database's write-ahead log under it.
/// </summary>
public static class SqlitePools
{
    public static void Clear(string connectionString)
    {
        // EF Core checks that a database exists through a read-only connection, which Microsoft.Data.Sqlite pools apart.
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        var readOnly = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly };
        SqliteConnection.ClearPool(new SqliteConnection(readOnly.ToString()));
    }
}
