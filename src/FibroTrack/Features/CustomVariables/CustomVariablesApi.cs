using FibroTrack.Core.Custom;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Vocabulary;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FibroTrack.Features.CustomVariables;

/// <summary><c>/api/v1/custom-variables</c>: variables a person defines and then logs like built-ins.</summary>
public static class CustomVariablesApi
{
    /// <summary>A custom variable: its vocabulary entry plus whether it is archived.</summary>
    public sealed record CustomVariableResponse(VocabularyApi.VariableDto Variable, bool Archived, DateTime CreatedAt)
    {
        public static CustomVariableResponse From(CustomVariable row) =>
            // Stored as UTC; SQLite gives back an unspecified kind, which JSON would write without its "Z".
            new(VocabularyApi.ToDto(row.ToDefinition()), row.Archived, DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc));
    }

    public static RouteGroupBuilder MapCustomVariablesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/custom-variables").WithTags("Custom variables");
        group.MapGet("/", async (bool? includeArchived, CustomVariableService service, CancellationToken ct) =>
                TypedResults.Ok((await service.ListAsync(includeArchived ?? false, ct)).Select(CustomVariableResponse.From).ToList()))
            .WithName("ListCustomVariables");
        group.MapPost("/", Create).WithName("CreateCustomVariable")
            .WithSummary("Define a variable. Its code is custom.{slug of the name}; log it in a day's values under that code.");
        group.MapDelete("/{code}", async Task<Results<NoContent, NotFound>> (string code, CustomVariableService service, CancellationToken ct) =>
                await service.SetArchivedAsync(code, true, ct) is null ? TypedResults.NotFound() : TypedResults.NoContent())
            .WithName("ArchiveCustomVariable")
            .WithSummary("Archive a variable: it leaves the check-in, its recorded values are kept and exported.");
        group.MapPost("/{code}/restore", async Task<Results<Ok<CustomVariableResponse>, NotFound>> (string code, CustomVariableService service, CancellationToken ct) =>
                await service.SetArchivedAsync(code, false, ct) is { } row ? TypedResults.Ok(CustomVariableResponse.From(row)) : TypedResults.NotFound())
            .WithName("RestoreCustomVariable");
        return api;
    }

    private static async Task<Results<Created<CustomVariableResponse>, ValidationProblem>> Create(
        CustomVariableInput input, CustomVariableService service, CancellationToken ct)
    {
        var result = await service.CreateAsync(input, ct);
        return result.IsValid
            ? TypedResults.Created($"/api/v1/custom-variables/{result.Value!.Code}", CustomVariableResponse.From(result.Value))
            : TypedResults.ValidationProblem(result.ErrorsByField());
    }
}
