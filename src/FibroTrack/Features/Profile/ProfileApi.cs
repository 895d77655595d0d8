using FibroTrack.Core.Clinical;
using FibroTrack.Data.Entities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FibroTrack.Features.Profile;

/// <summary><c>/api/v1/profile</c>: sex, birth date and symptom onset.</summary>
public static class ProfileApi
{
    public sealed record ProfileResponse(string Sex, DateOnly? BirthDate, DateOnly? SymptomOnsetDate, string? OnsetTrigger, string? OnsetNotes)
    {
        public static ProfileResponse From(PersonProfile p) => new(p.Sex, p.BirthDate, p.SymptomOnsetDate, p.OnsetTrigger, p.OnsetNotes);
    }

    public static RouteGroupBuilder MapProfileApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/profile").WithTags("Profile");
        group.MapGet("/", async (ProfileService profiles, CancellationToken ct) => TypedResults.Ok(ProfileResponse.From(await profiles.GetAsync(ct))))
            .WithName("GetProfile");
        group.MapPut("/", async Task<Results<Ok<ProfileResponse>, ValidationProblem>> (ProfileInput input, ProfileService profiles, CancellationToken ct) =>
            {
                var result = await profiles.SaveAsync(input, ct);
                return result.IsValid
                    ? TypedResults.Ok(ProfileResponse.From(result.Value!))
                    : TypedResults.ValidationProblem(result.ErrorsByField());
            })
            .WithName("PutProfile")
            .WithSummary("Sex and birth date (used only to choose reference ranges), and when symptoms began and what the person believes triggered them.");
        group.MapGet("/onset-triggers", () => TypedResults.Ok(OnsetTriggers.All)).WithName("ListOnsetTriggers");
        return api;
    }
}
