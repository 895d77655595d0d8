using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FibroTrack.Data.Postgres;

/// <summary>Everything PostgreSQL-specific: the provider options and the migrations assembly.</summary>
public static class PostgresStorage
{
    // Read once: every request's DbContext is configured through here.
    private static readonly string MigrationsAssembly = typeof(PostgresStorage).Assembly.GetName().Name!;

    /// <remarks>
    /// Table and column names are the model's own (snake_case tables, PascalCase columns, quoted by the
    /// provider), so the two providers share one model and raw SQL written with quoted identifiers runs on both.
    /// </remarks>
    public static DbContextOptionsBuilder UseFibroTrackPostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly));

    /// <summary>
    /// The connection string with FibroTrack's settings for what it leaves unset (an explicit value always wins):
    /// <list type="bullet">
    /// <item><c>Max Auto Prepare=64</c>: the app's statements are few and repeated, so Npgsql prepares them on the server
    /// after a few uses and PostgreSQL stops parsing and planning them on every request;</item>
    /// <item><c>No Reset On Close=true</c>: the app sets no session state, so a pooled connection needs no reset
    /// round trip before its next use.</item>
    /// </list>
    /// Together they took saves under load from 638 to 860 a second (docs/performance.md).
    /// </summary>
    public static string WithDefaults(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!given.Contains("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>The advisory lock key that instances migrating one database take turns on (any fixed number; "FibroTrk").</summary>
    private const long MigrationLockKey = 0x4669_6272_6F54_726B;

    /// <summary>
    /// Waits for, then holds, this database's migration lock until the returned session is disposed: a PostgreSQL
    /// session-level advisory lock on its own unpooled connection, so a crashed migrator's lock goes with its connection.
    /// EF Core's own lock is taken per migration transaction, and two instances starting together on an empty database
    /// were seen applying the same second migration twice (TwoInstanceTests); this serialises the whole run.
    /// </summary>
    public static async Task<IAsyncDisposable> LockMigrationsAsync(string connectionString, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", MigrationLockKey);
            await command.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Whether <paramref name="exception"/> says the database was created meanwhile by someone else: two instances
    /// starting together on an empty server both try <c>CREATE DATABASE</c>, and the loser should simply migrate.
    /// </summary>
    public static bool IsDatabaseCreatedConcurrently(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.DuplicateDatabase }
        || (exception.InnerException is { } inner && IsDatabaseCreatedConcurrently(inner));
}
