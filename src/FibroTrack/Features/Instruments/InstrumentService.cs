using FibroTrack.Core.Diary;
using FibroTrack.Core.Instruments;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Instruments;

/// <summary>A stored questionnaire with its answers and its score, recomputed from the answers.</summary>
public sealed record StoredResponse(long Id, InstrumentDefinition Instrument, DateOnly Date, IReadOnlyDictionary<string, int> Answers, InstrumentScore Score);

/// <summary>Schedules a person can choose: how many days between responses (0: no reminders).</summary>
public static class InstrumentSchedules
{
    public static readonly IReadOnlyList<(int Days, string Label)> All =
    [
        (0, "No reminder"),
        (7, "Every week"),
        (14, "Every two weeks"),
        (28, "Every four weeks"),
        (91, "Every three months"),
    ];
}

/// <summary>One instrument as the overview page shows it.</summary>
public sealed record InstrumentStatus(InstrumentDefinition Instrument, int EveryDays, DateOnly? LastDate, double? LastTotal, string? LastBand, bool Due);

/// <summary>Questionnaires (FIQR, PHQ-9, GAD-7, PEG, ACR 2016): scored by the core, stored as observations.</summary>
public sealed class InstrumentService(FibroTrackDbContext db, TimeProvider clock)
{
    // Compiled: the check-in page shows what is due on every load.
    private static readonly Func<FibroTrackDbContext, IAsyncEnumerable<InstrumentSchedule>> Schedules =
        EF.CompileAsyncQuery((FibroTrackDbContext db) => db.InstrumentSchedules.AsNoTracking());

    private static readonly Func<FibroTrackDbContext, IAsyncEnumerable<LatestResponse>> Responses =
        EF.CompileAsyncQuery((FibroTrackDbContext db) => db.InstrumentResponses.AsNoTracking().Select(r => new LatestResponse(r.InstrumentId, r.Date, r.Total, r.Band)));

    private sealed record LatestResponse(string InstrumentId, DateOnly Date, double? Total, string? Band);

