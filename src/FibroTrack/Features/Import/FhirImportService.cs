using FibroTrack.Core.Instruments;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.CustomVariables;
using FibroTrack.Features.Infections;
using FibroTrack.Features.Labs;
using FibroTrack.Features.Profile;
using FibroTrack.Features.Regimen;
using FibroTrack.Features.Vocabulary;
using FibroTrack.Fhir;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Import;

/// <summary>
/// Imports a FHIR R4 Bundle or NDJSON file for the current person through the import framework: <see cref="PrepareAsync"/>
/// reads and checks everything (<see cref="FhirImportPlanner"/>), <see cref="CommitAsync"/> writes diary days, labs,
/// questionnaire responses, regimen items with their dose history, infections and profile facts in one transaction.
/// </summary>
public sealed class FhirImportService(
    FibroTrackDbContext db,
    OwnerScope owner,
    VocabularyService vocabularies,
    ImportService imports,
    CustomVariableService customVariables,
    RegimenService regimen,
    LabService labs,
    InfectionService infections,
    ProfileService profiles,
    UserManager<AppUser> users,
    ImportOptions options,
    TimeProvider clock)
{
    /// <param name="ndjson">One resource a line, rather than one Bundle.</param>
    /// <param name="mappingJson">Optional JSON object <c>"system|code"</c> → a variable code, <c>custom:&lt;type&gt;</c>, <c>custom</c> or <c>skip</c>.</param>
    public async Task<PreparedFhirImport> PrepareAsync(Stream file, bool ndjson, ReadOnlyMemory<byte>? mappingJson, IProgress<long>? progress, CancellationToken ct)
    {
        var ownerId = owner.RequireOwner();
        var email = (await users.FindByIdAsync(ownerId))?.Email;
        var mappingErrors = new ImportErrors(options.MaxErrors);
        var mapping = mappingJson is { } json ? CsvMapping.Parse(json.Span, mappingErrors) : CsvMapping.Empty;
        if (mapping is null || mappingErrors.Count > 0)
        {
            return FhirImportPlanner.Unreadable(string.Empty, 0, email, mappingErrors.Listed.Select(e => new FhirImportIssue(e.Column ?? "mapping", e.Message)));
        }

        var limits = new FhirReadLimits(Math.Min(options.MaxBytes, FhirReadLimits.DefaultMaxBytes));
        var hashing = new HashingStream(file, limits.MaxBytes + 1, progress);
        Func<VariableVocabulary, IReadOnlyDictionary<string, string>?, FhirImportPlan> map;
        try
        {
            if (ndjson)
            {
                var resources = await FhirJson.ReadNdjsonAsync(hashing, limits, ct);
                map = (vocabulary, codes) => FhirImportMapper.Map(resources, vocabulary, codes);
            }
            else
            {
                var bundle = await FhirJson.ReadBundleAsync(hashing, limits, ct);
                map = (vocabulary, codes) => FhirImportMapper.Map(bundle, vocabulary, codes);
            }
        }
        catch (FhirFormatException e)
        {
            return FhirImportPlanner.Unreadable(hashing.Sha256, hashing.BytesRead, email, [new FhirImportIssue(e.Location ?? (ndjson ? "line" : "Bundle"), e.Message)]);
        }

        var existing = await ExistingAsync(email, mapping.Digest, hashing.Sha256, ct);
        return FhirImportPlanner.Plan(map, mapping, existing, hashing.Sha256, hashing.BytesRead, clock, options.MaxErrors);
    }

    /// <summary>Writes a valid plan in one transaction: everything, or (on any refusal) nothing. The same file and mapping again is a no-op.</summary>
    /// <exception cref="InvalidOperationException">The plan has errors.</exception>
    /// <exception cref="ImportConflictException">The account changed since the preview so that a record no longer validates.</exception>
    public async Task<FhirImportOutcome> CommitAsync(PreparedFhirImport prepared, IProgress<long>? progress, CancellationToken ct)
    {
        if (!prepared.Preview.IsValid || prepared.Work is not { } work)
        {
            throw new InvalidOperationException("An import with errors cannot be committed.");
        }

        var plan = prepared.Preview;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ChangeTracker.Clear();
        vocabularies.Invalidate();
        if (await db.Imports.AnyAsync(i => i.Source == FhirImportPlanner.Source && i.Selection == work.Selection && i.Sha256 == plan.Sha256, ct))
        {
            return new FhirImportOutcome("already-imported", plan);
        }

        foreach (var input in work.NewVariables)
        {
            var result = await customVariables.CreateAsync(input, ct);
            Refuse(result.IsValid, result.Errors, $"variables[{input.Name}]");
        }

        foreach (var item in work.NewRegimen)
        {
            var result = await regimen.CreateAsync(item.Input, ct);
            Refuse(result.IsValid, result.Errors, $"regimen[{item.Code}]");
            foreach (var change in item.Changes)
            {
                var changed = await regimen.ChangeDoseAsync(result.Value!.Id, change, ct);
                Refuse(changed is { IsValid: true }, changed?.Errors ?? [], $"regimen[{item.Code}]");
            }
        }

        vocabularies.Invalidate();
        var (observations, days) = await imports.WriteDaysAsync(work.Days, now, progress, ct);

        // FibroTrack lists (and exports) labs newest first, the later-entered first within a date: inserting oldest first and,
        // within a date, in reverse file order gives the re-imported results the same order as the source's.
        foreach (var (input, _) in work.Labs.Select((l, i) => (Lab: l, Index: i)).OrderBy(l => l.Lab.Key.Date).ThenByDescending(l => l.Index).Select(l => l.Lab))
        {
            var result = await labs.CreateAsync(input, ct);
            Refuse(result.IsValid, result.Errors, $"labs[{input.Analyte}]");
        }

        // InstrumentService.SaveAsync opens a transaction of its own; the same scoring is done here inside this one.
        foreach (var (instrument, date, answers) in work.Responses)
        {
            var validated = InstrumentValidator.Validate(instrument, answers);
            Refuse(validated.IsValid, validated.Errors, $"responses[{instrument.Id}]");
            await db.InstrumentResponses.Where(r => r.InstrumentId == instrument.Id && r.Date == date).ExecuteDeleteAsync(ct);
            var score = InstrumentScorer.Score(validated.Value!);
            var row = new InstrumentResponseRow { InstrumentId = instrument.Id, Date = date, Total = score.Total, Band = score.Band, CreatedAt = now };
            foreach (var (code, value) in validated.Value!.Answers.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                row.Observations.Add(new ObservationRow { Date = date, Code = code, Value = value });
            }

            if (score.Total is { } total)
            {
                row.Observations.Add(new ObservationRow { Date = date, Code = $"{instrument.Id}.total", Value = total, Text = score.Band });
            }

            foreach (var (key, value) in score.Subscores.Where(s => s.Key != "total"))
            {
                row.Observations.Add(new ObservationRow { Date = date, Code = $"{instrument.Id}.{key}", Value = value });
            }

            db.InstrumentResponses.Add(row);
        }

        await db.SaveChangesAsync(ct);
        foreach (var input in work.Infections)
        {
            var result = await infections.CreateAsync(input, ct);
            Refuse(result.IsValid, result.Errors, $"infections[{input.Type}]");
        }

        if (work.Profile is { } profile)
        {
            var result = await profiles.SaveAsync(profile, ct);
            Refuse(result.IsValid, result.Errors, "profile");
        }

        db.Imports.Add(new ImportRecord
        {
            Source = FhirImportPlanner.Source,
            Selection = work.Selection,
            Sha256 = plan.Sha256,
            Bytes = plan.Bytes,
            Rows = work.Days.Count + work.Labs.Count + work.Responses.Count + work.NewRegimen.Count + work.Infections.Count,
            Days = days,
            Observations = observations,
            ImportedAt = now,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new FhirImportOutcome("committed", plan);
    }

    private static void Refuse(bool valid, IReadOnlyList<Core.Validation.ValidationError> errors, string prefix)
    {
        if (!valid)
        {
            throw new ImportConflictException([.. errors.Select(e => e with { Field = $"{prefix}.{e.Field}" })]);
        }
    }

    private async Task<FhirExistingState> ExistingAsync(string? email, string selection, string sha256, CancellationToken ct)
    {
        var vocabulary = await vocabularies.GetAsync(ct);
        var dates = (await db.DiaryEntries.AsNoTracking().Select(e => e.Date).ToListAsync(ct)).ToHashSet();
        var labKeys = (await db.LabResults.AsNoTracking().ToListAsync(ct)).Select(LabKey.Of).ToHashSet();
        var responses = (await db.InstrumentResponses.AsNoTracking().Include(r => r.Observations).OrderBy(r => r.Id).ToListAsync(ct))
            .GroupBy(r => (r.InstrumentId, r.Date))
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, int>)g.Last().Observations
                .Where(o => o.Value is not null && InstrumentCatalog.Find(g.Key.InstrumentId)?.FindItem(o.Code) is not null)
                .ToDictionary(o => o.Code, o => (int)o.Value!.Value, StringComparer.Ordinal));
        var infectionKeys = (await db.InfectionEpisodes.AsNoTracking().Select(i => new { i.Type, i.StartDate }).ToListAsync(ct))
            .Select(i => (i.Type, i.StartDate)).ToHashSet();
        var done = await db.Imports.AnyAsync(i => i.Source == FhirImportPlanner.Source && i.Selection == selection && i.Sha256 == sha256, ct);
        return new FhirExistingState(email, vocabulary.Custom, vocabulary.Regimen, dates, labKeys, responses, infectionKeys, await profiles.GetAsync(ct), done);
    }
}
