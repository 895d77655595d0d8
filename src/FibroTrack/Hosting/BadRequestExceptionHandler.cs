using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace FibroTrack.Hosting;

/// <summary>
/// Turns a request body the API cannot read (malformed JSON, a wrong type, an unknown property)
/// into a 400 validation problem that names the offending field, instead of a bare 400.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var field = "body";
        var message = "The request body could not be read.";
        if (bad.InnerException is JsonException json)
        {
            // System.Text.Json writes a key with a dot as values['symptom.pain']; the validators name it values[symptom.pain].
            field = string.IsNullOrEmpty(json.Path) || json.Path == "$"
                ? "body"
                : json.Path.TrimStart('$', '.').Replace("['", "[", StringComparison.Ordinal).Replace("']", "]", StringComparison.Ordinal);
            message = $"Invalid JSON at {field}: {FirstSentence(json.Message)}";
        }
        else if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            message = "The request body is too large.";
        }
        else if (bad.Message.Contains("no body was provided", StringComparison.Ordinal)
                 || bad.Message.Contains("was not provided from body", StringComparison.Ordinal))
        {
            // The framework's wording here speaks to developers ("Did you mean to use a Service instead?").
            message = "A JSON body is required.";
        }
        else if (!string.IsNullOrEmpty(bad.Message))
        {
            message = bad.Message;
        }

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
            {
                Status = bad.StatusCode,
                Title = "One or more validation errors occurred.",
            },
        });
    }

    // System.Text.Json appends "Path: … | LineNumber: …" details; the field already says where.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
