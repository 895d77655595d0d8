using FibroTrack.Core.Diary;
using FibroTrack.Data;
using FibroTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Storage;

/// <summary>
/// <see cref="FibroTrackDbContext.WriteDiaryDayAsync"/>, the one command that stores a diary day on each provider: the rows
/// travel as one JSON parameter (SQLite) or five arrays (PostgreSQL) and must come back exactly as they went in.
/// </summary>
public sealed class DiaryDayWriteTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static readonly DateOnly Day = new(2026, 3, 14);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<AsyncServiceScope> PersonScopeAsync()
    {
        var email = $"writer-{Guid.NewGuid():N}@example.test";
        await Accounts.SignUpAsync(factory, email);
        return await Accounts.ScopeActingAsAsync(factory, email);
    }

    private static async Task<List<Observation>> StoredAsync(FibroTrackDbContext db) =>
        await db.Observations.AsNoTracking().Where(o => o.DiaryEntryId != null).OrderBy(o => o.Id)
            .Select(o => new Observation(o.Date, o.Code, o.Value, o.Text, o.Ordinal)).ToListAsync(Ct);

    [Fact]
    public async Task Write_ValuesComeBackBitForBit()
    {
        await using var scope = await PersonScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        double[] awkward = [0.1, 1.0 / 3, Math.PI, 7.5, 1e-310, double.Epsilon, double.MaxValue, double.MinValue, 9007199254740993, 123456.78901234567, 2.2250738585072014e-308];
        var random = new Random(20261125);
        var values = awkward.Concat(Enumerable.Range(0, 600).Select(_ => RandomFinite(random))).ToList();
        var rows = values.Select((v, i) => new Observation(Day, $"custom.v{i}", v, null, i)).ToList();

        await db.WriteDiaryDayAsync(Day, DateTime.UtcNow, rows, Ct);

        var stored = await StoredAsync(db);
        Assert.Equal(rows.Count, stored.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(rows[i].Value!.Value), BitConverter.DoubleToInt64Bits(stored[i].Value!.Value));
        }
    }

    private static double RandomFinite(Random random)
    {
        while (true)
        {
            var value = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (double.IsFinite(value) && !(value == 0 && double.IsNegative(value)))
            {
                return value;
            }
        }
    }

    [Fact]
    public async Task Write_TextsNullsAndOrderKept()
    {
        await using var scope = await PersonScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        List<Observation> rows =
        [
            new(Day, DiaryCodes.Note, null, "Quotes \" and \\ backslashes, 'apostrophes', ümlauts, 痛み and 🙂\nnew line"),
            new(Day, DiaryCodes.Tag, null, "b", 1),
            new(Day, DiaryCodes.Tag, null, "a", 0),
            new(Day, "symptom.pain", 6, null),
            new(Day, "activity.walking", 30, "light", 2),
        ];

        await db.WriteDiaryDayAsync(Day, DateTime.UtcNow, rows, Ct);

        Assert.Equal(rows, await StoredAsync(db));
    }

    [Fact]
    public async Task WriteAgain_ReplacesRowsAndKeepsCreatedAt()
    {
        await using var scope = await PersonScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        var first = new DateTime(2026, 3, 14, 20, 0, 0, DateTimeKind.Utc);
        var second = first.AddHours(13);
        await db.WriteDiaryDayAsync(Day, first, [new(Day, "symptom.pain", 6, null), new(Day, "symptom.fatigue", 7, null)], Ct);

        await db.WriteDiaryDayAsync(Day, second, [new(Day, "symptom.pain", 3, null)], Ct);

        Assert.Equal([new Observation(Day, "symptom.pain", 3, null)], await StoredAsync(db));
        var entry = await db.DiaryEntries.AsNoTracking().SingleAsync(Ct);
        Assert.Equal((Day, first, second), (entry.Date, entry.CreatedAt, entry.UpdatedAt));
    }

    [Fact]
    public async Task Write_FailingInItsLastStatement_LeavesTheDayAsItWas()
    {
        await using var scope = await PersonScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        var first = new DateTime(2026, 3, 14, 20, 0, 0, DateTimeKind.Utc);
        await db.WriteDiaryDayAsync(Day, first, [new(Day, "symptom.pain", 6, null)], Ct);

        // The entry's upsert and the old rows' delete run before the insert fails on the missing code: all three are
        // one transaction (on PostgreSQL an implicit one, the batch's), so none of them may stay.
        await Assert.ThrowsAnyAsync<Exception>(() =>
            db.WriteDiaryDayAsync(Day, first.AddHours(1), [new(Day, "symptom.pain", 2, null), new(Day, null!, 1, null)], Ct));

        Assert.Equal([new Observation(Day, "symptom.pain", 6, null)], await StoredAsync(db));
        Assert.Equal(first, (await db.DiaryEntries.AsNoTracking().SingleAsync(Ct)).UpdatedAt);
    }

    [Fact]
    public async Task Write_NoRows_StoresAnEmptyDay()
    {
        await using var scope = await PersonScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();

        await db.WriteDiaryDayAsync(Day, DateTime.UtcNow, [], Ct);

        Assert.Equal(Day, (await db.DiaryEntries.AsNoTracking().SingleAsync(Ct)).Date);
        Assert.Empty(await StoredAsync(db));
    }

    [Fact]
    public async Task Write_RowOfAnotherDate_RefusedAndNothingWritten()
    {
        await using var scope = await PersonScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            db.WriteDiaryDayAsync(Day, DateTime.UtcNow, [new(Day, "symptom.pain", 6, null), new(Day.AddDays(1), "symptom.pain", 2, null)], Ct));

        Assert.Contains("2026-03-15", error.Message, StringComparison.Ordinal);
        Assert.False(await db.DiaryEntries.AnyAsync(Ct));
    }

    [Fact]
    public async Task Write_OnlyTheOwnersEntryIsTouched()
    {
        await using var other = await PersonScopeAsync();
        var otherDb = other.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        await otherDb.WriteDiaryDayAsync(Day, DateTime.UtcNow, [new(Day, "symptom.pain", 9, null)], Ct);
        await using var scope = await PersonScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();

        await db.WriteDiaryDayAsync(Day, DateTime.UtcNow, [new(Day, "symptom.pain", 1, null)], Ct);

        Assert.Equal([new Observation(Day, "symptom.pain", 9, null)], await StoredAsync(otherDb));
        Assert.Equal([new Observation(Day, "symptom.pain", 1, null)], await StoredAsync(db));
    }
}
