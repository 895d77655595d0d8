using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FibroTrack.Data.Configurations;

internal sealed class ResearchConsentConfiguration : IEntityTypeConfiguration<ResearchConsent>
{
    public void Configure(EntityTypeBuilder<ResearchConsent> e)
    {
        e.ToTable("research_consents");
        e.Property(x => x.OwnerId).HasMaxLength(450).IsRequired();
        // The cohort query asks "who has a row without a withdrawal" across people.
        e.HasIndex(x => new { x.OwnerId, x.WithdrawnAt });
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
