using Npgsql;

namespace FibroTrack.Tests.Infrastructure;

/// <summary>
/// One empty database for one test server: a SQLite file in a fresh temporary folder, or — in the
/// FibroTrack.Tests.Postgres build of these same tests — a new database on the PostgreSQL server that
/// <see cref="PostgresServer.ConnectionString"/> names. Dropped or deleted afterwards.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(string folder, string? postgresConnection)
    {
        Folder = folder;
        PostgresConnection = postgresConnection;
    }

    /// <summary>A temporary folder the test may write files into; the SQLite database lives here too.</summary>
    public string Folder { get; }

    /// <summary>The PostgreSQL connection string of this database, or <c>null</c> for SQLite.</summary>
    public string? PostgresConnection { get; }

    public bool IsPostgreSql => PostgresConnection is not null;

    public string SqlitePath => Path.Combine(Folder, "fibrotrack.db");

    /// <summary>The host settings that point the app at this database.</summary>
    public IReadOnlyDictionary<string, string> Settings => IsPostgreSql
        ? new Dictionary<string, string> { ["Database:Provider"] = "PostgreSQL", ["Database:ConnectionString"] = PostgresConnection! }
        : new Dictionary<string, string> { ["Database:Provider"] = "Sqlite", ["Database:Path"] = SqlitePath };

    /// <summary>The command-line options that point <c>fibrotrack</c> at this database.</summary>
    public string[] CliArgs => IsPostgreSql
        ? ["--database-provider", "PostgreSQL", "--connection-string", PostgresConnection!]
        : ["--database", SqlitePath];

    public static TestDatabase Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "fibrotrack-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
#if POSTGRES
        // The app's migrator creates the database on first start; only the name has to be unique.
        var builder = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString)
        {
            Database = $"ft_{Guid.NewGuid():N}",
            // Tests open many short-lived servers; a small pool per database keeps the cluster under max_connections.
            MaxPoolSize = 20,
        };
        return new TestDatabase(folder, builder.ConnectionString);
#else
        return new TestDatabase(folder, null);
#endif
    }

    public void Dispose()
    {
        if (PostgresConnection is not null)
        {
            PostgresServer.Drop(PostgresConnection);
        }
        else
        {
            SqlitePools.Clear(SqlitePath);
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing request: the OS temp cleaner takes it later.
        }
    }
}

/// <summary>The PostgreSQL server the tests use: <c>FIBROTRACK_TEST_POSTGRES</c>, which <c>.ci/postgres</c> prints and <c>.ci/run</c> sets.</summary>
public static class PostgresServer
{
    public const string Variable = "FIBROTRACK_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs ? cs : null;

    public const string SkipReason =
        "PostgreSQL pass: set " + Variable + " to a server's connection string (start one with .ci/postgres; .ci/run does this in CI).";

    /// <summary>Drops one test database, closing its pooled connections first.</summary>
    public static void Drop(string connectionString)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(ConnectionString ?? connectionString) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(admin.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The name is generated above from a GUID, never input.
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }
}
