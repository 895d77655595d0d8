using FibroTrack.Data;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.LoadBaseline;

/// <summary>One observation of the template day, without its owner, entry and date.</summary>
public sealed record TemplateRow(string Code, double? Value, string? Text, int Ordinal);

/// <summary>
/// What the bare endpoint writes, read once at start-up from the benchmark database: the observation rows the app
/// stored for the benchmark body (the template account's latest day), and every account's id by email, so a
/// request names its account in a header instead of signing in.
/// </summary>
public sealed record DayTemplate(IReadOnlyList<TemplateRow> Rows, IReadOnlyDictionary<string, string> AccountIds)
{
    public static async Task<DayTemplate> LoadAsync(IServiceProvider services, string templateEmail)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.Email != null)
            .Select(u => new { u.Email, u.Id })
            .ToDictionaryAsync(u => u.Email!, u => u.Id, StringComparer.OrdinalIgnoreCase);
        if (!accounts.TryGetValue(templateEmail, out var templateOwner))
        {
            throw new InvalidOperationException($"No account {templateEmail}: seed the database through the app first.");
        }

        // Read as the template's owner, through the owner filter like any other reader.
        scope.ServiceProvider.GetRequiredService<OwnerScope>().ActAs(templateOwner);
        var rows = await db.DiaryEntries.AsNoTracking()
            .OrderByDescending(e => e.Date)
            .Select(e => e.Observations.OrderBy(o => o.Id).Select(o => new TemplateRow(o.Code, o.Value, o.Text, o.Ordinal)).ToList())
            .FirstOrDefaultAsync();
        if (rows is not { Count: > 0 })
        {
            throw new InvalidOperationException($"{templateEmail} has no saved day to copy.");
        }

        return new DayTemplate(rows, accounts);
    }
}
