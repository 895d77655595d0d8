namespace FibroTrack.Storage;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Only <c>Sqlite</c> for now; PostgreSQL arrives as a second provider assembly.</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>SQLite file, relative to the working directory unless absolute.</summary>
    public string Path { get; set; } = "data/fibrotrack.db";

    /// <summary>Overrides <see cref="Path"/> with a full connection string when set.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations when the app starts.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
