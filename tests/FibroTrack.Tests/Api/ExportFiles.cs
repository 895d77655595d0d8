using System.Globalization;
using System.Net;
using CsvHelper;
using Parquet;
using Parquet.Schema;

namespace FibroTrack.Tests.Api;

/// <summary>A CSV file read back: its header and its records as strings, exactly as a reader gets them.</summary>
internal sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows)
{
    public int Column(string name) => Header.ToList().IndexOf(name) is >= 0 and var i ? i : throw new KeyNotFoundException(name);
}

/// <summary>A Parquet file read back with Parquet.Net: its schema and every column of its (concatenated) row groups.</summary>
internal sealed record ParquetTable(IReadOnlyList<DataField> Fields, IReadOnlyDictionary<string, Array> Columns, long RowCount,
    IReadOnlyList<Parquet.Meta.SchemaElement> Elements, IReadOnlyDictionary<string, string> Metadata);

/// <summary>Downloads exports and reads them back with the same libraries an analyst's tools agree with.</summary>
internal static class ExportFiles
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<CsvTable> GetCsvAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ReadCsv(await response.Content.ReadAsStringAsync(Ct));
    }

    public static CsvTable ReadCsv(string text)
    {
        using var reader = CsvReader.FromText(text);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.GetString(i);
            }

            rows.Add(row);
        }

        return new CsvTable([.. reader.Headers], rows);
    }

    public static async Task<ParquetTable> GetParquetAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadParquetAsync(await response.Content.ReadAsByteArrayAsync(Ct));
    }

    public static async Task<ParquetTable> ReadParquetAsync(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        await using var reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }, cancellationToken: Ct);
        var fields = reader.Schema.DataFields;
        var parts = fields.ToDictionary(f => f.Name, _ => new List<Array>(), StringComparer.Ordinal);
        long rowCount = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = checked((int)group.RowCount);
            rowCount += n;
            foreach (var field in fields)
            {
                parts[field.Name].Add(await ReadColumnAsync(group, field, n));
            }
        }

        var columns = fields.ToDictionary(f => f.Name, f => Concat(f, parts[f.Name]), StringComparer.Ordinal);
        return new ParquetTable(fields, columns, rowCount, reader.Metadata!.Schema, reader.CustomMetadata ?? new Dictionary<string, string>());
    }

    public static double? ParseNumber(string cell) =>
        cell.Length == 0 ? null : double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static async Task<Array> ReadColumnAsync(ParquetRowGroupReader group, DataField field, int n)
    {
        var type = field.ClrType;
        if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            var values = new string?[n];
            await group.ReadAsync(field, values.AsMemory(), cancellationToken: Ct);
            return values;
        }

        if (type == typeof(DateOnly))
        {
            var values = new DateOnly[n];
            await group.ReadAsync<DateOnly>(field, values.AsMemory(), cancellationToken: Ct);
            return values;
        }

        if (type == typeof(int))
        {
            var values = new int[n];
            await group.ReadAsync<int>(field, values.AsMemory(), cancellationToken: Ct);
            return values;
        }

        if (type == typeof(double) && field.IsNullable)
        {
            var values = new double?[n];
            await group.ReadAsync<double>(field, values.AsMemory(), cancellationToken: Ct);
            return values;
        }

        throw new NotSupportedException($"Column {field.Name} has an unexpected type {type} (nullable: {field.IsNullable}).");
    }

    private static Array Concat(DataField field, List<Array> parts)
    {
        var length = parts.Sum(p => p.Length);
        var all = Array.CreateInstance(parts.Count > 0 ? parts[0].GetType().GetElementType()! : field.ClrType, length);
        var offset = 0;
        foreach (var part in parts)
        {
            Array.Copy(part, 0, all, offset, part.Length);
            offset += part.Length;
        }

        return all;
    }
}
