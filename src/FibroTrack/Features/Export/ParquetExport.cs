using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace FibroTrack.Features.Export;

/// <summary>
/// Parquet files with a typed schema, read as they are by pandas (<c>pd.read_parquet</c>), R (<c>arrow::read_parquet</c>)
/// and DuckDB: <c>date</c> as the DATE logical type, numbers as nullable doubles (null where nothing was recorded),
/// codes and text as UTF-8 strings.
/// </summary>
internal static class ParquetExport
{
    /// <summary>The media type registered with IANA for Parquet (2024).</summary>
    public const string ContentType = "application/vnd.apache.parquet";

    /// <summary>File metadata key holding a JSON object of each daily column's code and label.</summary>
    public const string LabelsKey = "fibrotrack.labels";

    /// <summary>Rows per row group of the observations: bounds the column arrays held while writing.</summary>
    private const int ObservationsPerGroup = 100_000;

    public static class ObservationFields
    {
        public static readonly DataField<DateOnly> Date = new("date");
        public static readonly DataField<string> Code = new("code");
        public static readonly DataField<string> Label = new("label", nullable: true);
        public static readonly DataField<double?> Value = new("value");
        public static readonly DataField<string> Text = new("text", nullable: true);
        public static readonly DataField<string> Unit = new("unit", nullable: true);
        public static readonly DataField<int> Ordinal = new("ordinal");
        public static readonly DataField<string> Source = new("source");

        public static ParquetSchema Schema { get; } = new(Date, Code, Label, Value, Text, Unit, Ordinal, Source);
    }

    public static async Task<int> WriteDailyAsync(DailyExport daily, Stream output, CancellationToken ct)
    {
        var date = new DataField<DateOnly>("date");
        var columns = daily.Columns.Select(c => new DataField<double?>(c.Code)).ToArray();
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema([date, .. columns]), output, cancellationToken: ct);
        writer.CustomMetadata = new Dictionary<string, string>
        {
            [LabelsKey] = JsonSerializer.Serialize(daily.Columns.ToDictionary(c => c.Code, c => c.Label, StringComparer.Ordinal)),
        };

        if (daily.Matrix is not { } matrix)
        {
            return 0;
        }

        using var group = writer.CreateRowGroup();
        var dates = new DateOnly[matrix.DayCount];
        for (var day = 0; day < dates.Length; day++)
        {
            dates[day] = matrix.DateAt(day);
        }

        await group.WriteAsync<DateOnly>(date, dates, cancellationToken: ct);
        var values = new double?[matrix.DayCount];
        for (var c = 0; c < columns.Length; c++)
        {
            var column = matrix.Column(c);
            for (var day = 0; day < values.Length; day++)
            {
                values[day] = double.IsFinite(column[day]) ? column[day] : null;
            }

            await group.WriteAsync<double>(columns[c], values, cancellationToken: ct);
        }

        group.CompleteValidate();
        return matrix.DayCount;
    }

    public static async Task<int> WriteObservationsAsync(IAsyncEnumerable<ExportObservation> observations, Stream output, CancellationToken ct)
    {
        await using var writer = await ParquetWriter.CreateAsync(ObservationFields.Schema, output, cancellationToken: ct);
        return await ParquetRowGroups.WriteAsync(writer, observations, ObservationsPerGroup, WriteGroupAsync, ct);
    }

    private static async Task WriteGroupAsync(ParquetWriter writer, List<ExportObservation> batch, CancellationToken ct)
    {
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<DateOnly>(ObservationFields.Date, batch.Select(o => o.Date).ToArray(), cancellationToken: ct);
        await group.WriteAsync(ObservationFields.Code, batch.Select(o => o.Code).ToArray());
        await group.WriteAsync(ObservationFields.Label, batch.Select(o => o.Label).ToArray()!);
        await group.WriteAsync<double>(ObservationFields.Value, batch.Select(o => o.Value is { } v && double.IsFinite(v) ? v : (double?)null).ToArray(), cancellationToken: ct);
        await group.WriteAsync(ObservationFields.Text, batch.Select(o => o.Text).ToArray()!);
        await group.WriteAsync(ObservationFields.Unit, batch.Select(o => o.Unit).ToArray()!);
        await group.WriteAsync<int>(ObservationFields.Ordinal, batch.Select(o => o.Ordinal).ToArray(), cancellationToken: ct);
        await group.WriteAsync(ObservationFields.Source, batch.Select(o => o.Source).ToArray());
        group.CompleteValidate();
    }
}
