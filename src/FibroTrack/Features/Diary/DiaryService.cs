using System.Linq.Expressions;
using FibroTrack.Core.Diary;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Validation;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Vocabulary;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Diary;

/// <summary>Reads and writes the signed-in person's diary. Isolation comes from the DbContext's owner filter.</summary>
public sealed class DiaryService(FibroTrackDbContext db, VocabularyService vocabularies, WriteGate writes, TimeProvider clock)
{
    /// <summary>The longest range one list or matrix request may span.</summary>
    public const int MaxRangeDays = 3660;

    // Compiled: the check-in page reads today's day on every load. The rows are also matched on the date (an entry's
    // rows all carry it) so that PostgreSQL's generic plan reads them by (owner, date) rather than intersecting the
    // entry's rows with every row the person owns: 0.6 ms a page for a year of full days.
    private static readonly Func<FibroTrackDbContext, DateOnly, Task<StoredRows?>> DayOf = EF.CompileAsyncQuery(
        (FibroTrackDbContext db, DateOnly date) => db.DiaryEntries.AsNoTracking()
            .Where(e => e.Date == date)
            .Select(e => new StoredRows(e.UpdatedAt, e.Observations.Where(o => o.Date == date).OrderBy(o => o.Id).Select(o => new Observation(o.Date, o.Code, o.Value, o.Text, o.Ordinal)).ToList()))
            .SingleOrDefault());

    private sealed record StoredRows(DateTime UpdatedAt, List<Observation> Observations);

    public async Task<StoredDay?> GetAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        await DayOf(db, date) is { } entry ? new StoredDay(DiaryDay.FromObservations(date, entry.Observations), AsUtc(entry.UpdatedAt)) : null;

