using FibroTrack.Data;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Vocabulary;

/// <summary>Loads the signed-in person's vocabulary (built-ins, custom variables, regimen items).</summary>
public sealed class VocabularyService(FibroTrackDbContext db)
{
    public async Task<PersonalVocabulary> GetAsync(CancellationToken cancellationToken = default)
    {
        // Archived variables and stopped regimen items stay in the vocabulary so past days keep validating.
        var custom = await db.CustomVariables.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var regimen = await db.RegimenItems.AsNoTracking().Include(r => r.Doses).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return new PersonalVocabulary(custom, regimen);
    }
}
