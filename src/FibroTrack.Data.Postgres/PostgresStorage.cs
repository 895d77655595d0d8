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
    /// Whether <paramref name="exception"/> says the database was created meanwhile by someone else: two instances
    /// starting together on an empty server both try <c>CREATE DATABASE</c>, and the loser should simply migrate.
    /// </summary>
    public static bool IsDatabaseCreatedConcurrently(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.DuplicateDatabase }
        || (exception.InnerException is { } inner && IsDatabaseCreatedConcurrently(inner));
}
