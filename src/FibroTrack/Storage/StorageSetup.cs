using FibroTrack.Data;
using FibroTrack.Data.Postgres;
using FibroTrack.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace FibroTrack.Storage;

/// <summary>Chooses and configures the database provider: the only place the host knows which one it is.</summary>
public static class StorageSetup
{
    public static IServiceCollection AddFibroTrackStorage(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value);
        services.AddSingleton(sp => StorageConnection.From(sp.GetRequiredService<DatabaseOptions>()));
        services.AddScoped<OwnerScope>();
        services.AddSingleton(LeaseHolder.ForThisProcess());
        services.AddScoped<WorkLeases>();
        services.AddSingleton(sp => sp.GetRequiredService<StorageConnection>().IsPostgreSql ? WriteGate.Open() : WriteGate.SingleWriter());

        // Built once, on first use, from the final configuration, so tests and the command line can still point it
        // elsewhere; building the options for every request's context cost each request a rebuild and EF Core a lookup
        // of its internal services by the options' hash. Interceptors come from the features that register one (the
        // vocabulary cache's change notices); they are singletons.
        services.AddDbContext<FibroTrackDbContext>(
            (sp, db) => sp.GetRequiredService<StorageConnection>().Configure(db).AddInterceptors(sp.GetServices<IInterceptor>()),
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddHostedService<DatabaseMigrator>();
        services.AddHostedService<WalCheckpointService>();
        return services;
    }
}

/// <summary>The resolved provider and connection string, computed once (for SQLite it creates the database folder).</summary>
public sealed record StorageConnection(string Provider, string ConnectionString)
{
    public bool IsPostgreSql => Provider == DatabaseProviders.PostgreSql;

    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options) =>
        IsPostgreSql ? options.UseFibroTrackPostgres(ConnectionString) : options.UseFibroTrackSqlite(ConnectionString);

    public static StorageConnection From(DatabaseOptions options)
    {
        if (string.Equals(options.Provider, DatabaseProviders.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseProviders.Sqlite, options.ConnectionString ?? SqliteStorage.ConnectionStringFor(options.Path));
        }

        if (string.Equals(options.Provider, DatabaseProviders.PostgreSql, StringComparison.OrdinalIgnoreCase)
            || string.Equals(options.Provider, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is PostgreSQL but Database:ConnectionString is empty; set it to e.g. " +
                    "'Host=localhost;Database=fibrotrack;Username=fibrotrack;Password=…'.");
            }

            return new(DatabaseProviders.PostgreSql, PostgresStorage.WithDefaults(options.ConnectionString));
        }

        throw new InvalidOperationException(
            $"Database:Provider '{options.Provider}' is not supported; use '{DatabaseProviders.Sqlite}' or '{DatabaseProviders.PostgreSql}'.");
    }
}
