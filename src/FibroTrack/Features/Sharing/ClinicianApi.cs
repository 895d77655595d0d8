using FibroTrack.Data;
using FibroTrack.Features.Account;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Insights;
using FibroTrack.Features.Report;
using FibroTrack.Features.Weekly;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FibroTrack.Features.Sharing;

/// <summary>
/// <c>/api/v1/clinician</c>: for accounts with the Clinician role, the people who shared with them and, read-only, what
/// each grant allows. A person without an active grant to the caller is 404, whether or not they exist.
/// </summary>
public static class ClinicianApi
{
    public static RouteGroupBuilder MapClinicianApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/clinician").WithTags("Clinician").AddEndpointFilter(new RequireRoleFilter(Roles.Clinician));
        group.MapGet("/people", async (SharedAccess access, CancellationToken ct) => TypedResults.Ok(await access.PeopleAsync(ct)))
            .WithName("ListSharedPeople")
            .WithSummary("People with an active grant to the signed-in clinician: scope and when it ends.");
        group.MapGet("/invites", async (SharedAccess access, CancellationToken ct) => TypedResults.Ok(await access.InvitesAsync(ct)))
            .WithName("ListCareInvites")
            .WithSummary("Email invitations addressed to the clinician's account address, waiting to be accepted.");
        group.MapPost("/invites/{id:long}/accept", async Task<Results<NoContent, NotFound>> (long id, SharedAccess access, CancellationToken ct) =>
                await access.AcceptInviteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("AcceptCareInvite");
        group.MapPost("/grants/accept", async Task<Results<Ok<SharedPersonDto>, ValidationProblem>> (AcceptCodeInput input, SharedAccess access, CancellationToken ct) =>
            {
                var result = await access.AcceptCodeAsync(input.Code, ct);
                return result.IsValid ? TypedResults.Ok(result.Value!) : TypedResults.ValidationProblem(result.ErrorsByField());
            })
            .WithName("AcceptCareGrantCode")
            .WithSummary("Accepts the grant a person's one-time code stands for. A code works once.");

        group.MapGet("/people/{personId}/report.pdf", async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> (
                string personId, DateOnly? from, DateOnly? to, string? paper, HttpContext http, SharedAccess access, ClinicianReportService reports, CancellationToken ct) =>
                await access.OpenAsync(personId, ShareScope.ReportOnly, "report.pdf", http.Request.Path, ct)
                    ? (await ReportEndpoints.DownloadAsync(from, to, paper, reports, ct)).Result switch
                    {
                        FileContentHttpResult file => file,
                        ValidationProblem problem => problem,
                        _ => TypedResults.NotFound(),
                    }
                    : TypedResults.NotFound())
            .WithName("GetSharedClinicianReport")
            .WithSummary("The person's clinician report as a PDF, as GET /api/v1/reports/clinician.pdf. Any active grant allows it.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf");
        group.MapGet("/people/{personId}/insights", async Task<Results<Ok<InsightsDto>, NotFound>> (
                string personId, HttpContext http, SharedAccess access, InsightService insights, CancellationToken ct) =>
                await access.OpenAsync(personId, ShareScope.ReadAll, "insights", http.Request.Path, ct) && await insights.GetAsync(ct) is { } dto
                    ? TypedResults.Ok(dto)
                    : TypedResults.NotFound())
            .WithName("GetSharedInsights")
            .WithSummary("The person's insights, as GET /api/v1/insights. Needs a readAll grant.");
        group.MapGet("/people/{personId}/weekly", async Task<Results<Ok<WeeklySummaryDto>, NotFound>> (
                string personId, DateOnly? end, HttpContext http, SharedAccess access, WeeklySummaryService weekly, CancellationToken ct) =>
                await access.OpenAsync(personId, ShareScope.ReadAll, "weekly", http.Request.Path, ct)
                    ? TypedResults.Ok(await weekly.GetAsync(end, ct))
                    : TypedResults.NotFound())
            .WithName("GetSharedWeeklySummary")
            .WithSummary("The person's weekly summary, as GET /api/v1/weekly. Needs a readAll grant.");
        return api;
    }
}
