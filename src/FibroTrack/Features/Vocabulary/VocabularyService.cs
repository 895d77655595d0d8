using FibroTrack.Data;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Vocabulary;

/// <summary>
/// Loads the signed-in person's vocabulary (built-ins, custom variables, regimen items). Scoped to a
/// request, it loads once per request: a save and its response share one read.
/// </summary>
public sealed class VocabularyService(FibroTrackDbContext db)
{
    private PersonalVocabulary? _loaded;

    public async Task<PersonalVocabulary> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_loaded is not null)
        {
            return _loaded;
        }

        // Archived variables and stopped regimen items stay in the vocabulary so past days keep validating.
        var custom = await db.CustomVariables.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var regimen = await db.RegimenItems.AsNoTracking().Include(r => r.Doses).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return _loaded = new PersonalVocabulary(custom, regimen);
    }

    /// <summary>Forgets the loaded vocabulary: the services that change custom variables or the regimen call it after saving.</summary>
    public void Invalidate() => _loaded = null;
}
