using FibroTrack.Core.Labs;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FibroTrack.Features.Labs;

/// <summary><c>/api/v1/labs</c>: immune and inflammation markers and other lab results.</summary>
public static class LabsApi
{
    /// <summary>A lab result as stored, with its flag and the range it was judged against.</summary>
    /// <param name="CodeVerified">False where the code could not be verified against a primary source.</param>
    /// <param name="RangeSource">Where the range comes from (the lab's own, or the documented default with its citation).</param>
    public sealed record LabDto(
        long Id, string AnalyteCode, string AnalyteName, bool CodeVerified, DateOnly SpecimenDate,
        double? Value, string? Unit, double? CanonicalValue, string? CanonicalUnit,
        string? Titer, bool? Positive, string? Pattern, double? RangeLow, double? RangeHigh,
        string Flag, ReferenceRange? RangeUsed, string RangeSource, string? Band, string? BandSource,
        string? Source, string? Notes)
    {
        public static LabDto From(StoredLab lab)
        {
            var r = lab.Result;
            var i = lab.Interpretation;
            return new(
                lab.Id, r.Analyte.Code.Value, r.Analyte.Name, r.Analyte.Code.Verified, r.SpecimenDate,
                r.Value, r.Unit, r.CanonicalValue, r.CanonicalUnit,
                r.Titer?.ToString(), r.Positive, r.Pattern, r.LabRange?.Low, r.LabRange?.High,
                i.Flag.ToString().ToLowerInvariant(), i.Range, i.RangeSource, i.Band, i.BandSource,
                r.Source, r.Notes);
        }
    }

    /// <summary>One catalogue analyte: its code, accepted units (canonical first) and the kinds of value it takes.</summary>
    public sealed record AnalyteDto(string Code, string Name, bool CodeVerified, IReadOnlyList<string> Units, IReadOnlyList<string> Aliases, bool TakesQuantity, bool TakesPresence, bool TakesTiter)
    {
        public static AnalyteDto From(Analyte a) => new(
            a.Code.Value, a.Name, a.Code.Verified, [.. a.Units.Select(u => u.Code)], a.Aliases,
            a.Takes(LabValueKinds.Quantity), a.Takes(LabValueKinds.Presence), a.Takes(LabValueKinds.Titer));
    }

    public static RouteGroupBuilder MapLabsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/labs").WithTags("Labs");
        group.MapGet("/analytes", () => TypedResults.Ok(Analytes.All.Select(AnalyteDto.From).ToList()))
            .WithName("ListAnalytes").WithSummary("Analytes with codes and accepted units. Any other analyte can be given by LOINC code or by name.");
        group.MapGet("/", async (LabService labs, CancellationToken ct) => TypedResults.Ok((await labs.ListAsync(ct)).Select(LabDto.From).ToList()))
            .WithName("ListLabs").WithSummary("All results, newest first, each flagged against the lab's range or a documented default.");
        group.MapGet("/{id:long}", async Task<Results<Ok<LabDto>, NotFound>> (long id, LabService labs, CancellationToken ct) =>
                await labs.FindAsync(id, ct) is { } lab ? TypedResults.Ok(LabDto.From(lab)) : TypedResults.NotFound())
            .WithName("GetLab");
        group.MapPost("/", async Task<Results<Created<LabDto>, ValidationProblem>> (LabResultInput input, LabService labs, CancellationToken ct) =>
            {
                var result = await labs.CreateAsync(input, ct);
                return result.IsValid
                    ? TypedResults.Created($"/api/v1/labs/{result.Value!.Id}", LabDto.From(result.Value))
                    : TypedResults.ValidationProblem(result.ErrorsByField());
            })
            .WithName("CreateLab").WithSummary("Record a result. A unit that does not fit the analyte, a future date or an impossible value is refused, naming the field.");
        group.MapPut("/{id:long}", async Task<Results<Ok<LabDto>, NotFound, ValidationProblem>> (long id, LabResultInput input, LabService labs, CancellationToken ct) =>
                await labs.UpdateAsync(id, input, ct) switch
                {
                    null => TypedResults.NotFound(),
                    { IsValid: false } invalid => TypedResults.ValidationProblem(invalid.ErrorsByField()),
                    var valid => TypedResults.Ok(LabDto.From(valid.Value!)),
                })
            .WithName("UpdateLab");
        group.MapDelete("/{id:long}", async Task<Results<NoContent, NotFound>> (long id, LabService labs, CancellationToken ct) =>
                await labs.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithName("DeleteLab");
        return api;
    }
}
