using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FibroTrack.Data.Configurations;

internal sealed class RegimenItemConfiguration : IEntityTypeConfiguration<RegimenItem>
{
    public void Configure(EntityTypeBuilder<RegimenItem> e)
    {
        e.ToTable("regimen_items");
        e.Property(x => x.OwnerId).HasMaxLength(450).IsRequired();
        e.Property(x => x.Code).HasMaxLength(100).IsRequired();
        e.Property(x => x.Name).HasMaxLength(80).IsRequired();
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.RxNorm).HasMaxLength(20);
        e.Property(x => x.Notes).HasMaxLength(1000);
        e.HasIndex(x => new { x.OwnerId, x.Code }).IsUnique();
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Doses).WithOne().HasForeignKey(d => d.RegimenItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RegimenDoseConfiguration : IEntityTypeConfiguration<RegimenDose>
{
    public void Configure(EntityTypeBuilder<RegimenDose> e)
    {
        e.ToTable("regimen_doses");
        e.Property(x => x.Unit).HasMaxLength(20).IsRequired();
        e.Property(x => x.Schedule).HasMaxLength(40).IsRequired();
        e.HasIndex(x => new { x.RegimenItemId, x.EffectiveFrom });
    }
}
