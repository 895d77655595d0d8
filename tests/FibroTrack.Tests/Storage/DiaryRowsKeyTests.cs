using System.Data.Common;
using FibroTrack.Data;
using FibroTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Storage;

/// <summary>
/// The key from a diary observation to its entry holds on both providers: a real foreign key on SQLite, statement triggers
/// on PostgreSQL (migration DiaryRowsKeyCheckedPerStatement, docs/performance.md). Written in raw SQL, past the app's own
/// checks, as a bug or a hand-edited database would.
/// </summary>
public sealed class DiaryRowsKeyTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    /// <summary>The date of the stored day; the PostgreSQL concurrency tests write rows for it too.</summary>
    internal static readonly DateOnly Day = new(2026, 3, 14);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A person's scope, acting as them, and the entry of their one stored day.</summary>
    internal sealed record PersonDay(AsyncServiceScope Scope, FibroTrackDbContext Db, long EntryId, string OwnerId) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Scope.DisposeAsync();
    }

    /// <summary>A new person with one stored day of two rows.</summary>
    internal static async Task<PersonDay> PersonWithADayAsync(FibroTrackFactory factory)
    {
        var email = $"key-{Guid.NewGuid():N}@example.test";
        await Accounts.SignUpAsync(factory, email);
        var scope = await Accounts.ScopeActingAsAsync(factory, email);
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        await db.WriteDiaryDayAsync(Day, DateTime.UtcNow, [new(Day, "symptom.pain", 6, null), new(Day, "symptom.fatigue", 4, null)], Ct);
        var entry = await db.DiaryEntries.AsNoTracking().SingleAsync(Ct);
        return new PersonDay(scope, db, entry.Id, entry.OwnerId);
    }

    private static Task<int> InsertRowAsync(FibroTrackDbContext db, string ownerId, long entryId) =>
        db.Database.ExecuteSqlRawAsync(
            """INSERT INTO observations ("OwnerId", "DiaryEntryId", "Date", "Code", "Value", "Ordinal") VALUES ({0}, {1}, {2}, 'symptom.stiffness', 3, 0)""",
            [ownerId, entryId, Day], Ct);

    private static Task<int> RowsOfAsync(FibroTrackDbContext db, long entryId) =>
        db.Observations.IgnoreQueryFilters().CountAsync(o => o.DiaryEntryId == entryId, Ct);

    [Fact]
    public async Task RowNamingNoEntry_IsRefused()
    {
        await using var person = await PersonWithADayAsync(factory);
        var (db, entryId, ownerId) = (person.Db, person.EntryId, person.OwnerId);

        var error = await Assert.ThrowsAnyAsync<DbException>(() => InsertRowAsync(db, ownerId, entryId + 1_000_000));

        Assert.Contains("foreign key", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, await db.Observations.IgnoreQueryFilters().CountAsync(o => o.OwnerId == ownerId, Ct));
    }

    [Fact]
    public async Task RowNamingAnEntry_IsStored()
    {
        await using var person = await PersonWithADayAsync(factory);
        var (db, entryId, ownerId) = (person.Db, person.EntryId, person.OwnerId);

        Assert.Equal(1, await InsertRowAsync(db, ownerId, entryId));

        Assert.Equal(3, await RowsOfAsync(db, entryId));
    }

    /// <summary>A row moved to an entry that does not exist, or an entry's id changed under its rows.</summary>
    [Theory]
    [InlineData("""UPDATE observations SET "DiaryEntryId" = {0} WHERE "DiaryEntryId" = {1}""")]
    [InlineData("""UPDATE diary_entries SET "Id" = {0} WHERE "Id" = {1}""")]
    public async Task UpdateBreakingTheKey_IsRefused(string update)
    {
        await using var person = await PersonWithADayAsync(factory);
        var (db, entryId) = (person.Db, person.EntryId);

        await Assert.ThrowsAnyAsync<DbException>(() => db.Database.ExecuteSqlRawAsync(update, [entryId + 1_000_000, entryId], Ct));

        Assert.Equal(2, await RowsOfAsync(db, entryId));
    }

    [Fact]
    public async Task DeletingEntries_DeletesTheirRowsOnly()
    {
        await using var person = await PersonWithADayAsync(factory);
        await using var other = await PersonWithADayAsync(factory);
        var (db, entryId) = (person.Db, person.EntryId);
        await db.WriteDiaryDayAsync(Day.AddDays(1), DateTime.UtcNow, [new(Day.AddDays(1), "symptom.pain", 2, null)], Ct);
        var secondEntryId = (await db.DiaryEntries.AsNoTracking().SingleAsync(e => e.Date == Day.AddDays(1), Ct)).Id;

        // One statement deleting two entries: the rows of both go, another person's stay.
        await db.DiaryEntries.Where(e => e.Date >= Day).ExecuteDeleteAsync(Ct);

        Assert.Equal(0, await RowsOfAsync(db, entryId));
        Assert.Equal(0, await RowsOfAsync(db, secondEntryId));
        Assert.Equal(2, await RowsOfAsync(other.Db, other.EntryId));
    }
}
