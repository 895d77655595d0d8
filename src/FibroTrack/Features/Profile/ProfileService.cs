using FibroTrack.Core.Clinical;
using FibroTrack.Core.Validation;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Profile;

/// <summary>The signed-in person's profile: sex and birth date for reference ranges, and their symptom onset.</summary>
public sealed class ProfileService(FibroTrackDbContext db, TimeProvider clock)
{
    // Compiled: most pages read the profile (reference ranges, red flags).
    private static readonly Func<FibroTrackDbContext, Task<PersonProfile?>> Stored =
        EF.CompileAsyncQuery((FibroTrackDbContext db) => db.PersonProfiles.AsNoTracking().SingleOrDefault());

    /// <summary>The stored profile, or an empty one (nothing known yet).</summary>
    public async Task<PersonProfile> GetAsync(CancellationToken ct = default) =>
        await Stored(db) ?? new PersonProfile();

    public async Task<ValidationResult<PersonProfile>> SaveAsync(ProfileInput input, CancellationToken ct = default)
    {
        var result = new ClinicalValidator(clock).ValidateProfile(input);
        if (!result.IsValid)
        {
            return ValidationResult<PersonProfile>.Invalid(result.Errors);
        }

        var spec = result.Value!;
        var row = await db.PersonProfiles.SingleOrDefaultAsync(ct);
        if (row is null)
        {
            row = new PersonProfile();
            db.PersonProfiles.Add(row);
        }

        row.Sex = spec.Sex;
        row.BirthDate = spec.BirthDate;
        row.SymptomOnsetDate = spec.SymptomOnsetDate;
        row.OnsetTrigger = spec.OnsetTrigger;
        row.OnsetNotes = spec.OnsetNotes;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return ValidationResult<PersonProfile>.Valid(row);
    }
}
