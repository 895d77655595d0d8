using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FibroTrack.Features.Insights;

/// <summary><c>/api/v1/insights</c>: flares, associations, treatment response, pacing and infections, with the method echoed.</summary>
public static class InsightsApi
{
    /// <summary>One section with the method block narrowed to it.</summary>
    public sealed record InsightSectionDto<T>(InsightMethodDto Method, T Result);

    /// <summary>A day behind a finding: the exposure <c>lag</c> days before and the outcome that day.</summary>
    public sealed record FindingDayDto(DateOnly Date, double Exposure, double Outcome);

    public static RouteGroupBuilder MapInsightsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/insights").WithTags("Insights");
        // The stored snapshot's JSON as it is: the same text Ok(dto) would write, without parsing and writing it again.
        group.MapGet("/", async Task<Results<ContentHttpResult, ProblemHttpResult>> (InsightService insights, CancellationToken ct) =>
                await insights.GetJsonAsync(ct) is { } json ? TypedResults.Content(json, "application/json", Encoding.UTF8) : NoDiary())
            .Produces<InsightsDto>(StatusCodes.Status200OK, "application/json")
            .WithName("GetInsights")
            .WithSummary("Every section with the method and its parameters. Computed on the first read after any change to the data, then served as stored.");
        MapSection(group, "flares", d => d.Flares, "Personal baseline, flare episodes, the flare calendar and agreement with the flare button.");
        MapSection(group, "associations", d => d.Associations, "Lagged associations with effects, 95% intervals, p and Benjamini-Hochberg q; what is not yet analysable and why.");
        MapSection(group, "treatments", d => d.Treatments, "Level and slope change after each regimen start, stop or dose change, with confounders and a verdict.");
        MapSection(group, "pacing", d => d.Pacing, "Activity load against next-day and two-day pain and fatigue: the envelope, if any, and the days over it.");
        MapSection(group, "infections", d => d.Infections, "Symptoms week by week around each recorded infection.");
        group.MapGet("/associations/days", async Task<Results<Ok<List<FindingDayDto>>, ProblemHttpResult>> (
                string outcome, string exposure, int lag, InsightService insights, CancellationToken ct) =>
            {
                if (lag is < 1 or > 3)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "lag must be 1, 2 or 3.");
                }

                return await insights.DaysBehindAsync(outcome, exposure, lag, ct) is { } days
                    ? TypedResults.Ok(days.Select(d => new FindingDayDto(d.Date, d.Exposure, d.Outcome)).ToList())
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No diary data for outcome '{outcome}' and exposure '{exposure}'.");
            })
            .WithName("GetFindingDays")
            .WithSummary("The days a finding rests on: each day the model used, the exposure lag days before and the outcome.");
        return api;
    }

    private static void MapSection<T>(RouteGroupBuilder group, string name, Func<InsightsDto, T> select, string summary) =>
        group.MapGet("/" + name, async Task<Results<Ok<InsightSectionDto<T>>, ProblemHttpResult>> (InsightService insights, CancellationToken ct) =>
                await insights.GetAsync(ct) is { } dto
                    ? TypedResults.Ok(new InsightSectionDto<T>(
                        dto.Method with { Sections = dto.Method.Sections.Where(s => s.Key == name).ToDictionary() },
                        select(dto)))
                    : NoDiary())
            .WithName("GetInsights" + char.ToUpperInvariant(name[0]) + name[1..])
            .WithSummary(summary);

    private static ProblemHttpResult NoDiary() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No insights yet: they start from the first saved diary day.");
}
