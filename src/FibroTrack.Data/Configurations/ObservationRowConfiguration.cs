using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FibroTrack.Data.Configurations;

internal sealed class ObservationRowConfiguration : IEntityTypeConfiguration<ObservationRow>
{
    /// <summary>The partial index's condition, as EF writes <c>EF.Functions.Like(o.Code, ObservationRow.SignCodePattern)</c> on both providers.</summary>
    private const string SignRowsFilter = "\"Code\" LIKE '" + ObservationRow.SignCodePattern + "'";

    public void Configure(EntityTypeBuilder<ObservationRow> e)
    {
        e.ToTable("observations");
        e.Property(x => x.OwnerId).HasMaxLength(450).IsRequired();
        e.Property(x => x.Code).HasMaxLength(100).IsRequired();
        e.Property(x => x.Text).HasMaxLength(4000);
        // The daily matrix reads one person's stream by date range.
        e.HasIndex(x => new { x.OwnerId, x.Date });
        e.HasIndex(x => x.DiaryEntryId);
        // The red-flag signs, read on every check-in page: a partial index of only those rows (a handful a year), so the
        // page does not fetch every row of the last 400 days to find them, and saves have no index entries to add for the
        // other rows. A query uses it when it has this very condition (DiaryService.SignsAsync).
        e.HasIndex(x => new { x.OwnerId, x.Date }, "IX_observations_signs").HasFilter(SignRowsFilter);
        // Only questionnaire rows have a response: without the filter every diary row (57 for a full day) added a NULL entry
        // to this index on every save. Lookups by a response's id (its rows, cascade deletes) imply the condition.
        e.HasIndex(x => x.InstrumentResponseId).HasFilter("\"InstrumentResponseId\" IS NOT NULL");
        // Exactly one parent: a diary day or a questionnaire.
        e.ToTable(t => t.HasCheckConstraint("CK_observations_one_parent",
            "(\"DiaryEntryId\" IS NULL) <> (\"InstrumentResponseId\" IS NULL)"));
    }
}
