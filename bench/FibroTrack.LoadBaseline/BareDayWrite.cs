using System.Globalization;
using FibroTrack.Core.Diary;
using FibroTrack.Data;
using Microsoft.EntityFrameworkCore;

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

        // The same write as DiaryService.WriteAsync: the command built and the connection opened outside the write gate,
        // then one transaction with the day's one command.
        var write = db.PrepareDiaryDay(day, now, [.. template.Rows.Select(r => new Observation(day, r.Code, r.Value, r.Text, r.Ordinal))]);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            using var turn = await writes.EnterAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await write.ExecuteAsync(ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return Results.NoContent();
    }
}
