using Microsoft.EntityFrameworkCore;

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
}
