using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FibroTrack.Data.Configurations;

internal sealed class InstrumentResponseConfiguration : IEntityTypeConfiguration<InstrumentResponseRow>
{
    public void Configure(EntityTypeBuilder<InstrumentResponseRow> e)
    {
        e.ToTable("instrument_responses");
        e.Property(x => x.OwnerId).HasMaxLength(450).IsRequired();
        e.Property(x => x.InstrumentId).HasMaxLength(20).IsRequired();
        e.Property(x => x.Band).HasMaxLength(40);
        // One response per instrument per day: filling it in again the same day replaces it.
        e.HasIndex(x => new { x.OwnerId, x.InstrumentId, x.Date }).IsUnique();
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Observations).WithOne().HasForeignKey(o => o.InstrumentResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InstrumentScheduleConfiguration : IEntityTypeConfiguration<InstrumentSchedule>
{
    public void Configure(EntityTypeBuilder<InstrumentSchedule> e)
    {
        e.ToTable("instrument_schedules");
        e.Property(x => x.OwnerId).HasMaxLength(450).IsRequired();
        e.Property(x => x.InstrumentId).HasMaxLength(20).IsRequired();
        e.HasIndex(x => new { x.OwnerId, x.InstrumentId }).IsUnique();
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LabResultConfiguration : IEntityTypeConfiguration<LabResultRow>
{
    public void Configure(EntityTypeBuilder<LabResultRow> e)
    {
        e.ToTable("lab_results");
        e.Property(x => x.OwnerId).HasMaxLength(450).IsRequired();
        e.Property(x => x.AnalyteCode).HasMaxLength(60).IsRequired();
        e.Property(x => x.AnalyteName).HasMaxLength(100);
        e.Property(x => x.Unit).HasMaxLength(30);
        e.Property(x => x.CanonicalUnit).HasMaxLength(30);
        e.Property(x => x.Titer).HasMaxLength(20);
        e.Property(x => x.Pattern).HasMaxLength(100);
        e.Property(x => x.Source).HasMaxLength(200);
        e.Property(x => x.Notes).HasMaxLength(1000);
        e.HasIndex(x => new { x.OwnerId, x.AnalyteCode, x.SpecimenDate });
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InfectionEpisodeConfiguration : IEntityTypeConfiguration<InfectionEpisode>
{
    public void Configure(EntityTypeBuilder<InfectionEpisode> e)
    {
        e.ToTable("infection_episodes");
        e.Property(x => x.OwnerId).HasMaxLength(450).IsRequired();
        e.Property(x => x.Type).HasMaxLength(30).IsRequired();
        e.Property(x => x.Notes).HasMaxLength(1000);
        e.HasIndex(x => new { x.OwnerId, x.StartDate });
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonProfileConfiguration : IEntityTypeConfiguration<PersonProfile>
{
    public void Configure(EntityTypeBuilder<PersonProfile> e)
    {
        e.ToTable("person_profiles");
        e.HasKey(x => x.OwnerId);
        e.Property(x => x.OwnerId).HasMaxLength(450);
        e.Property(x => x.Sex).HasMaxLength(20).IsRequired();
        e.Property(x => x.OnsetTrigger).HasMaxLength(40);
        e.Property(x => x.OnsetNotes).HasMaxLength(1000);
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
