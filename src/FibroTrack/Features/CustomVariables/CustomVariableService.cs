using FibroTrack.Core.Custom;
using FibroTrack.Core.Validation;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Vocabulary;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.CustomVariables;

/// <summary>The signed-in person's own variables. Removing one archives it: its data stays.</summary>
public sealed class CustomVariableService(FibroTrackDbContext db, VocabularyService vocabularies, TimeProvider clock)
{
    public async Task<IReadOnlyList<CustomVariable>> ListAsync(bool includeArchived, CancellationToken ct = default) =>
        await db.CustomVariables.AsNoTracking()
            .Where(c => includeArchived || !c.Archived)
            .OrderBy(c => c.Archived).ThenBy(c => c.Id)
            .ToListAsync(ct);

    public async Task<ValidationResult<CustomVariable>> CreateAsync(CustomVariableInput input, CancellationToken ct = default)
    {
        var taken = (await db.CustomVariables.Select(c => c.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var result = CustomVariableValidator.Validate(input, taken);
        if (!result.IsValid)
        {
            return ValidationResult<CustomVariable>.Invalid(result.Errors);
        }

        var row = CustomVariable.FromDefinition(result.Value!, clock.GetUtcNow().UtcDateTime);
        db.CustomVariables.Add(row);
        await db.SaveChangesAsync(ct);
        vocabularies.Invalidate();
        return ValidationResult<CustomVariable>.Valid(row);
    }

    /// <summary>Archives or restores a variable; <c>null</c> when the person has no variable with that code.</summary>
    public async Task<CustomVariable?> SetArchivedAsync(string code, bool archived, CancellationToken ct = default)
    {
        var row = await db.CustomVariables.SingleOrDefaultAsync(c => c.Code == code, ct);
        if (row is null)
        {
            return null;
        }

        row.Archived = archived;
        await db.SaveChangesAsync(ct);
        vocabularies.Invalidate();
        return row;
    }
}
