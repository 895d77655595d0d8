using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FibroTrack.Data.Configurations;

internal sealed class ObservationRowConfiguration : IEntityTypeConfiguration<ObservationRow>
{
    public void Configure(EntityTypeBuilder<ObservationRow> e)
    {
        e.ToTable("observations");
        e.Property(x => x.OwnerId).HasMaxLength(450).IsRequired();
        e.Property(x => x.Code).HasMaxLength(100).IsRequired();
        e.Property(x => x.Text).HasMaxLength(4000);
        // The daily matrix reads one person's stream by date range.
        e.HasIndex(x => new { x.OwnerId, x.Date });
        e.HasIndex(x => x.DiaryEntryId);
        e.HasIndex(x => x.InstrumentResponseId);
        // Exactly one parent: a diary day or a questionnaire.
        e.ToTable(t => t.HasCheckConstraint("CK_observations_one_parent",
            "(\"DiaryEntryId\" IS NULL) <> (\"InstrumentResponseId\" IS NULL)"));
    }
}
