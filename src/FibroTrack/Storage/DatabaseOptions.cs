namespace FibroTrack.Storage;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (the default: one file, nothing to install) or <c>PostgreSQL</c> (server mode).</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>SQLite file, relative to the working directory unless absolute. Ignored by PostgreSQL.</summary>
    public string Path { get; set; } = "data/fibrotrack.db";

    /// <summary>
    /// The full connection string: optional for SQLite (it overrides <see cref="Path"/>), required for PostgreSQL
    /// (for example <c>Host=db;Database=fibrotrack;Username=fibrotrack;Password=…</c>).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Apply pending migrations when the app starts. Production servers with several instances usually turn this
    /// off and run <c>fibrotrack migrate</c> once per release.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;
}

/// <summary>The provider names <see cref="DatabaseOptions.Provider"/> accepts (case-insensitive).</summary>
public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";

    public const string PostgreSql = "PostgreSQL";
}
