using Microsoft.AspNetCore.Http.HttpResults;

namespace FibroTrack.Features.Weekly;

/// <summary><c>/api/v1/weekly</c>: the weekly summary.</summary>
public static class WeeklyApi
{
    public static RouteGroupBuilder MapWeeklyApi(this RouteGroupBuilder api)
    {
        api.MapGet("/weekly", async Task<Ok<WeeklySummaryDto>> (DateOnly? end, WeeklySummaryService weekly, CancellationToken ct) =>
                TypedResults.Ok(await weekly.GetAsync(end, ct)))
            .WithTags("Weekly summary")
            .WithName("GetWeeklySummary")
            .WithSummary("The seven days ending on `end` (default today): averages against the 28 days before, flare days, adherence, activity against the envelope, and at most one observation from the person's own headline findings.");
        return api;
    }
}
