using FibroTrack.Core.Clinical;
using FibroTrack.Data.Entities;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FibroTrack.Features.Infections;

/// <summary><c>/api/v1/infections</c>: infection episodes (EBV, Lyme disease, COVID-19, …).</summary>
public static class InfectionsApi
{
    public sealed record InfectionResponse(long Id, string Type, string TypeLabel, DateOnly StartDate, DateOnly? EndDate, bool ConfirmedByTest, string? Notes)
    {
        public static InfectionResponse From(InfectionEpisode i) =>
            new(i.Id, i.Type, InfectionTypes.Find(i.Type)?.Label ?? i.Type, i.StartDate, i.EndDate, i.ConfirmedByTest, i.Notes);
    }

    public static RouteGroupBuilder MapInfectionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/infections").WithTags("Infections");
        group.MapGet("/", async (InfectionService infections, CancellationToken ct) =>
                TypedResults.Ok((await infections.ListAsync(ct)).Select(InfectionResponse.From).ToList()))
            .WithName("ListInfections").WithSummary("Infection episodes, newest first.");
        group.MapGet("/{id:long}", async Task<Results<Ok<InfectionResponse>, NotFound>> (long id, InfectionService infections, CancellationToken ct) =>
                await infections.FindAsync(id, ct) is { } row ? TypedResults.Ok(InfectionResponse.From(row)) : TypedResults.NotFound())
            .WithName("GetInfection");
        group.MapPost("/", async Task<Results<Created<InfectionResponse>, ValidationProblem>> (InfectionInput input, InfectionService infections, CancellationToken ct) =>
            {
                var result = await infections.CreateAsync(input, ct);
                return result.IsValid
                    ? TypedResults.Created($"/api/v1/infections/{result.Value!.Id}", InfectionResponse.From(result.Value))
                    : TypedResults.ValidationProblem(result.ErrorsByField());
            })
            .WithName("CreateInfection");
        group.MapPut("/{id:long}", async Task<Results<Ok<InfectionResponse>, NotFound, ValidationProblem>> (long id, InfectionInput input, InfectionService infections, CancellationToken ct) =>
                await infections.UpdateAsync(id, input, ct) switch
                {
                    null => TypedResults.NotFound(),
                    { IsValid: false } invalid => TypedResults.ValidationProblem(invalid.ErrorsByField()),
                    var valid => TypedResults.Ok(InfectionResponse.From(valid.Value!)),
                })
            .WithName("UpdateInfection");
        group.MapDelete("/{id:long}", async Task<Results<NoContent, NotFound>> (long id, InfectionService infections, CancellationToken ct) =>
                await infections.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("DeleteInfection");
        return api;
    }
}
