using FibroTrack.Data;
using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Research;

/// <summary>A person's research consent now, with every past period (opt-in and withdrawal times, UTC).</summary>
public sealed record ConsentStatus(bool Consented, DateTime? Since, IReadOnlyList<ConsentPeriod> History);

public sealed record ConsentPeriod(DateTime OptedInAt, DateTime? WithdrawnAt);

/// <summary>
/// The signed-in person's own research consent, through the owner filter like every personal table. Opting in adds a
/// period; withdrawing closes it. Periods are never deleted (except with the account), so the history is auditable.
/// </summary>
public sealed class ResearchConsentService(FibroTrackDbContext db, TimeProvider clock)
{
    public async Task<ConsentStatus> GetAsync(CancellationToken ct = default)
    {
        var periods = await db.ResearchConsents.AsNoTracking()
            .OrderByDescending(c => c.OptedInAt).ThenByDescending(c => c.Id)
            .Select(c => new ConsentPeriod(c.OptedInAt, c.WithdrawnAt))
            .ToListAsync(ct);
        var active = periods.FirstOrDefault(p => p.WithdrawnAt is null);
        return new ConsentStatus(active is not null, active?.OptedInAt, periods);
    }

    /// <summary>Opts in or withdraws; asking for the state the person is already in changes nothing.</summary>
    public async Task<ConsentStatus> SetAsync(bool consented, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.ResearchConsents.Where(c => c.WithdrawnAt == null).ToListAsync(ct);
        if (consented && open.Count == 0)
        {
            db.ResearchConsents.Add(new ResearchConsent { OptedInAt = now });
        }
        else if (!consented)
        {
            foreach (var period in open)
            {
                period.WithdrawnAt = now;
            }
        }

        await db.SaveChangesAsync(ct);
        return await GetAsync(ct);
    }
}
