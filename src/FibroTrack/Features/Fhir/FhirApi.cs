using System.Globalization;
using FibroTrack.Fhir;
using Hl7.Fhir.Model;

namespace FibroTrack.Features.Fhir;

/// <summary>
/// <c>/api/v1/export/fhir</c> and <c>/api/v1/fhir/CodeSystem/fibrotrack</c>: FHIR R4 JSON
/// (<c>application/fhir+json</c>); errors are <c>OperationOutcome</c>s, as a FHIR client expects.
/// </summary>
public static class FhirApi
{
    public static RouteGroupBuilder MapFhirApi(this RouteGroupBuilder api)
    {
        api.MapGet("/export/fhir", async (string? type, string? from, string? to, HttpContext http, CancellationToken ct) =>
            {
                var issues = new List<(string Parameter, string Message)>();
                var kind = ParseKind(type, issues);
                var fromDate = ParseDate("from", from, issues);
                var toDate = ParseDate("to", to, issues);
                if (fromDate > toDate)
                {
                    issues.Add(("from", $"'from' ({from}) is after 'to' ({to})."));
                }

                if (issues.Count > 0)
                {
                    return Fhir(FhirOutcomes.Invalid(issues), StatusCodes.Status400BadRequest);
                }

                var service = ActivatorUtilities.CreateInstance<FhirExportService>(http.RequestServices);
                return Fhir(await service.ExportAsync(kind!.Value, fromDate, toDate, ct));
            })
            .WithTags("FHIR").WithName("ExportFhir")
            .WithSummary("The person's data as a FHIR R4 Bundle: type=collection (default) or transaction; from/to (yyyy-MM-dd) limit dated records.")
            .Produces(StatusCodes.Status200OK, contentType: FhirJson.MediaType)
            .Produces(StatusCodes.Status400BadRequest, contentType: FhirJson.MediaType);

        api.MapGet("/fhir/CodeSystem/" + FibroTrackCodeSystem.Id, async (HttpContext http, CancellationToken ct) =>
                Fhir(await ActivatorUtilities.CreateInstance<FhirExportService>(http.RequestServices).CodeSystemAsync(ct)))
            .WithTags("FHIR").WithName("GetFhirCodeSystem")
            .WithSummary("FibroTrack's own codes as a FHIR CodeSystem, with the person's own variables.")
            .Produces(StatusCodes.Status200OK, contentType: FhirJson.MediaType);
        return api;
    }

    private static FhirResult Fhir(Resource resource, int status = StatusCodes.Status200OK) =>
        new FhirResult(FhirJson.SerializeToUtf8Bytes(resource), status);

    public static FhirBundleKind? ParseKind(string? type, List<(string Parameter, string Message)> issues)
    {
        switch (type)
        {
            case null or "" or "collection":
                return FhirBundleKind.Collection;
            case "transaction":
                return FhirBundleKind.Transaction;
            default:
                issues.Add(("type", $"Unknown bundle type '{type}': use 'collection' or 'transaction'."));
                return null;
        }
    }

    public static DateOnly? ParseDate(string name, string? text, List<(string Parameter, string Message)> issues)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        issues.Add((name, $"'{text}' is not a date: write it yyyy-MM-dd."));
        return null;
    }

    /// <summary>A FHIR JSON body with its status.</summary>
    private sealed class FhirResult(byte[] body, int status) : IResult
    {
        public async System.Threading.Tasks.Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = FhirJson.MediaType;
            await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
        }
    }
}
