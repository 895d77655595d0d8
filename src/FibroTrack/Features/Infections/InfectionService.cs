using FibroTrack.Core.Clinical;
using FibroTrack.Core.Validation;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Infections;

/// <summary>The signed-in person's infection episodes.</summary>
public sealed class InfectionService(FibroTrackDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<InfectionEpisode>> ListAsync(CancellationToken ct = default) =>
        await db.InfectionEpisodes.AsNoTracking().OrderByDescending(i => i.StartDate).ThenByDescending(i => i.Id).ToListAsync(ct);

    public Task<InfectionEpisode?> FindAsync(long id, CancellationToken ct = default) =>
        db.InfectionEpisodes.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct);

    public async Task<ValidationResult<InfectionEpisode>> CreateAsync(InfectionInput input, CancellationToken ct = default)
    {
        var result = new ClinicalValidator(clock).ValidateInfection(input);
        if (!result.IsValid)
        {
            return ValidationResult<InfectionEpisode>.Invalid(result.Errors);
        }

        var row = new InfectionEpisode { CreatedAt = clock.GetUtcNow().UtcDateTime };
        Apply(row, result.Value!);
        db.InfectionEpisodes.Add(row);
        await db.SaveChangesAsync(ct);
        return ValidationResult<InfectionEpisode>.Valid(row);
    }

    /// <summary>Replaces an episode; <c>null</c> when it does not exist for this person.</summary>
    public async Task<ValidationResult<InfectionEpisode>?> UpdateAsync(long id, InfectionInput input, CancellationToken ct = default)
    {
        var row = await db.InfectionEpisodes.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (row is null)
        {
            return null;
        }

        var result = new ClinicalValidator(clock).ValidateInfection(input);
        if (!result.IsValid)
        {
            return ValidationResult<InfectionEpisode>.Invalid(result.Errors);
        }

        Apply(row, result.Value!);
        await db.SaveChangesAsync(ct);
        return ValidationResult<InfectionEpisode>.Valid(row);
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken ct = default) =>
        await db.InfectionEpisodes.Where(i => i.Id == id).ExecuteDeleteAsync(ct) > 0;

    private static void Apply(InfectionEpisode row, InfectionSpec spec)
    {
        row.Type = spec.Type;
        row.StartDate = spec.StartDate;
        row.EndDate = spec.EndDate;
        row.ConfirmedByTest = spec.ConfirmedByTest;
        row.Notes = spec.Notes;
    }
}
