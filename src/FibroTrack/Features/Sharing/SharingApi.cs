using Microsoft.AspNetCore.Http.HttpResults;

namespace FibroTrack.Features.Sharing;

/// <summary><c>/api/v1/sharing</c>: the person's grants to clinicians and the log of who read their data.</summary>
public static class SharingApi
{
    public static RouteGroupBuilder MapSharingApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/sharing").WithTags("Sharing");
        group.MapGet("/grants", async (SharingService sharing, CancellationToken ct) => TypedResults.Ok(await sharing.ListAsync(ct)))
            .WithName("ListCareGrants")
            .WithSummary("Every grant the person made, newest first, with its status: pending, active, expired or revoked.");
        group.MapPost("/grants", async Task<Results<Created<CreatedGrantDto>, ValidationProblem>> (
                CreateGrantInput input, SharingService sharing, CancellationToken ct) =>
            {
                var result = await sharing.CreateAsync(input, ct);
                return result.IsValid
                    ? TypedResults.Created($"/api/v1/sharing/grants/{result.Value!.Grant.Id}", result.Value)
                    : TypedResults.ValidationProblem(result.ErrorsByField());
            })
            .WithName("CreateCareGrant")
            .WithSummary("Shares read-only access with a clinician until the end of expiresOn (UTC, at most 365 days ahead). scope is readAll or reportOnly. With an email the invitation waits for the clinician account with that address; without one, the answer holds a one-time code and link, shown this once.");
        group.MapPost("/grants/{id:long}/revoke", async Task<Results<NoContent, NotFound>> (long id, SharingService sharing, CancellationToken ct) =>
                await sharing.RevokeAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("RevokeCareGrant")
            .WithSummary("Ends a grant at once: the clinician's next request is refused.");
        group.MapGet("/audit", async (int? page, SharingService sharing, CancellationToken ct) => TypedResults.Ok(await sharing.AuditAsync(page ?? 1, ct)))
            .WithName("GetAccessAudit")
            .WithSummary("Every read of the person's data by somebody else (who, what, when), newest first, 50 a page.");
        return api;
    }
}
