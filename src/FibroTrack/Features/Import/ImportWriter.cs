using System.Data.Common;
using FibroTrack.Core.Diary;
using FibroTrack.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace FibroTrack.Features.Import;

/// <summary>
/// Writes validated diary days inside the caller's transaction with prepared commands: a million observations through
/// the change tracker would take most of the import's time and memory. Only the diary tables are written this way,
/// always for the owner id passed in (identifiers quoted, so the same SQL runs on SQLite and PostgreSQL), which the caller takes from <see cref="OwnerScope.RequireOwner"/>; existing
/// entries are found through the owner-filtered <see cref="FibroTrackDbContext.DiaryEntries"/>.
/// </summary>
internal static class ImportWriter
{
    /// <param name="existing">The person's diary entries on the imported dates (id by date); their observations are replaced.</param>
    public static async Task<long> WriteAsync(
        FibroTrackDbContext db, string ownerId, IReadOnlyList<DiaryDay> days, IReadOnlyDictionary<DateOnly, long> existing,
        DateTime now, IProgress<long>? progress, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Imports are written inside a transaction.");
        var connection = transaction.Connection!;

        await using var insertEntry = Command(connection, transaction,
            """INSERT INTO diary_entries ("OwnerId", "Date", "CreatedAt", "UpdatedAt") VALUES (@owner, @date, @now, @now) RETURNING "Id" """,
            "@owner", "@date", "@now");
        await using var touchEntry = Command(connection, transaction,
            """UPDATE diary_entries SET "UpdatedAt" = @now WHERE "Id" = @id AND "OwnerId" = @owner""", "@now", "@id", "@owner");
        await using var clearEntry = Command(connection, transaction,
            """DELETE FROM observations WHERE "DiaryEntryId" = @id AND "OwnerId" = @owner""", "@id", "@owner");
        await using var insertObservation = ObservationInsert(connection, transaction, 1);
        // Many rows a statement: per-statement overhead, not SQLite's b-tree, dominates single-row inserts.
        await using var insertBatch = ObservationInsert(connection, transaction, BatchRows);
        insertEntry.Parameters["@owner"].Value = ownerId;
        insertEntry.Parameters["@now"].Value = now;
        touchEntry.Parameters["@now"].Value = now;
        touchEntry.Parameters["@owner"].Value = ownerId;
        clearEntry.Parameters["@owner"].Value = ownerId;
        insertObservation.Parameters["@owner"].Value = ownerId;
        insertBatch.Parameters["@owner"].Value = ownerId;
        var pending = new List<(long Entry, Observation Row)>(BatchRows);

        var written = 0L;
        // Synchronous on purpose: SQLite's async methods complete synchronously and only add overhead per row.
        foreach (var day in days)
        {
            ct.ThrowIfCancellationRequested();
            long entryId;
            if (existing.TryGetValue(day.Date, out var id))
            {
                entryId = id;
                clearEntry.Parameters["@id"].Value = id;
                clearEntry.ExecuteNonQuery();
                touchEntry.Parameters["@id"].Value = id;
                touchEntry.ExecuteNonQuery();
            }
            else
            {
                insertEntry.Parameters["@date"].Value = day.Date;
                entryId = Convert.ToInt64(insertEntry.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            }

            foreach (var o in day.ToObservations())
            {
                pending.Add((entryId, o));
                if (pending.Count == BatchRows)
                {
                    Bind(insertBatch, pending);
                    insertBatch.ExecuteNonQuery();
                    written += pending.Count;
                    pending.Clear();
                    if (written % 50_000 < BatchRows)
                    {
                        progress?.Report(written);
                    }
                }
            }
        }

        foreach (var row in pending)
        {
            Bind(insertObservation, [row]);
            insertObservation.ExecuteNonQuery();
            written++;
        }

        progress?.Report(written);
        return written;
    }

    private const int BatchRows = 100;

    private static DbCommand ObservationInsert(DbConnection connection, DbTransaction transaction, int rows)
    {
        var values = string.Join(", ", Enumerable.Range(0, rows).Select(i => $"(@owner, @entry{i}, @date{i}, @code{i}, @value{i}, @text{i}, @ordinal{i})"));
        var names = Enumerable.Range(0, rows).SelectMany(i => new[] { $"@entry{i}", $"@date{i}", $"@code{i}", $"@value{i}", $"@text{i}", $"@ordinal{i}" });
        return Command(connection, transaction,
            FibroTrackDbContext.DiaryObservationsInsert + values, ["@owner", .. names]);
    }

    private static void Bind(DbCommand command, List<(long Entry, Observation Row)> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var (entry, o) = rows[i];
            var p = command.Parameters;
            p[1 + 6 * i].Value = entry;
            p[2 + 6 * i].Value = o.Date;
            p[3 + 6 * i].Value = o.Code;
            p[4 + 6 * i].Value = o.Value is { } v ? v : DBNull.Value;
            p[5 + 6 * i].Value = (object?)o.Text ?? DBNull.Value;
            p[6 + 6 * i].Value = o.Ordinal;
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Constant SQL; every value is a parameter.
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var name in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            command.Parameters.Add(p);
        }

        return command;
    }
}
