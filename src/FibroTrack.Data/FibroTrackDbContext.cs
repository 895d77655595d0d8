using FibroTrack.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Data;

/// <summary>
/// The one database of FibroTrack: Identity, data-protection keys and every person's data.
/// Provider-neutral; each provider assembly (FibroTrack.Data.Sqlite, …) holds its own migrations.
/// </summary>
public sealed class FibroTrackDbContext(DbContextOptions<FibroTrackDbContext> options, OwnerScope owner)
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

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The owner every personal query is filtered to; EF reads it per query, per context instance.</summary>
    private string? CurrentOwnerId => owner.OwnerId;

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

    /// <summary>New owned rows get the current owner; a row of anybody else is never written.</summary>
    private void StampOwners()
    {
        foreach (var entry in ChangeTracker.Entries<IOwned>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

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
}
