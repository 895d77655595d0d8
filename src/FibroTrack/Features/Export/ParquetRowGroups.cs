using Parquet;

namespace FibroTrack.Features.Export;

/// <summary>Streams rows into a Parquet file one row group at a time, so only one group's column arrays are ever held.</summary>
internal static class ParquetRowGroups
{
    /// <returns>The number of rows written.</returns>
    public static async Task<int> WriteAsync<T>(
        ParquetWriter writer, IAsyncEnumerable<T> rows, int rowsPerGroup,
        Func<ParquetWriter, List<T>, CancellationToken, Task> writeGroup, CancellationToken ct)
    {
        var batch = new List<T>(Math.Min(rowsPerGroup, 4096));
        var written = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            batch.Add(row);
            if (batch.Count == rowsPerGroup)
            {
                await writeGroup(writer, batch, ct);
                written += batch.Count;
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await writeGroup(writer, batch, ct);
            written += batch.Count;
        }

        return written;
    }
}
