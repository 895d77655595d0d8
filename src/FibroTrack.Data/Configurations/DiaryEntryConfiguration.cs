using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FibroTrack.Data.Configurations;

internal sealed class DiaryEntryConfiguration : IEntityTypeConfiguration<DiaryEntry>
{
    public void Configure(EntityTypeBuilder<DiaryEntry> e)
    {
        e.ToTable("diary_entries");
        e.Property(x => x.OwnerId).HasMaxLength(450).IsRequired();
        // One entry per person per local date: saving the same day again updates it.
        e.HasIndex(x => new { x.OwnerId, x.Date }).IsUnique();
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Observations).WithOne().HasForeignKey(o => o.DiaryEntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
