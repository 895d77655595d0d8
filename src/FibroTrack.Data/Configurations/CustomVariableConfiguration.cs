using System.Text.Json;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FibroTrack.Data.Configurations;

internal sealed class CustomVariableConfiguration : IEntityTypeConfiguration<CustomVariable>
{
    public void Configure(EntityTypeBuilder<CustomVariable> e)
    {
        e.ToTable("custom_variables");
        e.Property(x => x.OwnerId).HasMaxLength(450).IsRequired();
        e.Property(x => x.Code).HasMaxLength(100).IsRequired();
        e.Property(x => x.Label).HasMaxLength(60).IsRequired();
        e.Property(x => x.Unit).HasMaxLength(20);
        e.Property(x => x.Help).HasMaxLength(200);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        // A handful of options per variable, always read whole: a JSON column is simpler than a child table.
        e.Property(x => x.Options)
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => JsonSerializer.Deserialize<List<CategoryOption>>(v, JsonSerializerOptions.Default) ?? new List<CategoryOption>(),
                new ValueComparer<List<CategoryOption>>(
                    (a, b) => a!.SequenceEqual(b!),
                    v => v.Aggregate(0, (h, o) => HashCode.Combine(h, o.GetHashCode())),
                    v => v.ToList()));
        e.HasIndex(x => new { x.OwnerId, x.Code }).IsUnique();
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
