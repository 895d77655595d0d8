using System.Buffers.Binary;
using FibroTrack.Data;
using FibroTrack.Data.Sqlite;
using FibroTrack.Storage;
using FibroTrack.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FibroTrack.Tests.Storage.Sqlite;

/// <summary>
/// <see cref="WalCheckpointer"/>, which <see cref="WalCheckpointService"/> runs in the app: the write-ahead log is copied into the database file away from the saves, and
/// the log starts again from its beginning instead of growing (SQLite only: the PostgreSQL pass leaves this folder out).
/// </summary>
public sealed class WalCheckpointTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fibrotrack-wal-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string DatabasePath => Path.Combine(_folder, "wal.db");

    public void Dispose()
    {
        SqlitePools.Clear(DatabasePath);
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A WAL database whose writer never checkpoints by itself, so only the checkpointer's rounds do.</summary>
    private async Task<(StorageConnection Storage, SqliteConnection Writer)> DatabaseAsync()
    {
        var storage = new StorageConnection(DatabaseProviders.Sqlite, SqliteStorage.ConnectionStringFor(DatabasePath));
        var writer = new SqliteConnection(storage.ConnectionString);
        await writer.OpenAsync(Ct);
        await ExecuteAsync(writer, "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE pages (body BLOB NOT NULL);");
        return (storage, writer);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    /// <summary>Commits that each add a few 4 KB pages to the log.</summary>
    private static async Task WriteAsync(SqliteConnection connection, int commits)
    {
        for (var i = 0; i < commits; i++)
        {
            await ExecuteAsync(connection, "INSERT INTO pages (body) VALUES (randomblob(6000));");
        }
    }

    private static WalCheckpointer Checkpointer(StorageConnection storage, WriteGate gate) =>
        new(storage.ConnectionString, gate, NullLogger<WalCheckpointer>.Instance);

    [Fact]
    public async Task Round_CopiesTheWholeLog_AndTheNextSaveStartsItAgain()
    {
        var (storage, writer) = await DatabaseAsync();
        await using var _ = writer;
        using var gate = WriteGate.SingleWriter();
        await WriteAsync(writer, 20);

        var round = Checkpointer(storage, gate).RunRound(Ct);
        await WriteAsync(writer, 1);

        Assert.True(round.Complete, $"{round}");
        Assert.True(round.LogFrames >= 40, $"{round}");
        // Started again: the log holds the last commit only, not all 21.
        var after = WalCheckpoint.Passive(writer);
        Assert.InRange(after.LogFrames, 1, 5);
    }

    [Fact]
    public async Task WithoutARound_TheLogKeepsGrowing()
    {
        var (_, writer) = await DatabaseAsync();
        await using var __ = writer;
        await WriteAsync(writer, 20);
        await WriteAsync(writer, 1);

        Assert.True(WalCheckpoint.Passive(writer).LogFrames >= 40);
    }

    [Fact]
    public async Task Round_WaitsForTheWriteGate_WhenTheLogGrew_AndNotWhenIdle()
    {
        var (storage, writer) = await DatabaseAsync();
        await using var _ = writer;
        using var gate = WriteGate.SingleWriter();
        var checkpointer = Checkpointer(storage, gate);
        await WriteAsync(writer, 5);

        var saving = await gate.EnterAsync(Ct);
        var round = Task.Run(() => checkpointer.RunRound(Ct), Ct);
        await Task.Delay(200, Ct);
        Assert.False(round.IsCompleted, "the round's last copy must wait for the save in progress");
        saving.Dispose();
        Assert.True((await round).Complete);

        // Nothing written since: the round ends without a turn at the gate.
        using (await gate.EnterAsync(Ct))
        {
            var idle = await Task.Run(() => checkpointer.RunRound(Ct), Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);
            Assert.True(idle.Complete);
        }
    }

    [Fact]
    public async Task TheApp_RunsTheRounds_SoItsLogStartsAgainWithoutReachingSqlitesThreshold()
    {
        var storage = factory.Services.GetRequiredService<StorageConnection>();
        var wal = new SqliteConnectionStringBuilder(storage.ConnectionString).DataSource + "-wal";
        var email = $"wal-{Guid.NewGuid():N}@example.test";
        await Accounts.SignUpAsync(factory, email);
        await using var scope = await Accounts.ScopeActingAsAsync(factory, email);
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        var start = await CheckpointSequenceAsync(wal);

        // Each write lands in the log; once a round has copied it all, the next write starts the log again, which
        // rewrites its header with the next checkpoint sequence number. Nothing here comes near 16,384 pages.
        var day = new DateOnly(2024, 1, 1);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await CheckpointSequenceAsync(wal) == start)
        {
            Assert.True(DateTime.UtcNow < deadline, "the log was never started again");
            day = day.AddDays(1);
            await db.WriteDiaryDayAsync(day, DateTime.UtcNow, [new(day, "symptom.pain", 4, null, 0)], Ct);
            await Task.Delay(50, Ct);
        }
    }

    /// <summary>The checkpoint sequence number in the log file's header (bytes 12–15, big-endian), read without opening the database.</summary>
    private static async Task<uint> CheckpointSequenceAsync(string walPath)
    {
        await using var file = new FileStream(walPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var header = new byte[32];
        await file.ReadExactlyAsync(header, Ct);
        return BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(12, 4));
    }
}
