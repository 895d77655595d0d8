using FibroTrack.Core.RedFlags;

namespace FibroTrack.Features.RedFlags;

/// <summary><c>/api/v1/red-flags</c>: findings not typical of fibromyalgia alone, each with its evidence. Never a diagnosis.</summary>
public static class RedFlagsApi
{
    /// <summary>One dated fact behind a finding. <paramref name="Flag"/> is written as in <c>/api/v1/labs</c> ("high", "positive"), not as a number.</summary>
    public sealed record EvidenceDto(string Code, string Label, DateOnly Date, string Value, string? Flag, string? Note)
    {
        public static EvidenceDto From(RedFlagEvidence e) => new(e.Code, e.Label, e.Date, e.Value, e.Flag?.ToString().ToLowerInvariant(), e.Note);
    }

    /// <summary>A rule that fired, with its evidence.</summary>
    public sealed record FindingDto(string RuleId, string Title, string Explanation, string Source, IReadOnlyList<EvidenceDto> Evidence)
    {
        public static FindingDto From(RedFlagFinding f) => new(f.RuleId, f.Title, f.Explanation, f.Source, [.. f.Evidence.Select(EvidenceDto.From)]);
    }

    public static RouteGroupBuilder MapRedFlagsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/red-flags", async (RedFlagService service, CancellationToken ct) => TypedResults.Ok((await service.EvaluateAsync(ct)).Select(FindingDto.From).ToList()))
            .WithTags("Red flags").WithName("ListRedFlags")
            .WithSummary("Rules that fired on the person's lab results and diary, with the results and dates behind each. Each says to discuss it with a clinician.");
        api.MapGet("/red-flags/rules", () => TypedResults.Ok(RedFlagRules.All.Select(r => new { r.Id, r.Title, r.Explanation, r.Source })))
            .WithTags("Red flags").WithName("ListRedFlagRules");
        return api;
    }
}
