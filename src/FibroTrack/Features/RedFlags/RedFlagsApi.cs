using FibroTrack.Core.RedFlags;

namespace FibroTrack.Features.RedFlags;

/// <summary><c>/api/v1/red-flags</c>: findings not typical of fibromyalgia alone, each with its evidence. Never a diagnosis.</summary>
public static class RedFlagsApi
{
    public static RouteGroupBuilder MapRedFlagsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/red-flags", async (RedFlagService service, CancellationToken ct) => TypedResults.Ok(await service.EvaluateAsync(ct)))
            .WithTags("Red flags").WithName("ListRedFlags")
            .WithSummary("Rules that fired on the person's lab results and diary, with the results and dates behind each. Each says to discuss it with a clinician.");
        api.MapGet("/red-flags/rules", () => TypedResults.Ok(RedFlagRules.All.Select(r => new { r.Id, r.Title, r.Explanation, r.Source })))
            .WithTags("Red flags").WithName("ListRedFlagRules");
        return api;
    }
}
