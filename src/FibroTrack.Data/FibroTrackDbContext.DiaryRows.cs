using System.Buffers;
using System.Text;
using System.Text.Json;
using FibroTrack.Core.Diary;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Data;

public sealed partial class FibroTrackDbContext
{
    /// <summary>
    /// The start of a multi-row insert of diary observations, value tuples in this column order; identifiers quoted, so
    /// it runs on SQLite and PostgreSQL. The import writer builds its prepared bulk commands from it.
    /// </summary>
    public const string DiaryObservationsInsert = ObservationsInto + " VALUES ";

    /// <summary>The observation columns a diary row fills, in the order of both inserts.</summary>
    private const string ObservationsInto =
        """INSERT INTO observations ("OwnerId", "DiaryEntryId", "Date", "Code", "Value", "Text", "Ordinal")""";

    // One command for the whole day: the entry is inserted or its UpdatedAt moved on (so two saves of a new date never
    // collide), its old rows are deleted and the new ones inserted from a single parameter. A parameter per value cost
    // SQLite a quadratic name lookup per statement and PostgreSQL a parse of a statement as long as the day.
    private const string DiaryDayWriteStart =
        """
        INSERT INTO diary_entries ("OwnerId", "Date", "CreatedAt", "UpdatedAt") VALUES ({0}, {1}, {2}, {2})
        ON CONFLICT ("OwnerId", "Date") DO UPDATE SET "UpdatedAt" = excluded."UpdatedAt";
        DELETE FROM observations WHERE "DiaryEntryId" = (SELECT "Id" FROM diary_entries WHERE "OwnerId" = {0} AND "Date" = {1});

        """ + ObservationsInto + "\n";

    /// <summary>SQLite: the rows as one JSON array of [date, code, value, text, ordinal], unpacked by json_each.</summary>
    private const string SqliteDiaryDayWrite = DiaryDayWriteStart +
        """
        SELECT {0}, e."Id", r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4
        FROM diary_entries AS e, json_each({3}) AS r
        WHERE e."OwnerId" = {0} AND e."Date" = {1}
        ORDER BY r.key
        """;

    /// <summary>PostgreSQL: the rows as five typed arrays, unpacked by unnest (binary, no text round trip of the values).</summary>
    private const string PostgresDiaryDayWrite = DiaryDayWriteStart +
        """
        SELECT {0}, e."Id", r.d, r.c, r.v, r.t, r.o
        FROM diary_entries AS e, unnest({3}, {4}, {5}, {6}, {7}) WITH ORDINALITY AS r(d, c, v, t, o, n)
        WHERE e."OwnerId" = {0} AND e."Date" = {1}
        ORDER BY r.n
        """;

    private const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>
    /// Stores one diary day of the current owner: creates its entry or marks it updated at <paramref name="now"/>, and
    /// replaces its observations with <paramref name="rows"/>, in one command instead of a change-tracked insert per row
    /// (docs/performance.md). Atomic: inside the caller's transaction, or in its own when there is none.
    /// </summary>
    public Task WriteDiaryDayAsync(DateOnly date, DateTime now, IReadOnlyList<Observation> rows, CancellationToken ct = default) =>
        PrepareDiaryDay(date, now, rows).ExecuteAsync(ct);

    /// <summary>
    /// The command of <see cref="WriteDiaryDayAsync"/>, built but not run, so that a writer who must queue for the
    /// database (SQLite's write gate) builds it before taking its turn. The owner rules are those of
    /// <see cref="SaveChangesAsync(bool, CancellationToken)"/>, checked here: the rows are the current owner's, and
    /// nothing is written while reading another person's data.
    /// </summary>
    public DiaryDayWrite PrepareDiaryDay(DateOnly date, DateTime now, IReadOnlyList<Observation> rows)
    {
        RefuseWhileReadOnly();
        var ownerId = owner.RequireOwner();
        foreach (var row in rows)
        {
            if (row.Date != date)
            {
                throw new ArgumentException($"An observation dated {row.Date:yyyy-MM-dd} cannot be stored under {date:yyyy-MM-dd}.", nameof(rows));
            }
        }

        return Database.ProviderName == PostgresProvider
            ? new DiaryDayWrite(this, PostgresDiaryDayWrite, PostgresParameters(ownerId, date, now, rows))
            : new DiaryDayWrite(this, SqliteDiaryDayWrite, [ownerId, date, now, RowsAsJson(rows)]);
    }

    /// <summary>One diary day's write, ready to run (<see cref="PrepareDiaryDay"/>).</summary>
    public sealed class DiaryDayWrite
    {
        private readonly FibroTrackDbContext _db;
        private readonly string _sql;
        private readonly object[] _parameters;

        internal DiaryDayWrite(FibroTrackDbContext db, string sql, object[] parameters) => (_db, _sql, _parameters) = (db, sql, parameters);

        /// <summary>
        /// Runs the command (<see cref="ExecuteAsync"/>) during a turn at <paramref name="gate"/> (one writer at a time on SQLite):
        /// the pooled connection is opened before the turn and returned after it, so the turn holds only database work.
        /// </summary>
        public async Task ExecuteInTurnAsync(WriteGate gate, CancellationToken ct = default)
        {
            var database = _db.Database;
            await database.OpenConnectionAsync(ct);
            try
            {
                using var turn = await gate.EnterAsync(ct);
                await ExecuteAsync(ct);
            }
            finally
            {
                await database.CloseConnectionAsync();
            }
        }

        /// <summary>Runs the command: inside the caller's transaction, or in its own when there is none.</summary>
        public async Task ExecuteAsync(CancellationToken ct = default)
        {
            var database = _db.Database;
            // On PostgreSQL the command's statements go out as one batch with a single Sync, which the server runs as one
            // implicit transaction: all or nothing, committed without the COMMIT round trip an explicit one needs.
            if (database.CurrentTransaction is not null || database.ProviderName == PostgresProvider)
            {
                await database.ExecuteSqlRawAsync(_sql, _parameters, ct);
                return;
            }

            await using var transaction = await database.BeginTransactionAsync(ct);
            await database.ExecuteSqlRawAsync(_sql, _parameters, ct);
            await transaction.CommitAsync(ct);
        }
    }

    private static object[] PostgresParameters(string ownerId, DateOnly date, DateTime now, IReadOnlyList<Observation> rows)
    {
        var dates = new DateOnly[rows.Count];
        var codes = new string[rows.Count];
        var values = new double?[rows.Count];
        var texts = new string?[rows.Count];
        var ordinals = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            (dates[i], codes[i], values[i], texts[i], ordinals[i]) = (rows[i].Date, rows[i].Code, rows[i].Value, rows[i].Text, rows[i].Ordinal);
        }

        return [ownerId, date, now, dates, codes, values, texts, ordinals];
    }

    /// <summary>
    /// The rows as <c>[["2026-11-25","symptom.pain",6,null,0],…]</c>. Values are written in their shortest round-trip form,
    /// which SQLite parses back to the same double (the round-trip tests check this).
    /// </summary>
    private static string RowsAsJson(IReadOnlyList<Observation> rows)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * rows.Count + 2);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartArray();
                json.WriteStringValue(row.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteStringValue(row.Code);
                if (row.Value is { } value)
                {
                    json.WriteNumberValue(value);
                }
                else
                {
                    json.WriteNullValue();
                }

                json.WriteStringValue(row.Text);
                json.WriteNumberValue(row.Ordinal);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
