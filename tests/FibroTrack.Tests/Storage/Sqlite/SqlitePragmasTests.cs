using FibroTrack.Data;
using FibroTrack.Data.Sqlite;
using FibroTrack.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Storage.Sqlite;

/// <summary>
/// SQLite's per-connection settings are applied once per native connection; a connection the pool hands out again must
/// still have them (SQLite only: the PostgreSQL pass leaves this folder out).
/// </summary>
public sealed class SqlitePragmasTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryOpen_IncludingPooledReopens_HasTheSettings()
    {
        SQLitePCL.sqlite3? firstHandle = null;
        for (var open = 0; open < 3; open++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
            await db.Database.OpenConnectionAsync(Ct);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            firstHandle ??= connection.Handle;

            Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
            Assert.Equal("1", await PragmaAsync(connection, "synchronous"));
            Assert.Equal("30000", await PragmaAsync(connection, "busy_timeout"));
            Assert.Equal($"{FibroTrack.Data.Sqlite.WalCheckpoint.AutoCheckpointFrames}", await PragmaAsync(connection, "wal_autocheckpoint"));
            if (open > 0)
            {
                Assert.Same(firstHandle, connection.Handle);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// EF Core asks whether the database exists through a read-only connection, which cannot switch the journal to WAL.
    /// When a second instance starts while the first has just created the file (still in rollback-journal mode), that
    /// check must not fail: it once stopped the second server with "attempt to write a readonly database".
    /// </summary>
    [Fact]
    public async Task FileJustCreatedByAnotherInstance_ExistsAndMigrates()
    {
        using var database = TestDatabase.Create();
        var connectionString = SqliteStorage.ConnectionStringFor(database.SqlitePath);
        // Unpooled, so that closing it closes the file as the other instance's process would.
        await using (var creator = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString()))
        {
            await creator.OpenAsync(Ct);
            await using var command = creator.CreateCommand();
            command.CommandText = "PRAGMA user_version = 0; CREATE TABLE just_created (id INTEGER);";
            await command.ExecuteNonQueryAsync(Ct);
            Assert.Equal("delete", await PragmaAsync(creator, "journal_mode"));
        }

        var options = new DbContextOptionsBuilder<FibroTrackDbContext>();
        options.UseFibroTrackSqlite(connectionString);
        await using (var db = new FibroTrackDbContext(options.Options, new OwnerScope()))
        {
            Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync(Ct));
            await db.Database.MigrateAsync(Ct);
            await db.Database.OpenConnectionAsync(Ct);
            Assert.Equal("wal", await PragmaAsync((SqliteConnection)db.Database.GetDbConnection(), "journal_mode"));
        }
    }

    private static async Task<string?> PragmaAsync(SqliteConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
