using FibroTrack.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FibroTrack.Data;

/// <summary>
/// The one database of FibroTrack: Identity, data-protection keys and every person's data.
/// Provider-neutral; each provider assembly (FibroTrack.Data.Sqlite, …) holds its own migrations.
/// </summary>
public sealed partial class FibroTrackDbContext(DbContextOptions<FibroTrackDbContext> options, OwnerScope owner)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<DiaryEntry> DiaryEntries => Set<DiaryEntry>();

    public DbSet<ObservationRow> Observations => Set<ObservationRow>();

    public DbSet<RegimenItem> RegimenItems => Set<RegimenItem>();

    public DbSet<RegimenDose> RegimenDoses => Set<RegimenDose>();

    public DbSet<CustomVariable> CustomVariables => Set<CustomVariable>();

    public DbSet<InstrumentResponseRow> InstrumentResponses => Set<InstrumentResponseRow>();

    public DbSet<InstrumentSchedule> InstrumentSchedules => Set<InstrumentSchedule>();

    public DbSet<LabResultRow> LabResults => Set<LabResultRow>();

    public DbSet<InfectionEpisode> InfectionEpisodes => Set<InfectionEpisode>();

    public DbSet<PersonProfile> PersonProfiles => Set<PersonProfile>();

    public DbSet<InsightSnapshot> InsightSnapshots => Set<InsightSnapshot>();

    public DbSet<ImportRecord> Imports => Set<ImportRecord>();

    public DbSet<CareGrant> CareGrants => Set<CareGrant>();

    public DbSet<AccessAuditEntry> AccessAudit => Set<AccessAuditEntry>();
    public DbSet<ResearchConsent> ResearchConsents => Set<ResearchConsent>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Claims on background work, shared by every instance (not personal data: no owner filter).</summary>
    public DbSet<WorkLease> WorkLeases => Set<WorkLease>();

    /// <summary>The owner every personal query is filtered to; EF reads it per query, per context instance.</summary>
    private string? CurrentOwnerId => owner.OwnerId;

    /// <summary>The signed-in account, which stays itself while it reads as somebody else (grants and audit follow it).</summary>
    private string? CurrentAccountId => owner.AccountId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(FibroTrackDbContext).Assembly);

        // The isolation rule, once for every owned table: a person sees only their own rows.
        builder.Entity<DiaryEntry>().HasQueryFilter(e => e.OwnerId == CurrentOwnerId);
        builder.Entity<ObservationRow>().HasQueryFilter(e => e.OwnerId == CurrentOwnerId);
        builder.Entity<RegimenItem>().HasQueryFilter(e => e.OwnerId == CurrentOwnerId);
        builder.Entity<CustomVariable>().HasQueryFilter(e => e.OwnerId == CurrentOwnerId);
        builder.Entity<InstrumentResponseRow>().HasQueryFilter(e => e.OwnerId == CurrentOwnerId);
        builder.Entity<InstrumentSchedule>().HasQueryFilter(e => e.OwnerId == CurrentOwnerId);
        builder.Entity<LabResultRow>().HasQueryFilter(e => e.OwnerId == CurrentOwnerId);
        builder.Entity<InfectionEpisode>().HasQueryFilter(e => e.OwnerId == CurrentOwnerId);
        builder.Entity<PersonProfile>().HasQueryFilter(e => e.OwnerId == CurrentOwnerId);
        builder.Entity<InsightSnapshot>().HasQueryFilter(e => e.OwnerId == CurrentOwnerId);
        builder.Entity<ImportRecord>().HasQueryFilter(e => e.OwnerId == CurrentOwnerId);

        // Sharing: a grant is visible to its two parties, the access log only to the person it is about. ClinicianId is
        // null until acceptance, and EF compares a null parameter with IS NULL, so the clinician side needs an account.
        builder.Entity<CareGrant>().HasQueryFilter(g =>
            g.OwnerId == CurrentAccountId || (CurrentAccountId != null && g.ClinicianId == CurrentAccountId));
        builder.Entity<AccessAuditEntry>().HasQueryFilter(e => e.OwnerId == CurrentAccountId);
        builder.Entity<ResearchConsent>().HasQueryFilter(e => e.OwnerId == CurrentOwnerId);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampOwners();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampOwners();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// New owned rows get the current owner; a row of anybody else is never written, and while reading as another
    /// person (<see cref="OwnerScope.IsReadOnly"/>) no personal row is written at all. Grants and the access log have
    /// rules of their own (<see cref="StampSharing"/>).
    /// </summary>
    private void StampOwners()
    {
        StampSharing();
        foreach (var entry in ChangeTracker.Entries<IOwned>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            RefuseWhileReadOnly();
            var current = owner.RequireOwner();
            if (entry.State == EntityState.Added && string.IsNullOrEmpty(entry.Entity.OwnerId))
            {
                entry.Entity.OwnerId = current;
            }
            else if (!string.Equals(entry.Entity.OwnerId, current, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("Refusing to write a row that belongs to another person.");
            }
        }
    }

    /// <summary>
    /// A grant is created and revoked by its person and accepted by its clinician, never touched by anybody else; an
    /// access log entry is only ever added, by the reader it names, and is the one write allowed while read-only.
    /// </summary>
    private void StampSharing()
    {
        foreach (var entry in ChangeTracker.Entries<CareGrant>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            RefuseWhileReadOnly();
            var account = owner.RequireAccount();
            var grant = entry.Entity;
            if (entry.State == EntityState.Added && string.IsNullOrEmpty(grant.OwnerId))
            {
                grant.OwnerId = account;
            }

            // The person creates their grant, revokes it (once; revocation is final) or deletes it; the clinician only
            // puts themselves on a grant nobody has accepted yet. Nothing else about a grant ever changes.
            var isPerson = string.Equals(grant.OwnerId, account, StringComparison.Ordinal);
            var allowed = entry.State switch
            {
                EntityState.Added or EntityState.Deleted => isPerson,
                _ when isPerson => OnlyChanged(entry, nameof(CareGrant.RevokedAt)) && entry.Property(g => g.RevokedAt).OriginalValue is null,
                _ => OnlyChanged(entry, nameof(CareGrant.ClinicianId), nameof(CareGrant.AcceptedAt))
                    && entry.Property(g => g.ClinicianId).OriginalValue is null
                    && string.Equals(grant.ClinicianId, account, StringComparison.Ordinal),
            };
            if (!allowed)
            {
                throw new InvalidOperationException("Refusing this change to a care grant: only its person creates or revokes it, only a clinician accepts it.");
            }
        }

        foreach (var entry in ChangeTracker.Entries<AccessAuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The access log is append-only.");
            }

            if (entry.State == EntityState.Added)
            {
                var account = owner.RequireAccount();
                entry.Entity.ActorId ??= account;
                if (!string.Equals(entry.Entity.ActorId, account, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("An access log entry names the account that read, nobody else.");
                }
            }
        }
    }

    private static bool OnlyChanged(EntityEntry entry, params string[] properties) =>
        entry.Properties.Where(p => p.IsModified).All(p => properties.Contains(p.Metadata.Name, StringComparer.Ordinal));

    private void RefuseWhileReadOnly()
    {
        if (owner.IsReadOnly)
        {
            throw new InvalidOperationException("Reading another person's data is read-only: nothing of theirs may be written.");
        }
    }
}
