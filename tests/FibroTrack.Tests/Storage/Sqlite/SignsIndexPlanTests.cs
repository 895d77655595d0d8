using System.Text.RegularExpressions;
using FibroTrack.Data;
using FibroTrack.Features.Diary;
using FibroTrack.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Storage.Sqlite;

/// <summary>
/// The red-flag signs' partial index is used only when the query's SQL carries the index's very condition; this asks
/// SQLite for the plan of the SQL EF generates, so an EF upgrade that writes the LIKE differently fails here, not in
/// production as a slow check-in page.
/// </summary>
public sealed partial class SignsIndexPlanTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"^\.param set (\S+) (.*)$", RegexOptions.Multiline)]
    private static partial Regex ParamLine();

    [Fact]
    public async Task SignRows_UseThePartialIndex()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OwnerScope>().ActAs("plan-test-owner");
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        var query = DiaryService.SignRows(db, new DateOnly(2025, 10, 21), new DateOnly(2026, 11, 25)).ToQueryString();

        await db.Database.OpenConnectionAsync(Ct);
        await using var command = ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + ParamLine().Replace(query, "").Trim();
        foreach (Match param in ParamLine().Matches(query))
        {
            command.Parameters.AddWithValue(param.Groups[1].Value, param.Groups[2].Value.Trim('\''));
        }

        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.True(plan.Any(step => step.Contains("USING INDEX IX_observations_signs", StringComparison.Ordinal)),
            $"plan: {string.Join(" | ", plan)}\nSQL: {query}");
    }
}
