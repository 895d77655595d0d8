using FibroTrack.Data;
using FibroTrack.Features.Account;

namespace FibroTrack.Features.Research;

/// <summary>
/// <c>/api/v1/research/cohort</c> for researchers (and administrators): aggregates only. <c>/api/v1/admin/research/export.parquet</c>
/// for administrators: the de-identified file.
/// </summary>
public static class ResearchApi
{
    public static RouteGroupBuilder MapResearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/research/cohort", async (CohortService cohort, CancellationToken ct) => TypedResults.Ok(await cohort.ReportAsync(ct)))
            .AddEndpointFilter(new RequireRoleFilter(Roles.Researcher, Roles.Administrator))
            .WithTags("Research")
            .WithName("GetResearchCohort")
            .WithSummary("Aggregates over people who opted in to research; any group under 10 people is left out.");

        api.MapGet("/admin/research/export.parquet", (DeidentifiedExport export, CancellationToken ct) =>
                Results.Stream(body => export.WriteAsync(body, ct), DeidentifiedExport.ContentType, "fibrotrack-research.parquet"))
            .AddEndpointFilter(new RequireRoleFilter(Roles.Administrator))
            .WithTags("Research")
            .WithName("ExportResearchParquet")
            .WithSummary("De-identified records of consenting people as Parquet: pseudonyms, 10-year age bands, shifted dates, no free text.");
        return api;
    }
}
