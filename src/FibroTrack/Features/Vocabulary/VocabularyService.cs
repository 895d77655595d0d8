using FibroTrack.Data;
using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Vocabulary;

/// <summary>
/// Loads the signed-in person's vocabulary (built-ins, custom variables, regimen items). Scoped to a
/// request, it loads once per request: a save and its response share one read. Between requests the
/// <see cref="VocabularyCache"/> keeps it while that is on (PostgreSQL).
/// </summary>
public sealed class VocabularyService(FibroTrackDbContext db, OwnerScope owner, VocabularyCache cache)
{
    // Compiled: every diary save and most pages read the vocabulary, so skipping LINQ translation per request counts.
    private static readonly Func<FibroTrackDbContext, IAsyncEnumerable<CustomVariable>> CustomVariables =
        EF.CompileAsyncQuery<FibroTrackDbContext, CustomVariable>(db => db.CustomVariables.AsNoTracking().OrderBy(c => c.Id));

    private static readonly Func<FibroTrackDbContext, IAsyncEnumerable<RegimenItem>> Regimen =
        EF.CompileAsyncQuery<FibroTrackDbContext, RegimenItem>(db => db.RegimenItems.AsNoTracking().Include(r => r.Doses).OrderBy(r => r.Id));

    private PersonalVocabulary? _loaded;

    public async Task<PersonalVocabulary> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_loaded is not null)
        {
            return _loaded;
        }

        // Inside a transaction (an import) its own uncommitted changes must show, and must not be shared.
        var shared = db.Database.CurrentTransaction is null ? owner.OwnerId : null;
        if (shared is not null && cache.TryGet(shared, out var cached))
        {
            return _loaded = cached;
        }

        var ticket = cache.Ticket();
        // Archived variables and stopped regimen items stay in the vocabulary so past days keep validating.
        var custom = await CustomVariables(db).ToListAsync(cancellationToken);
        var regimen = await Regimen(db).ToListAsync(cancellationToken);
        var loaded = new PersonalVocabulary(custom, regimen);
        if (shared is not null)
        {
            cache.Store(shared, loaded, ticket);
        }

        return _loaded = loaded;
    }

    /// <summary>Forgets the loaded vocabulary: the services that change custom variables or the regimen call it after saving.</summary>
    public void Invalidate() => _loaded = null;
}
