using FibroTrack.Core.Regimen;
using FibroTrack.Core.Validation;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Vocabulary;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Regimen;

/// <summary>What became of a delete request.</summary>
public enum DeleteOutcome
{
    Deleted,
    NotFound,
    InUse,
}

/// <summary>The signed-in person's medications and supplements, with dose history kept, never overwritten.</summary>
public sealed class RegimenService(FibroTrackDbContext db, VocabularyService vocabularies, TimeProvider clock)
{
    private RegimenValidator Validator => new(clock);

    public async Task<IReadOnlyList<RegimenItem>> ListAsync(CancellationToken ct = default) =>
        await db.RegimenItems.AsNoTracking().Include(r => r.Doses.OrderBy(d => d.EffectiveFrom).ThenBy(d => d.Id))
            .OrderBy(r => r.StopDate != null).ThenBy(r => r.Name).ToListAsync(ct);

    public Task<RegimenItem?> FindAsync(long id, CancellationToken ct = default) =>
        db.RegimenItems.AsNoTracking().Include(r => r.Doses.OrderBy(d => d.EffectiveFrom).ThenBy(d => d.Id))
            .SingleOrDefaultAsync(r => r.Id == id, ct);

    public async Task<ValidationResult<RegimenItem>> CreateAsync(RegimenItemInput input, CancellationToken ct = default)
    {
        var codes = (await db.RegimenItems.Select(r => r.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var result = Validator.ValidateNew(input, codes);
        if (!result.IsValid)
        {
            return ValidationResult<RegimenItem>.Invalid(result.Errors);
        }

        var spec = result.Value!;
        var now = clock.GetUtcNow().UtcDateTime;
        var item = new RegimenItem
        {
            Code = spec.Code,
            Name = spec.Name,
            Kind = spec.Kind,
            RxNorm = spec.RxNorm,
            StartDate = spec.StartDate,
            StopDate = spec.StopDate,
            Notes = spec.Notes,
            CreatedAt = now,
            Doses = [ToRow(spec.FirstDose, now)],
        };
        db.RegimenItems.Add(item);
        await db.SaveChangesAsync(ct);
        vocabularies.Invalidate();
        return ValidationResult<RegimenItem>.Valid(item);
    }

    /// <summary>Adds a dose to the history. <c>null</c> when the item does not exist for this person.</summary>
    public async Task<ValidationResult<RegimenItem>?> ChangeDoseAsync(long id, DoseChangeInput input, CancellationToken ct = default)
    {
        var item = await db.RegimenItems.Include(r => r.Doses).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (item is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var current = item.DoseOn(input.EffectiveFrom ?? today)!;
        var result = Validator.ValidateDoseChange(input, item.StartDate, item.StopDate, new DoseSpec(current.EffectiveFrom, current.Dose, current.Unit, current.Schedule));
        if (!result.IsValid)
        {
            return ValidationResult<RegimenItem>.Invalid(result.Errors);
        }

        item.Doses.Add(ToRow(result.Value!, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        vocabularies.Invalidate();
        return ValidationResult<RegimenItem>.Valid(item);
    }

    /// <summary>Sets (or clears, with <c>null</c>) the stop date. <c>null</c> result when the item does not exist.</summary>
    public async Task<ValidationResult<RegimenItem>?> SetStopDateAsync(long id, DateOnly? stopDate, CancellationToken ct = default)
    {
        var item = await db.RegimenItems.Include(r => r.Doses).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (item is null)
        {
            return null;
        }

        var errors = RegimenValidator.ValidateStop(stopDate, item.StartDate);
        if (errors.Count > 0)
        {
            return ValidationResult<RegimenItem>.Invalid(errors);
        }

        item.StopDate = stopDate;
        await db.SaveChangesAsync(ct);
        vocabularies.Invalidate();
        return ValidationResult<RegimenItem>.Valid(item);
    }

    /// <summary>Deletes an item entered by mistake. Refused once any diary day records taking it: stop it instead.</summary>
    public async Task<DeleteOutcome> DeleteAsync(long id, CancellationToken ct = default)
    {
        var item = await db.RegimenItems.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (item is null)
        {
            return DeleteOutcome.NotFound;
        }

        if (await db.Observations.AnyAsync(o => o.Code == item.Code, ct))
        {
            return DeleteOutcome.InUse;
        }

        db.RegimenItems.Remove(item);
        await db.SaveChangesAsync(ct);
        vocabularies.Invalidate();
        return DeleteOutcome.Deleted;
    }

    private static RegimenDose ToRow(DoseSpec dose, DateTime now) => new()
    {
        EffectiveFrom = dose.EffectiveFrom,
        Dose = dose.Dose,
        Unit = dose.Unit,
        Schedule = dose.Schedule,
        RecordedAt = now,
    };
}