    /// <summary>Validates, scores and stores a response; filling in the same instrument again on the same date replaces it.</summary>
    public async Task<ValidationResult<StoredResponse>> SaveAsync(
        InstrumentDefinition instrument, DateOnly date, IReadOnlyDictionary<string, double?> answers, CancellationToken ct = default)
    {
        var errors = new List<ValidationError>();
        var latest = DiaryLimits.LatestDate(clock);
        if (date > latest)
        {
            errors.Add(new("date", $"{date:yyyy-MM-dd} is in the future; the latest date accepted now is {latest:yyyy-MM-dd}."));
        }
        else if (date < DiaryLimits.EarliestDate)
        {
            errors.Add(new("date", $"Dates before {DiaryLimits.EarliestDate:yyyy-MM-dd} are not accepted."));
        }

        var validation = InstrumentValidator.Validate(instrument, answers);
        errors.AddRange(validation.Errors);
        if (errors.Count > 0)
        {
            return ValidationResult<StoredResponse>.Invalid(errors);
        }

        var response = validation.Value!;
        var score = InstrumentScorer.Score(response);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.InstrumentResponses.Where(r => r.InstrumentId == instrument.Id && r.Date == date).ExecuteDeleteAsync(ct);
        var row = new InstrumentResponseRow
        {
            InstrumentId = instrument.Id,
            Date = date,
            Total = score.Total,
            Band = score.Band,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        foreach (var (code, value) in response.Answers.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            row.Observations.Add(new ObservationRow { Date = date, Code = code, Value = value });
        }

        // Scores join the stream too, under {instrument}.total and {instrument}.{subscore}.
        if (score.Total is { } total)
        {
            row.Observations.Add(new ObservationRow { Date = date, Code = $"{instrument.Id}.total", Value = total, Text = score.Band });
        }

        foreach (var (key, value) in score.Subscores.Where(s => s.Key != "total"))
        {
            row.Observations.Add(new ObservationRow { Date = date, Code = $"{instrument.Id}.{key}", Value = value });
        }

        db.InstrumentResponses.Add(row);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return ValidationResult<StoredResponse>.Valid(new StoredResponse(row.Id, instrument, date, response.Answers, score));
    }

    public async Task<StoredResponse?> FindAsync(long id, CancellationToken ct = default)
    {
        var row = await db.InstrumentResponses.AsNoTracking().Include(r => r.Observations).SingleOrDefaultAsync(r => r.Id == id, ct);
        return row is null ? null : Rescore(row);
    }

    /// <summary>Responses to one instrument, oldest first.</summary>
    public async Task<IReadOnlyList<StoredResponse>> ListAsync(InstrumentDefinition instrument, CancellationToken ct = default)
    {
        var rows = await db.InstrumentResponses.AsNoTracking().Include(r => r.Observations)
            .Where(r => r.InstrumentId == instrument.Id).OrderBy(r => r.Date).ToListAsync(ct);
        return [.. rows.Select(Rescore).OfType<StoredResponse>()];
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken ct = default) =>
        await db.InstrumentResponses.Where(r => r.Id == id).ExecuteDeleteAsync(ct) > 0;

    public async Task<IReadOnlyList<InstrumentStatus>> StatusAsync(CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var schedules = (await Schedules(db).ToListAsync(ct)).ToDictionary(s => s.InstrumentId, s => s.EveryDays);
        // A person has at most a few hundred responses: pick each instrument's latest in memory.
        var latest = (await Responses(db).ToListAsync(ct))
            .GroupBy(r => r.InstrumentId)
            .Select(g => g.MaxBy(r => r.Date)!)
            .ToList();
        return [.. InstrumentCatalog.All.Select(i =>
        {
            var every = schedules.GetValueOrDefault(i.Id);
            var last = latest.FirstOrDefault(l => l.InstrumentId == i.Id);
            var due = every > 0 && (last is null || last.Date.AddDays(every) <= today);
            return new InstrumentStatus(i, every, last?.Date, last?.Total, last?.Band, due);
        })];
    }

    /// <summary>Sets how often to be reminded; 0 turns reminders off.</summary>
    public async Task<IReadOnlyList<ValidationError>> SetScheduleAsync(InstrumentDefinition instrument, int everyDays, CancellationToken ct = default)
    {
        if (InstrumentSchedules.All.All(s => s.Days != everyDays))
        {
            return [new("everyDays", $"Choose one of: {string.Join(", ", InstrumentSchedules.All.Select(s => s.Days))} days.")];
        }

        var row = await db.InstrumentSchedules.SingleOrDefaultAsync(s => s.InstrumentId == instrument.Id, ct);
        if (row is null)
        {
            db.InstrumentSchedules.Add(new InstrumentSchedule { InstrumentId = instrument.Id, EveryDays = everyDays });
        }
        else
        {
            row.EveryDays = everyDays;
        }

        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>
    /// Suggested ACR 2016 answers from the diary: the body areas marked painful on any day of the last
    /// week, and the 3-month duration when the profile's onset date or the diary's first pain rating is
    /// at least 3 months back. The person reviews them before saving.
    /// </summary>
    public async Task<Dictionary<string, int>> SuggestAcrAnswersAsync(DateOnly date, CancellationToken ct = default)
    {
        var weekStart = date.AddDays(-6);
        var painful = await db.Observations.AsNoTracking()
            .Where(o => o.DiaryEntryId != null && o.Date >= weekStart && o.Date <= date && o.Code.StartsWith("wpi.") && o.Value == 1)
            .Select(o => o.Code).Distinct().ToListAsync(ct);
        var suggestions = BodyAreas.All.ToDictionary(a => a.Code, a => painful.Contains(a.Code) ? 1 : 0);

        var onset = (await db.PersonProfiles.AsNoTracking().SingleOrDefaultAsync(ct))?.SymptomOnsetDate;
        var firstPain = await db.Observations.AsNoTracking()
            .Where(o => o.DiaryEntryId != null && o.Code == BuiltInVariables.Pain && o.Value > 0)
            .OrderBy(o => o.Date).Select(o => (DateOnly?)o.Date).FirstOrDefaultAsync(ct);
        var since = new[] { onset, firstPain }.Where(d => d is not null).Min();
        if (since is { } s && s.AddMonths(3) <= date)
        {
            suggestions[Acr2016.Duration] = 1;
        }

        return suggestions;
    }

    private static StoredResponse? Rescore(InstrumentResponseRow row)
    {
        if (InstrumentCatalog.Find(row.InstrumentId) is not { } instrument)
        {
            return null;
        }

        // In the order written (by item code); a database returns an included collection in no particular order.
        var answers = row.Observations
            .OrderBy(o => o.Id)
            .Where(o => instrument.FindItem(o.Code) is not null)
            .ToDictionary(o => o.Code, o => o.Value, StringComparer.Ordinal);
        var validation = InstrumentValidator.Validate(instrument, answers);
        return validation.IsValid
            ? new StoredResponse(row.Id, instrument, row.Date, validation.Value!.Answers, InstrumentScorer.Score(validation.Value))
            : null;
    }
}
