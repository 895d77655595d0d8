using FibroTrack.Core.Validation;
using FibroTrack.Fhir;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace FibroTrack.Features.Import;

/// <summary>
/// <c>/api/v1/imports</c>: preview, then commit, a Flaredown export or a long CSV into the signed-in person's diary.
/// The file is the raw request body, or the <c>file</c> part of a multipart upload (a CSV's mapping is its
/// <c>mapping</c> part, sent before the file). Problems come back as a validation problem whose fields name the line
/// and column, e.g. <c>lines[7].checkin_date</c>.
/// </summary>
public static class ImportsApi
{
    public static RouteGroupBuilder MapImportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/imports").WithTags("Imports");
        group.MapPost("/flaredown/preview", (HttpContext http, [FromQuery(Name = "user_id")] string? userId, ImportService imports, ImportOptions options, CancellationToken ct) =>
                PreviewAsync(http, options, (file, _) => imports.PrepareFlaredownAsync(file, userId, null, ct), ct))
            .WithName("PreviewFlaredownImport")
            .WithSummary("Read a Flaredown CSV export and say what importing it would write; nothing is stored.")
            .WithDescription("user_id chooses the person in the file (needed when it holds several). Symptoms and conditions rated 0–4 become 0–10 (×2.5, halves up).");
        group.MapPost("/flaredown/commit", (HttpContext http, [FromQuery(Name = "user_id")] string? userId, ImportService imports, ImportOptions options, CancellationToken ct) =>
                CommitAsync(http, options, imports, (file, _) => imports.PrepareFlaredownAsync(file, userId, null, ct), ct))
            .WithName("CommitFlaredownImport")
            .WithSummary("Import a Flaredown CSV export in one transaction: all or nothing; the same file again is a no-op.");
        group.MapPost("/csv/preview", (HttpContext http, ImportService imports, ImportOptions options, CancellationToken ct) =>
                PreviewAsync(http, options, (file, mapping) => imports.PrepareCsvAsync(file, mapping, null, ct), ct))
            .WithName("PreviewCsvImport")
            .WithSummary("Read a long CSV (date, variable, value[, unit]) with an optional JSON mapping and say what importing it would write.");
        group.MapPost("/csv/commit", (HttpContext http, ImportService imports, ImportOptions options, CancellationToken ct) =>
                CommitAsync(http, options, imports, (file, mapping) => imports.PrepareCsvAsync(file, mapping, null, ct), ct))
            .WithName("CommitCsvImport")
            .WithSummary("Import a long CSV in one transaction: all or nothing; the same file and mapping again is a no-op.");
        group.MapPost("/fhir/preview", (HttpContext http, [FromQuery] string? format, FhirImportService fhir, ImportOptions options, CancellationToken ct) =>
                FhirAsync(http, format, options, fhir, commit: false, ct))
            .WithName("PreviewFhirImport")
            .WithSummary("Read a FHIR R4 Bundle (application/fhir+json) or NDJSON (application/x-ndjson) and say what importing it would write, which codes are unknown and which resources are ignored.")
            .WithDescription("A multipart upload takes a 'mapping' part (JSON: \"system|code\" → code, custom:<type>, custom or skip) before the 'file' part; format=ndjson says the file is NDJSON. Errors are OperationOutcomes naming the element path or line.")
            .Produces<FhirImportPreview>()
            .Produces(StatusCodes.Status400BadRequest, contentType: FhirJson.MediaType);
        group.MapPost("/fhir/commit", (HttpContext http, [FromQuery] string? format, FhirImportService fhir, ImportOptions options, CancellationToken ct) =>
                FhirAsync(http, format, options, fhir, commit: true, ct))
            .WithName("CommitFhirImport")
            .WithSummary("Import a FHIR R4 Bundle or NDJSON in one transaction: days, labs, questionnaires, regimen, infections and profile, all or nothing; the same file and mapping again is a no-op.")
            .Produces<FhirImportOutcome>()
            .Produces(StatusCodes.Status400BadRequest, contentType: FhirJson.MediaType);
        group.MapPost("/apple-health/preview", (HttpContext http, ImportService imports, ImportOptions options, CancellationToken ct) =>
                PreviewAsync(http, options, (file, _) => imports.PrepareAppleHealthAsync(file, null, ct), ct))
            .WithName("PreviewAppleHealthImport")
            .WithSummary("Read an Apple Health export (export.xml or the Health app's export.zip) and say which daily values importing it would write.");
        group.MapPost("/apple-health/commit", (HttpContext http, ImportService imports, ImportOptions options, CancellationToken ct) =>
                CommitAsync(http, options, imports, (file, _) => imports.PrepareAppleHealthAsync(file, null, ct), ct))
            .WithName("CommitAppleHealthImport")
            .WithSummary("Import an Apple Health export's daily steps, active energy, heart rate, HRV and hours asleep in one transaction; merged into existing days, idempotent.");
        return api;
    }

    private delegate Task<PreparedImport> Prepare(Stream file, ReadOnlyMemory<byte>? mapping);

    private static async Task<IResult> FhirAsync(HttpContext http, string? format, ImportOptions options, FhirImportService fhir, bool commit, CancellationToken ct)
    {
        var ndjson = format == "ndjson" || http.Request.ContentType is { } type
            && (type.StartsWith("application/x-ndjson", StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/fhir+ndjson", StringComparison.OrdinalIgnoreCase)
                || type.StartsWith("application/ndjson", StringComparison.OrdinalIgnoreCase));
        var (prepared, problem) = await ReadAsync(http, options, (file, mapping) => fhir.PrepareAsync(file, ndjson, mapping, null, ct), ct);
        if (problem is { } p)
        {
            return Outcome([new FhirImportIssue(p.Field, p.Message)]);
        }

        if (!prepared!.Preview.IsValid)
        {
            return Outcome(prepared.Preview.Errors);
        }

        if (!commit)
        {
            return TypedResults.Ok(prepared.Preview);
        }

        try
        {
            return TypedResults.Ok(await fhir.CommitAsync(prepared, null, ct));
        }
        catch (ImportConflictException e)
        {
            return Outcome([.. e.Errors.Select(x => new FhirImportIssue(x.Field, x.Message))]);
        }
    }

    /// <summary>Problems as a FHIR client expects them: an OperationOutcome, one issue per problem with its path.</summary>
    private static FhirJsonResult Outcome(IReadOnlyList<FhirImportIssue> issues) =>
        new FhirJsonResult(FhirJson.SerializeToUtf8Bytes(FhirOutcomes.Invalid(issues.Select(i => (i.Path, i.Message)))), StatusCodes.Status400BadRequest);

    private sealed class FhirJsonResult(byte[] body, int status) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = FhirJson.MediaType;
            await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
        }
    }

    private static async Task<Results<Ok<ImportPlan>, ValidationProblem>> PreviewAsync(HttpContext http, ImportOptions options, Prepare prepare, CancellationToken ct)
    {
        var (prepared, problem) = await ReadAsync(http, options, (file, mapping) => prepare(file, mapping), ct);
        if (problem is { } p)
        {
            return Field(p.Field, p.Message);
        }

        return prepared!.Plan.IsValid ? TypedResults.Ok(prepared.Plan) : Problem(prepared.Plan);
    }

    private static async Task<Results<Ok<ImportOutcome>, ValidationProblem>> CommitAsync(
        HttpContext http, ImportOptions options, ImportService imports, Prepare prepare, CancellationToken ct)
    {
        var (prepared, problem) = await ReadAsync(http, options, (file, mapping) => prepare(file, mapping), ct);
        if (problem is { } p)
        {
            return Field(p.Field, p.Message);
        }

        if (!prepared!.Plan.IsValid)
        {
            return Problem(prepared.Plan);
        }

        try
        {
            return TypedResults.Ok(await imports.CommitAsync(prepared, null, ct));
        }
        catch (ImportConflictException e)
        {
            return TypedResults.ValidationProblem(ValidationResult<ImportPlan>.ToDictionary(e.Errors));
        }
    }

    /// <summary>Streams the upload (raw body or multipart) into the importer; the size limit is the import's, not the API's 1 MB.</summary>
    private static async Task<(T? Prepared, (string Field, string Message)? Problem)> ReadAsync<T>(
        HttpContext http, ImportOptions options, Func<Stream, ReadOnlyMemory<byte>?, Task<T>> prepare, CancellationToken ct)
        where T : class
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxBytes + CsvMapping.MaxBytes + 64 * 1024;
        }

        var contentType = http.Request.ContentType;
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var media)
            || !media.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return (await prepare(http.Request.Body, null), null);
        }

        var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            return (null, ("file", "A multipart upload needs a boundary."));
        }

        var reader = new MultipartReader(boundary, http.Request.Body);
        ReadOnlyMemory<byte>? mapping = null;
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            var name = section.GetContentDispositionHeader()?.Name.Value?.Trim('"');
            if (name == "mapping")
            {
                using var buffer = new MemoryStream();
                var read = new byte[8192];
                int n;
                while ((n = await section.Body.ReadAsync(read, ct)) > 0)
                {
                    if (buffer.Length + n > CsvMapping.MaxBytes)
                    {
                        return (null, ("mapping", $"The mapping file is larger than {CsvMapping.MaxBytes:N0} bytes."));
                    }

                    buffer.Write(read, 0, n);
                }

                mapping = buffer.ToArray();
            }
            else if (name == "file")
            {
                return (await prepare(section.Body, mapping), null);
            }
        }

        return (null, ("file", "The upload has no part named 'file'."));
    }

    private static ValidationProblem Field(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    private static ValidationProblem Problem(ImportPlan plan) =>
        TypedResults.ValidationProblem(
            plan.Errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
            detail: $"{plan.ErrorCount} problem(s) in the file; nothing was stored.",
            extensions: new Dictionary<string, object?> { ["errorCount"] = plan.ErrorCount });
}
