using FibroTrack.Data;
using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Research;

/// <summary>
/// The one place research reads across people. Each query here drops the owner filter and puts in its place the
/// explicit predicate "the owner has an active research consent" (a consent period without a withdrawal), evaluated
/// by the database at query time, so a withdrawal takes effect on the very next query. Nothing here is cached.
/// Callers aggregate what they read (<see cref="KAnonymity"/>) or, for the administrators' export, de-identify it.
/// </summary>
public sealed class ConsentingCohort(FibroTrackDbContext db)
{
    /// <summary>Owners with an active consent (an id is an internal key here: it never leaves the server).</summary>
    public Task<List<string>> OwnerIdsAsync(CancellationToken ct) =>
        ActiveConsents().Select(c => c.OwnerId).Distinct().ToListAsync(ct);

    public IQueryable<PersonProfile> Profiles() =>
        db.PersonProfiles.IgnoreQueryFilters().AsNoTracking().Where(p => ActiveConsents().Any(c => c.OwnerId == p.OwnerId));

    public IQueryable<InstrumentResponseRow> InstrumentResponses() =>
        db.InstrumentResponses.IgnoreQueryFilters().AsNoTracking().Where(r => ActiveConsents().Any(c => c.OwnerId == r.OwnerId));

    public IQueryable<ObservationRow> Observations() =>
        db.Observations.IgnoreQueryFilters().AsNoTracking().Where(o => ActiveConsents().Any(c => c.OwnerId == o.OwnerId));

    public IQueryable<LabResultRow> LabResults() =>
        db.LabResults.IgnoreQueryFilters().AsNoTracking().Where(l => ActiveConsents().Any(c => c.OwnerId == l.OwnerId));

    public IQueryable<InfectionEpisode> InfectionEpisodes() =>
        db.InfectionEpisodes.IgnoreQueryFilters().AsNoTracking().Where(e => ActiveConsents().Any(c => c.OwnerId == e.OwnerId));

    private IQueryable<ResearchConsent> ActiveConsents() =>
        db.ResearchConsents.IgnoreQueryFilters().Where(c => c.WithdrawnAt == null);
}
