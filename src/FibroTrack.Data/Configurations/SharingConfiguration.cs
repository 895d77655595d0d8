using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FibroTrack.Data.Configurations;

internal sealed class CareGrantConfiguration : IEntityTypeConfiguration<CareGrant>
{
    public void Configure(EntityTypeBuilder<CareGrant> e)
    {
        e.ToTable("care_grants");
        e.Property(x => x.OwnerId).HasMaxLength(450).IsRequired();
        e.Property(x => x.InvitedEmail).HasMaxLength(256);
        e.Property(x => x.CodeHash).HasMaxLength(64);
        e.Property(x => x.ClinicianId).HasMaxLength(450);
        e.Property(x => x.Scope).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(x => x.CodeHash).IsUnique();
        e.HasIndex(x => x.InvitedEmail);
        e.HasIndex(x => new { x.ClinicianId, x.OwnerId });
        // Both parties' accounts: deleting either ends the grant with it.
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.ClinicianId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AccessAuditEntryConfiguration : IEntityTypeConfiguration<AccessAuditEntry>
{
    public void Configure(EntityTypeBuilder<AccessAuditEntry> e)
    {
        e.ToTable("access_audit");
        e.Property(x => x.OwnerId).HasMaxLength(450).IsRequired();
        e.Property(x => x.ActorId).HasMaxLength(450);
        e.Property(x => x.ActorEmail).HasMaxLength(256).IsRequired();
        e.Property(x => x.Action).HasMaxLength(40).IsRequired();
        e.Property(x => x.Resource).HasMaxLength(400).IsRequired();
        e.HasIndex(x => new { x.OwnerId, x.At });
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // The person's log outlives the reader's account: who it was stays in ActorEmail.
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.ActorId).OnDelete(DeleteBehavior.SetNull);
    }
}
