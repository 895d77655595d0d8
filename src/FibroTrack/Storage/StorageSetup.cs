using FibroTrack.Data;
using FibroTrack.Data.Sqlite;
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

        // Resolved per context from the final configuration, so tests and the command line can point it elsewhere.
        services.AddDbContext<FibroTrackDbContext>((sp, db) =>
            db.UseFibroTrackSqlite(sp.GetRequiredService<StorageConnection>().ConnectionString));
        services.AddHostedService<DatabaseMigrator>();
        return services;
    }
}

/// <summary>The resolved connection string, computed once (it creates the database folder).</summary>
public sealed record StorageConnection(string ConnectionString)
{
    public static StorageConnection From(DatabaseOptions options)
    {
        if (!string.Equals(options.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{options.Provider}' is not supported; this version supports 'Sqlite'.");
        }

        return new(options.ConnectionString ?? SqliteStorage.ConnectionStringFor(options.Path));
    }
}
