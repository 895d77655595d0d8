using FibroTrack.Data;
using FibroTrack.Data.Sqlite;

namespace FibroTrack.Storage;

/// <summary>Chooses and configures the database provider: the only place the host knows which one it is.</summary>
public static class StorageSetup
{
    public static IServiceCollection AddFibroTrackStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddScoped<OwnerScope>();

        if (!string.Equals(options.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{options.Provider}' is not supported; this version supports 'Sqlite'.");
        }

        var connectionString = options.ConnectionString ?? SqliteStorage.ConnectionStringFor(options.Path);
        services.AddDbContext<FibroTrackDbContext>(db => db.UseFibroTrackSqlite(connectionString));
        services.AddHostedService<DatabaseMigrator>();
        return services;
    }
}
