using FibroTrack.Data;
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

    private static async Task<string?> PragmaAsync(SqliteConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
