using Microsoft.AspNetCore.Http.HttpResults;

namespace FibroTrack.Features.Research;

/// <summary><c>/api/v1/research/consent</c>: the person's own opt-in to research, and withdrawal at any time.</summary>
public static class ResearchConsentApi
{
    /// <summary><c>consented</c> is required: true opts in, false withdraws.</summary>
    public sealed record ConsentInput(bool? Consented);

    public static RouteGroupBuilder MapResearchConsentApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/research/consent").WithTags("Research");
        group.MapGet("/", async (ResearchConsentService consents, CancellationToken ct) => TypedResults.Ok(await consents.GetAsync(ct)))
            .WithName("GetResearchConsent")
            .WithSummary("Whether the person takes part in research, since when, and every earlier opt-in and withdrawal.");
        group.MapPut("/", async Task<Results<Ok<ConsentStatus>, ValidationProblem>> (ConsentInput input, ResearchConsentService consents, CancellationToken ct) =>
            {
                if (input.Consented is not { } consented)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["consented"] = ["Say true to take part in research or false to withdraw."],
                    });
                }

                return TypedResults.Ok(await consents.SetAsync(consented, ct));
            })
            .WithName("PutResearchConsent")
            .WithSummary(ResearchText.ConsentSummary);
        return api;
    }
}
