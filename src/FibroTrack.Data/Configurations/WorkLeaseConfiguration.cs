using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FibroTrack.Data.Configurations;

internal sealed class WorkLeaseConfiguration : IEntityTypeConfiguration<WorkLease>
{
    public void Configure(EntityTypeBuilder<WorkLease> e)
    {
        e.ToTable("work_leases");
        e.HasKey(x => x.Name);
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Holder).HasMaxLength(200);
    }
}
