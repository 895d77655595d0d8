using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FibroTrack.Data.Configurations;

internal sealed class ImportRecordConfiguration : IEntityTypeConfiguration<ImportRecord>
{
    public void Configure(EntityTypeBuilder<ImportRecord> e)
    {
        e.ToTable("imports");
        e.Property(x => x.OwnerId).HasMaxLength(450).IsRequired();
        e.Property(x => x.Source).HasMaxLength(20).IsRequired();
        // Never null, so the unique index below also holds for imports without a selection (NULLs are distinct in SQL).
        e.Property(x => x.Selection).HasMaxLength(100).IsRequired();
        e.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
        e.HasIndex(x => new { x.OwnerId, x.Source, x.Selection, x.Sha256 }).IsUnique();
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
