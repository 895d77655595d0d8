using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FibroTrack.Core.Clinical;
using FibroTrack.Core.Instruments;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Regimen;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Diary;
using FibroTrack.Features.Vocabulary;
using FibroTrack.Statistics.Insights;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FibroTrack.Features.Insights;

/// <summary>
/// The signed-in person's insights: served from the stored snapshot while it is current, recomputed (and stored) when
/// any input changed. A person-year takes tens of milliseconds (docs/performance.md), so recomputing on the first read
/// after a new diary day is fast enough that no incremental scheme is needed.
/// </summary>
public sealed class InsightService(
    FibroTrackDbContext db, OwnerScope owner, DiaryService diary, VocabularyService vocabularies, TimeProvider clock, IOptions<JsonOptions> json)
{
    /// <summary>The stored snapshot is written with the API's own JSON settings, so that it can be served as it is.</summary>
    private readonly JsonSerializerOptions _storedJson = json.Value.SerializerOptions;

    /// <summary>The current insights, or null when the person has no diary days yet.</summary>
    public async Task<InsightsDto?> GetAsync(CancellationToken ct = default) =>
        await GetCurrentAsync(ct) is var (json, dto) ? dto ?? JsonSerializer.Deserialize<InsightsDto>(json!, _storedJson) : null;

    /// <summary>
    /// The current insights as JSON, or null when the person has no diary days yet: while the stored snapshot is current,
    /// its own text, which spares each read parsing and writing again about 165 KB (it was written with the API's JSON settings;
    /// a test checks that they write the same text).
    /// </summary>
    public async Task<string?> GetJsonAsync(CancellationToken ct = default) =>
        await GetCurrentAsync(ct) is var (json, dto) ? json ?? JsonSerializer.Serialize(dto, _storedJson) : null;

    /// <summary>The stored snapshot's JSON when it is current, else freshly computed (and stored) insights; null without diary days.</summary>
    private async Task<(string? Json, InsightsDto? Dto)?> GetCurrentAsync(CancellationToken ct)
    {
        var (fingerprint, range) = await FingerprintAsync(ct);
        if (range is null)
        {
            return null;
        }

        var stored = await db.InsightSnapshots.AsNoTracking()
            .Where(s => s.Fingerprint == fingerprint && s.EngineVersion == InsightMethod.EngineVersion)
            .Select(s => s.ReportJson)
            .SingleOrDefaultAsync(ct);
        if (stored is not null)
        {
            return (stored, null);
        }

        var inputs = await LoadAsync(ct);
        return inputs.Matrix is null ? null : (null, await ComputeAndStoreAsync(inputs, ct));
    }

    /// <summary>Recomputes and stores whatever the snapshot holds; the CLI's <c>analyze</c> calls this.</summary>
    /// <returns>The insights, or null when the person has no diary days yet (any old snapshot is removed).</returns>
    public async Task<InsightsDto?> RecomputeAsync(CancellationToken ct = default)
    {
        var inputs = await LoadAsync(ct);
        if (inputs.Matrix is null)
        {
            await db.InsightSnapshots.ExecuteDeleteAsync(ct);
            return null;
        }

        return await ComputeAndStoreAsync(inputs, ct);
    }

    /// <summary>The days behind a finding: dates the model used, the exposure <paramref name="lag"/> days earlier and the outcome.</summary>
    public async Task<IReadOnlyList<(DateOnly Date, double Exposure, double Outcome)>?> DaysBehindAsync(
        string outcome, string exposure, int lag, CancellationToken ct = default)
    {
        var inputs = await LoadAsync(ct);
        var matrix = inputs.Matrix;
        if (matrix is null || lag is < 1 or > 3)
        {
            return null;
        }

        if (outcome == Statistics.Associations.AssociationScan.FlareOnsetCode)
        {
            if (!matrix.HasColumn(exposure))
            {
                return null;
            }

            var flares = Statistics.Flares.FlareDetector.Detect(matrix);
            var exposureValues = matrix.Column(exposure).ToArray();
            var (rows, onset) = Statistics.Associations.FlareOnsetModel.DaysBehind(flares, exposureValues);
            return [.. rows.Select(d => (matrix.DateAt(d), exposureValues[d - lag], onset[d]))];
        }

        if (outcome == InsightCodes.Composite && !matrix.HasColumn(InsightCodes.Composite))
        {
            var composite = Statistics.Flares.Composite.Compute(matrix);
            matrix = matrix.WithColumn(new MatrixColumn(InsightCodes.Composite, "Composite symptom score", VariableKind.Symptom, InsightCodes.Composite), composite);
        }

        if (!matrix.HasColumn(outcome) || !matrix.HasColumn(exposure))
        {
            return null;
        }

        var y = matrix.Column(outcome).ToArray();
        var x = matrix.Column(exposure).ToArray();
        return [.. Statistics.Associations.AdlModel.DaysBehind(matrix, outcome, exposure).Select(d => (matrix.DateAt(d), x[d - lag], y[d]))];
    }

    private async Task<InsightsDto> ComputeAndStoreAsync(InsightInputs inputs, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var report = InsightEngine.Analyse(inputs.Matrix!, inputs.Changes, inputs.Infections);
        var milliseconds = watch.Elapsed.TotalMilliseconds;
        var now = clock.GetUtcNow().UtcDateTime;
        var dto = InsightMapper.ToDto(report, now, milliseconds);

        if (owner.IsReadOnly)
        {
            // A clinician reading through a care grant writes nothing of the person's: the next read of theirs stores it.
            return dto;
        }

        var json = JsonSerializer.Serialize(dto, _storedJson);
        var snapshot = await db.InsightSnapshots.SingleOrDefaultAsync(ct);
        if (snapshot is null)
        {
            snapshot = new InsightSnapshot();
            db.InsightSnapshots.Add(snapshot);
        }

        snapshot.EngineVersion = InsightMethod.EngineVersion;
        snapshot.Fingerprint = inputs.Fingerprint;
        snapshot.ComputedAt = now;
        snapshot.ComputeMilliseconds = milliseconds;
        snapshot.ReportJson = json;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two first reads at once both inserted; the other one's snapshot is as good as ours.
            db.ChangeTracker.Clear();
        }

        return dto;
    }

    /// <summary>
    /// A digest of every input the analysis reads, from small aggregate queries (the diary contributes its range, count and
    /// latest edit), so checking whether the stored snapshot is current does not read the diary itself.
    /// </summary>
    public async Task<(string Fingerprint, DiaryRange? Range)> FingerprintAsync(CancellationToken ct = default)
    {
        var range = await db.DiaryEntries.GroupBy(_ => 1)
            .Select(g => new DiaryRange(g.Min(e => e.Date), g.Max(e => e.Date), g.Count(), g.Max(e => e.UpdatedAt)))
            .SingleOrDefaultAsync(ct);
        // FIQR responses rather than their total observations: those have no index of their own, and counting them read
        // every row of the person's stream (2.5 ms per request for a year of full days). A response is replaced, never
        // edited, so its count and latest id change whenever a total does.
        var fiqr = await db.InstrumentResponses
            .Where(r => r.InstrumentId == Fiqr.Id)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Last = g.Max(r => r.Id) })
            .SingleOrDefaultAsync(ct);
        var vocabulary = await vocabularies.GetAsync(ct);
        var infections = await db.InfectionEpisodes.AsNoTracking().OrderBy(i => i.Id).Select(i => new { i.Id, i.Type, i.StartDate, i.EndDate }).ToListAsync(ct);

        var digest = new StringBuilder(InsightMethod.EngineVersion).Append('|');
        digest.Append(FormattableString.Invariant($"diary {range?.First:O} {range?.Last:O} {range?.Count} {range?.Updated:O}|fiqr {fiqr?.Count} {fiqr?.Last}|"));
        foreach (var item in vocabulary.Regimen)
        {
            digest.Append(FormattableString.Invariant($"rx {item.Id} {item.Code} {item.Name} {item.StartDate:O} {item.StopDate:O}"));
            foreach (var d in item.Doses.OrderBy(d => d.Id))
            {
                digest.Append(FormattableString.Invariant($" {d.Id} {d.EffectiveFrom:O} {d.Dose} {d.Unit}"));
            }

            digest.Append('|');
        }

        foreach (var variable in vocabulary.Custom)
        {
            digest.Append(FormattableString.Invariant($"var {variable.Id} {variable.Code} {variable.Label} {variable.Kind} {variable.Type} {variable.Unit}|"));
        }

        foreach (var i in infections)
        {
            digest.Append(FormattableString.Invariant($"inf {i.Id} {i.Type} {i.StartDate:O} {i.EndDate:O}|"));
        }

        return (Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(digest.ToString()))), range);
    }

    /// <summary>Reads everything the engine needs: the diary matrix with FIQR totals, regimen changes and infections.</summary>
    public async Task<InsightInputs> LoadAsync(CancellationToken ct = default)
    {
        var (fingerprint, range) = await FingerprintAsync(ct);
        if (range is null)
        {
            return new InsightInputs(null, [], [], fingerprint);
        }

        // The most recent ten years at most, the longest range the diary serves in one read.
        var first = range.First.DayNumber < range.Last.DayNumber - DiaryService.MaxRangeDays + 1 ? range.Last.AddDays(-DiaryService.MaxRangeDays + 1) : range.First;
        var matrix = await diary.MatrixAsync(first, range.Last, ct);
        // A response's total is its fiqr.total observation; responses are one per date and have an index.
        var fiqr = await db.InstrumentResponses.AsNoTracking()
            .Where(r => r.InstrumentId == Fiqr.Id && r.Total != null && r.Date >= first && r.Date <= range.Last)
            .OrderBy(r => r.Date)
            .Select(r => new { r.Date, Value = r.Total!.Value })
            .ToListAsync(ct);
        if (fiqr.Count > 0)
        {
            var totals = new double[matrix.DayCount];
            Array.Fill(totals, double.NaN);
            foreach (var o in fiqr)
            {
                totals[o.Date.DayNumber - first.DayNumber] = o.Value;
            }

            matrix = matrix.WithColumn(new MatrixColumn(InsightCodes.FiqrTotal, "FIQR total", VariableKind.Symptom, InsightCodes.FiqrTotal), totals);
        }

        var vocabulary = await vocabularies.GetAsync(ct);
        var changes = vocabulary.Regimen
            .SelectMany(item => RegimenChanges.From(item.Code, item.Name, item.StartDate, item.StopDate,
                [.. item.Doses.Select(d => new DoseSpec(d.EffectiveFrom, d.Dose, d.Unit, d.Schedule))]))
            .ToList();
        var infections = await db.InfectionEpisodes.AsNoTracking().OrderBy(i => i.StartDate).ThenBy(i => i.Id).ToListAsync(ct);
        var windows = infections.Select(i => new InfectionWindow(i.StartDate, i.EndDate, InfectionTypes.Find(i.Type)?.Label ?? "an infection")).ToList();
        return new InsightInputs(matrix, changes, windows, fingerprint);
    }

}
