#if POSTGRES
using FibroTrack.Tests.Infrastructure;
using Npgsql;

namespace FibroTrack.Tests.Storage;

/// <summary>
/// PostgreSQL only: the triggers that stand in for the diary rows' foreign key (migration DiaryRowsKeyCheckedPerStatement)
/// against a concurrent delete of the entry, on two real sessions. A row committed for an entry must never outlive it.
/// </summary>
public sealed class DiaryRowsKeyConcurrencyTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static readonly DateOnly Day = DiaryRowsKeyTests.Day;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new person's stored day (two rows): its entry and owner.</summary>
    private async Task<(long EntryId, string OwnerId)> EntryAsync()
    {
        await using var person = await DiaryRowsKeyTests.PersonWithADayAsync(factory);
        return (person.EntryId, person.OwnerId);
    }

    private async Task<NpgsqlConnection> SessionAsync()
    {
        var connection = new NpgsqlConnection(factory.Database.PostgresConnection);
        await connection.OpenAsync(Ct);
        return connection;
    }

    private static async Task<int> RunAsync(NpgsqlConnection session, string sql, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, session);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return await command.ExecuteNonQueryAsync(Ct);
    }

    private static Task<int> InsertRowAsync(NpgsqlConnection session, string ownerId, long entryId) => RunAsync(session,
        """INSERT INTO observations ("OwnerId", "DiaryEntryId", "Date", "Code", "Value", "Ordinal") VALUES ($1, $2, $3, 'symptom.stiffness', 3, 0)""",
        ownerId, entryId, Day);

    private async Task<long> RowsOfAsync(long entryId)
    {
        await using var session = await SessionAsync();
        await using var count = new NpgsqlCommand("""SELECT count(*) FROM observations WHERE "DiaryEntryId" = $1""", session) { Parameters = { new() { Value = entryId } } };
        return (long)(await count.ExecuteScalarAsync(Ct))!;
    }

    /// <summary>Waits until <paramref name="session"/>'s backend is blocked on a lock, or its <paramref name="statement"/> ended.</summary>
    private async Task WaitUntilBlockedAsync(NpgsqlConnection session, Task statement)
    {
        await using var observer = await SessionAsync();
        while (!statement.IsCompleted)
        {
            await using var waiting = new NpgsqlCommand("SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = $1", observer)
            {
                Parameters = { new() { Value = session.ProcessID } },
            };
            if (await waiting.ExecuteScalarAsync(Ct) is true)
            {
                return;
            }

            await Task.Delay(20, Ct);
        }
    }

    [Fact]
    public async Task ReadCommitted_DeleteOfAnEntryWithAnUncommittedRow_WaitsAndDeletesIt()
    {
        var (entryId, ownerId) = await EntryAsync();
        await using var writer = await SessionAsync();
        await using var deleter = await SessionAsync();
        await using var transaction = await writer.BeginTransactionAsync(Ct);
        await InsertRowAsync(writer, ownerId, entryId);

        // The writer's check holds the entry: the delete must wait for it, then find and delete the committed row.
        var delete = RunAsync(deleter, """DELETE FROM diary_entries WHERE "Id" = $1""", entryId);
        await WaitUntilBlockedAsync(deleter, delete);
        await transaction.CommitAsync(Ct);

        Assert.Equal(1, await delete);
        Assert.Equal(0, await RowsOfAsync(entryId));
    }

    [Fact]
    public async Task RepeatableRead_DeleteOfAnEntryWithARowCommittedAfterItsSnapshot_FailsToSerialize()
    {
        var (entryId, ownerId) = await EntryAsync();
        await using var writer = await SessionAsync();
        await using var deleter = await SessionAsync();
        await using var deletion = await deleter.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, Ct);
        await RunAsync(deleter, "SELECT 1");
        await using (var writing = await writer.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, Ct))
        {
            await InsertRowAsync(writer, ownerId, entryId);
            await writing.CommitAsync(Ct);
        }

        // The deleter's snapshot cannot see the new row, so its cascade would leave it behind: it must fail instead.
        var error = await Assert.ThrowsAsync<PostgresException>(() => RunAsync(deleter, """DELETE FROM diary_entries WHERE "Id" = $1""", entryId));

        Assert.Equal(PostgresErrorCodes.SerializationFailure, error.SqlState);
        await deletion.RollbackAsync(Ct);
        Assert.Equal(3, await RowsOfAsync(entryId));
    }

    [Fact]
    public async Task RepeatableRead_RowChecksItsEntry()
    {
        var (entryId, ownerId) = await EntryAsync();
        await using var writer = await SessionAsync();
        await using var transaction = await writer.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, Ct);

        Assert.Equal(1, await InsertRowAsync(writer, ownerId, entryId));
        var error = await Assert.ThrowsAsync<PostgresException>(() => InsertRowAsync(writer, ownerId, entryId + 1_000_000));

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, error.SqlState);
        Assert.Equal("FK_observations_diary_entries_DiaryEntryId", error.ConstraintName);
    }
}
#endif
