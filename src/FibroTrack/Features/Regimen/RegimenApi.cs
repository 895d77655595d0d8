using FibroTrack.Core.Regimen;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FibroTrack.Features.Regimen;

/// <summary><c>/api/v1/regimen</c>: medications and supplements with dose history.</summary>
public static class RegimenApi
{
    public static RouteGroupBuilder MapRegimenApi(this RouteGroupBuilder api)
    {
        var regimen = api.MapGroup("/regimen").WithTags("Regimen");
        regimen.MapGet("/", List).WithName("ListRegimen").WithSummary("All regimen items, current first, with their dose history.");
        regimen.MapGet("/options", () => TypedResults.Ok(new RegimenOptionsResponse(
                BuiltInMedications.All, [.. DoseUnits.All.Select(u => u.Code)], [.. DoseSchedules.All.Select(s => s.Code)])))
            .WithName("GetRegimenOptions").WithSummary("Built-in medications and supplements, dose units and schedules.");
        regimen.MapGet("/{id:long}", Get).WithName("GetRegimenItem");
        regimen.MapPost("/", Create).WithName("CreateRegimenItem")
            .WithSummary("Add a medication or supplement: a built-in by key, or any other by name.");
        regimen.MapPost("/{id:long}/doses", ChangeDose).WithName("ChangeDose")
            .WithSummary("Record a dose change from a date on. The history keeps every earlier dose.");
        regimen.MapPost("/{id:long}/stop", Stop).WithName("StopRegimenItem")
            .WithSummary("Set the last day an item was taken (null to take it up again).");
        regimen.MapDelete("/{id:long}", Delete).WithName("DeleteRegimenItem")
            .WithSummary("Delete an item entered by mistake; refused (409) once the diary records taking it.");
        return api;
    }

    private static async Task<Ok<List<RegimenItemResponse>>> List(RegimenService regimen, TimeProvider clock, CancellationToken ct)
    {
        var today = Today(clock);
        return TypedResults.Ok((await regimen.ListAsync(ct)).Select(i => RegimenItemResponse.From(i, today)).ToList());
    }

    private static async Task<Results<Ok<RegimenItemResponse>, NotFound>> Get(long id, RegimenService regimen, TimeProvider clock, CancellationToken ct) =>
        await regimen.FindAsync(id, ct) is { } item
            ? TypedResults.Ok(RegimenItemResponse.From(item, Today(clock)))
            : TypedResults.NotFound();

    private static async Task<Results<Created<RegimenItemResponse>, ValidationProblem>> Create(
        RegimenItemInput input, RegimenService regimen, TimeProvider clock, CancellationToken ct)
    {
        var result = await regimen.CreateAsync(input, ct);
        return result.IsValid
            ? TypedResults.Created($"/api/v1/regimen/{result.Value!.Id}", RegimenItemResponse.From(result.Value, Today(clock)))
            : TypedResults.ValidationProblem(result.ErrorsByField());
    }

    private static async Task<Results<Ok<RegimenItemResponse>, NotFound, ValidationProblem>> ChangeDose(
        long id, DoseChangeInput input, RegimenService regimen, TimeProvider clock, CancellationToken ct) =>
        await regimen.ChangeDoseAsync(id, input, ct) switch
        {
            null => TypedResults.NotFound(),
            { IsValid: false } invalid => TypedResults.ValidationProblem(invalid.ErrorsByField()),
            var valid => TypedResults.Ok(RegimenItemResponse.From(valid.Value!, Today(clock))),
        };

    private static async Task<Results<Ok<RegimenItemResponse>, NotFound, ValidationProblem>> Stop(
        long id, StopRequest request, RegimenService regimen, TimeProvider clock, CancellationToken ct) =>
        await regimen.SetStopDateAsync(id, request.StopDate, ct) switch
        {
            null => TypedResults.NotFound(),
            { IsValid: false } invalid => TypedResults.ValidationProblem(invalid.ErrorsByField()),
            var valid => TypedResults.Ok(RegimenItemResponse.From(valid.Value!, Today(clock))),
        };

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Delete(long id, RegimenService regimen, CancellationToken ct) =>
        await regimen.DeleteAsync(id, ct) switch
        {
            DeleteOutcome.Deleted => TypedResults.NoContent(),
            DeleteOutcome.InUse => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "In use",
                detail: "The diary records taking this item; set a stop date instead of deleting it."),
            _ => TypedResults.NotFound(),
        };

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
