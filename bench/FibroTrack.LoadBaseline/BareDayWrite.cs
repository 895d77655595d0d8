using System.Globalization;
using FibroTrack.Core.Diary;
using FibroTrack.Data;

namespace FibroTrack.LoadBaseline;

/// <summary><c>PUT /days/{date}</c>: the database work of a diary save and nothing else.</summary>
public static class BareDayWrite
{
    /// <summary>The header that names the account (an email), standing in for the bearer token.</summary>
    public const string AccountHeader = "X-Bench-Account";

    public static async Task<IResult> HandleAsync(
        string date, HttpRequest request, DayTemplate template, OwnerScope owner, WriteGate writes, FibroTrackDbContext db,
        CancellationToken ct)
    {
        // Read the body as the app must, so transport and body size are the same; its content is not mapped.
        await request.Body.CopyToAsync(Stream.Null, ct);
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !template.AccountIds.TryGetValue(request.Headers[AccountHeader].ToString(), out var accountId))
        {
            return Results.BadRequest();
        }

        owner.ActAs(accountId);
        var now = DateTime.UtcNow;

        // The same write as DiaryService.WriteAsync: the day's command, run in its own transaction at a turn of the gate.
        await db.PrepareDiaryDay(day, now, [.. template.Rows.Select(r => new Observation(day, r.Code, r.Value, r.Text, r.Ordinal))])
            .ExecuteInTurnAsync(writes, ct);
        return Results.NoContent();
    }
}