    public async Task<IReadOnlyList<StoredDay>> ListAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var entries = await db.DiaryEntries.AsNoTracking()
            .Where(e => e.Date >= from && e.Date <= to)
            .OrderBy(e => e.Date)
            .Select(e => new { e.Date, e.UpdatedAt })
            .ToListAsync(cancellationToken);
        var byDate = (await StreamAsync(from, to, cancellationToken)).ToLookup(o => o.Date);
        return [.. entries.Select(e => new StoredDay(DiaryDay.FromObservations(e.Date, byDate[e.Date]), AsUtc(e.UpdatedAt)))];
    }

    // Stored as UTC, but SQLite gives back an unspecified kind, which JSON would write without its "Z".
    private static DateTime AsUtc(DateTime stored) => DateTime.SpecifyKind(stored, DateTimeKind.Utc);

    /// <summary>The person's observation stream over a date range, in date order.</summary>
    public Task<IReadOnlyList<Observation>> StreamAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        StreamAsync(from, to, codes: null, cancellationToken);

    /// <summary>The stream restricted to some codes (<c>null</c>: all), for readers that need only a few variables.</summary>
    public async Task<IReadOnlyList<Observation>> StreamAsync(DateOnly from, DateOnly to, IReadOnlyCollection<string>? codes, CancellationToken cancellationToken = default) =>
        await db.Observations.AsNoTracking()
            .Where(o => o.DiaryEntryId != null && o.Date >= from && o.Date <= to)
            .Where(o => codes == null || codes.Contains(o.Code))
            .OrderBy(o => o.Date).ThenBy(o => o.Id)
            .Select(o => new Observation(o.Date, o.Code, o.Value, o.Text, o.Ordinal))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The red-flag signs over a range, in date order, through their partial index (<see cref="ObservationRow.SignCodePattern"/>):
    /// read on every check-in page, where fetching a year of full days to find them took a millisecond.
    /// </summary>
    public async Task<IReadOnlyList<Observation>> SignsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        await Signs(db, from, to).ToListAsync(cancellationToken);

    /// <summary>The query of <see cref="SignsAsync"/> (its plan is tested: the index is used only when the SQL carries its very condition).</summary>
    public static IQueryable<Observation> SignRows(FibroTrackDbContext db, DateOnly from, DateOnly to) => SignRowsQuery.Compile()(db, from, to);

    private static readonly Expression<Func<FibroTrackDbContext, DateOnly, DateOnly, IQueryable<Observation>>> SignRowsQuery =
        (db, from, to) => db.Observations.AsNoTracking()
            .Where(o => o.DiaryEntryId != null && o.Date >= from && o.Date <= to && EF.Functions.Like(o.Code, ObservationRow.SignCodePattern))
            .OrderBy(o => o.Date).ThenBy(o => o.Id)
            .Select(o => new Observation(o.Date, o.Code, o.Value, o.Text, o.Ordinal));

    // Compiled: the check-in page reads the signs on every load.
    private static readonly Func<FibroTrackDbContext, DateOnly, DateOnly, IAsyncEnumerable<Observation>> Signs = EF.CompileAsyncQuery(SignRowsQuery);

    /// <summary>The person's daily matrix over a date range.</summary>
    public async Task<DailyMatrix> MatrixAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var vocabulary = await vocabularies.GetAsync(cancellationToken);
        var stream = await StreamAsync(from, to, cancellationToken);
        return DailyMatrixBuilder.Build(vocabulary.Variables, stream, from, to);
    }

    /// <summary>
    /// Validates and stores a day, replacing whatever that date held. All or nothing: an invalid day
    /// stores nothing, and a valid one is written in a single transaction.
    /// </summary>
    public async Task<ValidationResult<StoredDay>> SaveAsync(DiaryDayInput input, CancellationToken cancellationToken = default)
    {
        var vocabulary = await vocabularies.GetAsync(cancellationToken);
        var validation = new DiaryValidator(vocabulary.Variables, clock).Validate(input);
        if (!validation.IsValid)
        {
            return ValidationResult<StoredDay>.Invalid(validation.Errors);
        }

        var day = validation.Value!;
        var now = clock.GetUtcNow().UtcDateTime;
        await WriteAsync(day, now, cancellationToken);
        return ValidationResult<StoredDay>.Valid(new StoredDay(day, now));
    }

    /// <summary>
    /// Validates and stores many days at once (demo data, imports): all of them in one transaction, or
    /// none when any day is invalid. Errors are prefixed with the day's position, e.g. <c>days[3].values[symptom.pain]</c>.
    /// </summary>
    public async Task<IReadOnlyList<ValidationError>> SaveAllAsync(IReadOnlyList<DiaryDay> days, CancellationToken cancellationToken = default)
    {
        var vocabulary = await vocabularies.GetAsync(cancellationToken);
        var validator = new DiaryValidator(vocabulary.Variables, clock);
        var errors = new List<ValidationError>();
        var valid = new List<DiaryDay>(days.Count);
        for (var i = 0; i < days.Count; i++)
        {
            var result = validator.Validate(days[i].ToInput(vocabulary.Variables));
            if (result.IsValid)
            {
                valid.Add(result.Value!);
            }
            else
            {
                errors.AddRange(result.Errors.Select(e => e with { Field = $"days[{i}].{e.Field}" }));
            }
        }

        var duplicate = valid.GroupBy(d => d.Date).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            errors.Add(new("days", $"{duplicate.Key:yyyy-MM-dd} appears more than once."));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        using var turn = await writes.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var day in valid)
        {
            await WriteDayAsync(day, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return errors;
    }

    /// <summary>
    /// One day in its own transaction, at its turn at the write gate (one writer at a time on SQLite). The command is built
    /// before the turn, which then holds only the database work (docs/performance.md).
    /// </summary>
    private Task WriteAsync(DiaryDay day, DateTime now, CancellationToken cancellationToken) =>
        db.PrepareDiaryDay(day.Date, now, day.ToObservations()).ExecuteInTurnAsync(writes, cancellationToken);

    /// <summary>
    /// Replaces one date's entry and observations inside the caller's transaction, as one command
    /// (<see cref="FibroTrackDbContext.WriteDiaryDayAsync"/>): two saves of a new date cannot collide, the second updates.
    /// </summary>
    private Task WriteDayAsync(DiaryDay day, DateTime now, CancellationToken cancellationToken) =>
        db.WriteDiaryDayAsync(day.Date, now, day.ToObservations(), cancellationToken);
}
