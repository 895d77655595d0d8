using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FibroTrack.Data.Configurations;

internal sealed class InsightSnapshotConfiguration : IEntityTypeConfiguration<InsightSnapshot>
{
    public void Configure(EntityTypeBuilder<InsightSnapshot> e)
    {
        e.ToTable("insight_snapshots");
        e.HasKey(x => x.OwnerId);
        e.Property(x => x.OwnerId).HasMaxLength(450);
        e.Property(x => x.EngineVersion).HasMaxLength(40).IsRequired();
        e.Property(x => x.Fingerprint).HasMaxLength(64).IsRequired();
        e.Property(x => x.ReportJson).IsRequired();
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
