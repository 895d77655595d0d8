using FibroTrack.Core.Instruments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FibroTrack.Features.Instruments;

/// <summary><c>/api/v1/instruments</c>: FIQR, PHQ-9, GAD-7, PEG and the ACR 2016 criteria, scored by the server.</summary>
public static class InstrumentsApi
{
    public sealed record StatusDto(string Id, string Name, int EveryDays, DateOnly? LastDate, double? LastTotal, string? LastBand, bool Due);

    public static RouteGroupBuilder MapInstrumentsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/instruments").WithTags("Instruments");
        group.MapGet("/", () => TypedResults.Ok(InstrumentCatalog.All.Select(InstrumentDto.From).ToList()))
            .WithName("ListInstruments").WithSummary("Instrument definitions: items, ranges, bands and citations.");
        group.MapGet("/status", async (InstrumentService service, CancellationToken ct) =>
                TypedResults.Ok((await service.StatusAsync(ct)).Select(s => new StatusDto(s.Instrument.Id, s.Instrument.Name, s.EveryDays, s.LastDate, s.LastTotal, s.LastBand, s.Due)).ToList()))
            .WithName("GetInstrumentStatus").WithSummary("Each instrument's schedule, latest score and whether it is due.");
        group.MapGet("/{id}/responses", async Task<Results<Ok<List<ResponseDto>>, NotFound>> (string id, InstrumentService service, CancellationToken ct) =>
                InstrumentCatalog.Find(id) is { } instrument
                    ? TypedResults.Ok((await service.ListAsync(instrument, ct)).Select(ResponseDto.From).ToList())
                    : TypedResults.NotFound())
            .WithName("ListResponses").WithSummary("All responses to one instrument, oldest first, with scores.");
        group.MapPost("/{id}/responses", Submit).WithName("SubmitResponse")
            .WithSummary("Score and store a response. Missing answers follow each instrument's published rule; the same instrument on the same date replaces the earlier response.");
        group.MapPut("/{id}/schedule", async Task<Results<NoContent, NotFound, ValidationProblem>> (string id, ScheduleRequest request, InstrumentService service, CancellationToken ct) =>
            {
                if (InstrumentCatalog.Find(id) is not { } instrument)
                {
                    return TypedResults.NotFound();
                }

                var errors = await service.SetScheduleAsync(instrument, request.EveryDays, ct);
                return errors.Count == 0 ? TypedResults.NoContent() : TypedResults.ValidationProblem(Core.Validation.ValidationResult<object>.ToDictionary(errors));
            })
            .WithName("SetSchedule");

        var responses = api.MapGroup("/instrument-responses").WithTags("Instruments");
        responses.MapGet("/{responseId:long}", async Task<Results<Ok<ResponseDto>, NotFound>> (long responseId, InstrumentService service, CancellationToken ct) =>
                await service.FindAsync(responseId, ct) is { } r ? TypedResults.Ok(ResponseDto.From(r)) : TypedResults.NotFound())
            .WithName("GetResponse");
        responses.MapDelete("/{responseId:long}", async Task<Results<NoContent, NotFound>> (long responseId, InstrumentService service, CancellationToken ct) =>
                await service.DeleteAsync(responseId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("DeleteResponse");
        return api;
    }

    private static async Task<Results<Created<ResponseDto>, NotFound, ValidationProblem>> Submit(
        string id, ResponseRequest request, InstrumentService service, TimeProvider clock, CancellationToken ct)
    {
        if (InstrumentCatalog.Find(id) is not { } instrument)
        {
            return TypedResults.NotFound();
        }

        var date = request.Date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var result = await service.SaveAsync(instrument, date, request.Answers ?? [], ct);
        return result.IsValid
            ? TypedResults.Created($"/api/v1/instrument-responses/{result.Value!.Id}", ResponseDto.From(result.Value))
            : TypedResults.ValidationProblem(result.ErrorsByField());
    }
}
