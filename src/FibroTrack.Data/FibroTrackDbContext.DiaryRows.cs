using System.Globalization;
using System.Text;
using FibroTrack.Core.Diary;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Data;

public sealed partial class FibroTrackDbContext
{
    /// <summary>Rows per statement: 5 parameters a row stays far below SQLite's and PostgreSQL's parameter limits.</summary>
    private const int DiaryRowsPerStatement = 500;

    /// <summary>
    /// The start of a multi-row insert of diary observations, value tuples in this column order; identifiers quoted, so
    /// it runs on SQLite and PostgreSQL. The import writer uses it for its prepared bulk commands too.
    /// </summary>
    public const string DiaryObservationsInsert =
        """INSERT INTO observations ("OwnerId", "DiaryEntryId", "Date", "Code", "Value", "Text", "Ordinal") VALUES """;

    /// <summary>
    /// Inserts one diary day's observations under the entry <paramref name="entryId"/> of the current owner with one
    /// multi-row parameterised <c>INSERT</c> (per 500 rows) instead of a change-tracked insert per row, which cost most of
    /// a save. The owner rules are the ones <see cref="SaveChangesAsync(bool, CancellationToken)"/> applies: the rows are
    /// the current owner's, and nothing is written while reading another person's data. The caller checks that the
    /// entry is the owner's (it found it through the owner filter or just inserted it).
    /// </summary>
    public async Task InsertDiaryObservationsAsync(long entryId, IReadOnlyList<Observation> rows, CancellationToken ct = default)
    {
        RefuseWhileReadOnly();
        var ownerId = owner.RequireOwner();
        for (var start = 0; start < rows.Count; start += DiaryRowsPerStatement)
        {
            var count = Math.Min(DiaryRowsPerStatement, rows.Count - start);
            var sql = new StringBuilder(DiaryObservationsInsert);
            var parameters = new object?[2 + (5 * count)];
            parameters[0] = ownerId;
            parameters[1] = entryId;
            for (var i = 0; i < count; i++)
            {
                var o = rows[start + i];
                var p = 2 + (5 * i);
                parameters[p] = o.Date;
                parameters[p + 1] = o.Code;
                parameters[p + 2] = o.Value;
                parameters[p + 3] = o.Text;
                parameters[p + 4] = o.Ordinal;
                sql.Append(i == 0 ? "(" : ", (")
                    .Append(CultureInfo.InvariantCulture, $"{{0}}, {{1}}, {{{p}}}, {{{p + 1}}}, {{{p + 2}}}, {{{p + 3}}}, {{{p + 4}}})");
            }

            await Database.ExecuteSqlRawAsync(sql.ToString(), parameters!, ct);
        }
    }
}
