using Parquet.Schema;

namespace FibroTrack.Features.Research;

/// <summary>
/// One row of the de-identified research export: a person's descriptors repeated on each of their records, so the file
/// is one flat table for pandas, R or DuckDB. Columns are documented in docs/research.md.
/// </summary>
internal sealed record DeidentifiedRow(
    string Pseudonym,
    string? AgeBand,
    string Sex,
    string? OnsetTrigger,
    DateOnly? OnsetDate,
    string Source,
    DateOnly Date,
    string Code,
    double? Value,
    string? Category,
    string? Unit);

internal static class DeidentifiedFields
{
    public static readonly DataField<string> Pseudonym = new("pseudonym");
    public static readonly DataField<string> AgeBand = new("age_band", nullable: true);
    public static readonly DataField<string> Sex = new("sex");
    public static readonly DataField<string> OnsetTrigger = new("onset_trigger", nullable: true);
    public static readonly DataField<DateOnly?> OnsetDate = new("onset_date");
    public static readonly DataField<string> Source = new("source");
    public static readonly DataField<DateOnly> Date = new("date");
    public static readonly DataField<string> Code = new("code");
    public static readonly DataField<double?> Value = new("value");
    public static readonly DataField<string> Category = new("category", nullable: true);
    public static readonly DataField<string> Unit = new("unit", nullable: true);

    public static ParquetSchema Schema { get; } = new(Pseudonym, AgeBand, Sex, OnsetTrigger, OnsetDate, Source, Date, Code, Value, Category, Unit);
}
