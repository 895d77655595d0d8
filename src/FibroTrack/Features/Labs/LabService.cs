using FibroTrack.Core.Labs;
using FibroTrack.Core.People;
using FibroTrack.Core.Validation;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Profile;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Labs;

/// <summary>A stored lab result with its interpretation against the lab's range or the documented default.</summary>
public sealed record StoredLab(long Id, LabResult Result, LabInterpretation Interpretation);

/// <summary>The signed-in person's lab results. Every stored result is re-checked and re-flagged when read.</summary>
public sealed class LabService(FibroTrackDbContext db, ProfileService profiles, TimeProvider clock)
{
    // Compiled: the check-in page's red-flag check reads the results on every load.
    private static readonly Func<FibroTrackDbContext, IAsyncEnumerable<LabResultRow>> AllRows = EF.CompileAsyncQuery<FibroTrackDbContext, LabResultRow>(
        db => db.LabResults.AsNoTracking().OrderByDescending(r => r.SpecimenDate).ThenByDescending(r => r.Id));

    /// <summary>All results, newest specimen first.</summary>
    public async Task<IReadOnlyList<StoredLab>> ListAsync(CancellationToken ct = default) => await ListAsync(await PersonAsync(ct), ct);

    /// <summary>All results, flagged for <paramref name="person"/> (a caller that has read the profile already).</summary>
    public async Task<IReadOnlyList<StoredLab>> ListAsync(PersonFacts person, CancellationToken ct = default)
    {
        var rows = await AllRows(db).ToListAsync(ct);
        return [.. rows.Select(r => Read(r, person)).OfType<StoredLab>()];
    }

    public async Task<StoredLab?> FindAsync(long id, CancellationToken ct = default)
    {
        var row = await db.LabResults.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct);
        return row is null ? null : Read(row, await PersonAsync(ct));
    }

    public async Task<ValidationResult<StoredLab>> CreateAsync(LabResultInput input, CancellationToken ct = default)
    {
        var result = LabValidator.Validate(input, clock);
        if (!result.IsValid)
        {
            return ValidationResult<StoredLab>.Invalid(result.Errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var row = new LabResultRow { CreatedAt = now };
        Apply(row, input, result.Value!, now);
        db.LabResults.Add(row);
        await db.SaveChangesAsync(ct);
        return ValidationResult<StoredLab>.Valid(new StoredLab(row.Id, result.Value!, LabFlagger.Flag(result.Value!, await PersonAsync(ct))));
    }

    /// <summary>Replaces a result; <c>null</c> when it does not exist for this person.</summary>
    public async Task<ValidationResult<StoredLab>?> UpdateAsync(long id, LabResultInput input, CancellationToken ct = default)
    {
        var row = await db.LabResults.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (row is null)
        {
            return null;
        }

        var result = LabValidator.Validate(input, clock);
        if (!result.IsValid)
        {
            return ValidationResult<StoredLab>.Invalid(result.Errors);
        }

        Apply(row, input, result.Value!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return ValidationResult<StoredLab>.Valid(new StoredLab(row.Id, result.Value!, LabFlagger.Flag(result.Value!, await PersonAsync(ct))));
    }

    /// <summary>A stored result as the input that produced it, for editing; <c>null</c> when it does not exist.</summary>
    public async Task<LabResultInput?> FindRowInputAsync(long id, CancellationToken ct = default) =>
        await db.LabResults.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) is { } row ? ToInput(row) : null;

    public async Task<bool> DeleteAsync(long id, CancellationToken ct = default) =>
        await db.LabResults.Where(r => r.Id == id).ExecuteDeleteAsync(ct) > 0;

    /// <summary>What the person's profile says about them for sex- and age-dependent ranges.</summary>
    public async Task<PersonFacts> PersonAsync(CancellationToken ct = default)
    {
        var profile = await profiles.GetAsync(ct);
        var sex = profile.Sex switch
        {
            "female" => Sex.Female,
            "male" => Sex.Male,
            _ => Sex.Unspecified,
        };
        return new PersonFacts(sex, profile.BirthDate);
    }

    /// <summary>The input that produced a row, so reading re-validates through the same code as writing.</summary>
    /// <remarks>
    /// A test outside the catalogue given by LOINC code is stored with the name "LOINC 2132-9"; read back by
    /// that name it would become a freely named test with a project code, so its LOINC code is used instead.
    /// </remarks>
    public static LabResultInput ToInput(LabResultRow row) => new()
    {
        Analyte = row.AnalyteName is null || LoincCode.LooksLike(row.AnalyteCode) ? row.AnalyteCode : row.AnalyteName,
        Value = row.Value,
        Unit = row.Unit,
        Titer = row.Titer,
        Positive = row.Positive,
        Pattern = row.Pattern,
        RangeLow = row.RangeLow,
        RangeHigh = row.RangeHigh,
        SpecimenDate = row.SpecimenDate,
        Source = row.Source,
        Notes = row.Notes,
    };

    private StoredLab? Read(LabResultRow row, PersonFacts person)
    {
        // Stored rows were valid when written; a row a later version refuses is left out rather than shown wrong.
        var result = LabValidator.Validate(ToInput(row), clock);
        return result.IsValid ? new StoredLab(row.Id, result.Value!, LabFlagger.Flag(result.Value!, person)) : null;
    }

    private static void Apply(LabResultRow row, LabResultInput input, LabResult result, DateTime now)
    {
        row.AnalyteCode = result.Analyte.Code.Value;
        row.AnalyteName = result.Analyte.IsCatalogued ? null : result.Analyte.Name;
        row.Value = result.Value;
        row.Unit = result.Unit;
        row.CanonicalValue = result.CanonicalValue;
        row.CanonicalUnit = result.CanonicalUnit;
        row.Titer = result.Titer?.ToString();
        row.Positive = result.Positive;
        row.Pattern = result.Pattern;
        row.RangeLow = input.RangeLow;
        row.RangeHigh = input.RangeHigh;
        row.SpecimenDate = result.SpecimenDate;
        row.Source = result.Source;
        row.Notes = result.Notes;
        row.UpdatedAt = now;
    }
}
