using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Data.Sqlite;

/// <summary>Everything SQLite-specific: the connection string and the provider options.</summary>
public static class SqliteStorage
{
    // Read once: every request's DbContext is configured through here.
    private static readonly string MigrationsAssembly = typeof(SqliteStorage).Assembly.GetName().Name!;

    /// <summary>A connection string for the database file at <paramref name="path"/>, creating its folder.</summary>
    public static string ConnectionStringFor(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Wait for a competing writer rather than failing at once with SQLITE_BUSY.
            DefaultTimeout = 30,
        }.ToString();
    }

    public static DbContextOptionsBuilder UseFibroTrackSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(MigrationsAssembly))
            .AddInterceptors(SqlitePragmas.Instance);
}
