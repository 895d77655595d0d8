using System.Globalization;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace FibroTrack.Fhir;

/// <summary>Input that is not FHIR JSON FibroTrack can read, with where the problem is.</summary>
/// <param name="message">What is wrong, naming the line, position or element path.</param>
/// <param name="location">The line/position (<c>line 3, position 14</c>) or element path (<c>Bundle.entry[2].resource.status</c>), when known.</param>
public sealed class FhirFormatException(string message, string? location = null) : Exception(message)
{
    public string? Location { get; } = location;
}

/// <summary>Guards on what one read accepts: a file past either is refused with a clear error rather than exhausting memory or the stack.</summary>
/// <param name="MaxBytes">Largest input, in bytes (100 MB by default).</param>
/// <param name="MaxDepth">Deepest nesting of JSON objects and arrays (64 by default; a real bundle needs about 12).</param>
public sealed record FhirReadLimits(long MaxBytes = FhirReadLimits.DefaultMaxBytes, int MaxDepth = FhirReadLimits.DefaultMaxDepth)
{
    public const long DefaultMaxBytes = 100L * 1024 * 1024;
    public const int DefaultMaxDepth = 64;

    public static FhirReadLimits Default { get; } = new();
}

/// <summary>A resource read from one line of an NDJSON file.</summary>
/// <param name="Line">1-based line number.</param>
public sealed record FhirNdjsonResource(int Line, Resource Resource);

/// <summary>
/// FHIR JSON through Firely's System.Text.Json converter (<c>JsonSerializerOptions.ForFhir</c>, the SDK's
/// current API since 5.x; <c>FhirJsonSerializer</c>/<c>FhirJsonParser</c> are its older wrappers). Reading is
/// in Firely's <see cref="DeserializationMode.Recoverable"/> mode, so a patient-portal file with elements of
/// a later FHIR version is read rather than refused; anything structurally wrong is an error naming its place.
/// </summary>
public static class FhirJson
{
    public const string MediaType = "application/fhir+json";

    private static readonly JsonSerializerOptions Compact = Create(FhirReadLimits.DefaultMaxDepth, pretty: false);
    private static readonly JsonSerializerOptions Indented = Create(FhirReadLimits.DefaultMaxDepth, pretty: true);

    private static JsonSerializerOptions Create(int maxDepth, bool pretty)
    {
        var options = new JsonSerializerOptions { MaxDepth = maxDepth }
            .ForFhir(ModelInfo.ModelInspector)
            .UsingMode(DeserializationMode.Recoverable);
        return pretty ? options.Pretty() : options;
    }

    private static JsonSerializerOptions For(FhirReadLimits limits) =>
        limits.MaxDepth == FhirReadLimits.DefaultMaxDepth ? Compact : Create(limits.MaxDepth, pretty: false);

    public static string Serialize(Resource resource, bool pretty = false) =>
        JsonSerializer.Serialize(resource, resource.GetType(), pretty ? Indented : Compact);

    public static byte[] SerializeToUtf8Bytes(Resource resource) =>
        JsonSerializer.SerializeToUtf8Bytes(resource, resource.GetType(), Compact);

    public static Task SerializeAsync(Stream stream, Resource resource, bool pretty, CancellationToken ct) =>
        JsonSerializer.SerializeAsync(stream, resource, resource.GetType(), pretty ? Indented : Compact, ct);

    /// <summary>Reads one resource of any type from a JSON document.</summary>
    public static Resource ParseResource(ReadOnlySpan<byte> json, FhirReadLimits? limits = null, string? where = null)
    {
        limits ??= FhirReadLimits.Default;
        if (json.Length > limits.MaxBytes)
        {
            throw TooLarge(limits);
        }

        try
        {
            return JsonSerializer.Deserialize<Resource>(json, For(limits))
                ?? throw new FhirFormatException(Prefix(where) + "The JSON is null, not a FHIR resource.", where);
        }
        catch (JsonException e)
        {
            throw FromJson(e, limits, where);
        }
        catch (DeserializationFailedException e)
        {
            throw FromFirely(e, where);
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException)
        {
            // Firely's converter throws these, not a JsonException, for input it cannot place: a root that is an array, a
            // number or a string rather than an object (an NDJSON line "[]"), or an abstract resourceType ("Resource",
            // "DomainResource") it cannot instantiate. The options are fixed, so it is the input that is wrong.
            throw new FhirFormatException($"{Prefix(where)}Not a FHIR resource: {e.Message}", where);
        }
    }

    public static Resource ParseResource(string json, FhirReadLimits? limits = null) =>
        ParseResource(Encoding.UTF8.GetBytes(json), limits);

    /// <summary>Reads a whole stream (up to <see cref="FhirReadLimits.MaxBytes"/>) as one resource, which must be a Bundle.</summary>
    public static async Task<Bundle> ReadBundleAsync(Stream stream, FhirReadLimits? limits = null, CancellationToken ct = default)
    {
        limits ??= FhirReadLimits.Default;
        var bytes = await ReadAllAsync(stream, limits, ct);
        return ParseResource(bytes, limits) as Bundle
            ?? throw new FhirFormatException("The file holds a FHIR resource, but not a Bundle.", "resourceType");
    }

    /// <summary>
    /// Reads an NDJSON stream (one resource per line; blank lines skipped). An error names its line:
    /// <c>line 12, position 40: …</c>.
    /// </summary>
    public static async Task<IReadOnlyList<FhirNdjsonResource>> ReadNdjsonAsync(Stream stream, FhirReadLimits? limits = null, CancellationToken ct = default)
    {
        limits ??= FhirReadLimits.Default;
        var bytes = await ReadAllAsync(stream, limits, ct);
        var result = new List<FhirNdjsonResource>();
        var line = 0;
        var start = 0;
        while (start < bytes.Length)
        {
            line++;
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0)
            {
                end = bytes.Length;
            }

            var span = bytes.AsSpan(start, end - start).TrimEnd((byte)'\r');
            if (!span.Trim(" \t"u8).IsEmpty)
            {
                result.Add(new FhirNdjsonResource(line, ParseResource(span, limits, $"line {line.ToString(CultureInfo.InvariantCulture)}")));
            }

            start = end + 1;
        }

        return result;
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, FhirReadLimits limits, CancellationToken ct)
    {
        if (stream.CanSeek && stream.Length - stream.Position > limits.MaxBytes)
        {
            throw TooLarge(limits);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limits.MaxBytes)
            {
                throw TooLarge(limits);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static FhirFormatException TooLarge(FhirReadLimits limits) =>
        new($"The file is larger than {(limits.MaxBytes / (1024.0 * 1024)).ToString("0.##", CultureInfo.InvariantCulture)} MB, the most one import reads. Split it (for example into NDJSON files per resource type).");

    private static string Prefix(string? where) => where is null ? string.Empty : where + ": ";

    private static FhirFormatException FromJson(JsonException e, FhirReadLimits limits, string? where)
    {
        // Utf8JsonReader counts lines and bytes from 0; people count from 1.
        var position = e.LineNumber is { } l
            ? string.Create(CultureInfo.InvariantCulture, $"line {l + 1}, position {(e.BytePositionInLine ?? 0) + 1}")
            : null;
        var location = where is null ? position : position is null ? where : $"{where}, position {(e.BytePositionInLine ?? 0) + 1}";
        var depth = e.Message.Contains("depth", StringComparison.OrdinalIgnoreCase);
        var what = depth
            ? $"The JSON is nested deeper than {limits.MaxDepth.ToString(CultureInfo.InvariantCulture)} levels, far more than any FHIR resource needs; it is refused."
            : "The file is not valid JSON.";
        var path = string.IsNullOrEmpty(e.Path) ? string.Empty : $" (at {e.Path})";
        return new FhirFormatException($"{(location is null ? string.Empty : location + ": ")}{what}{path} {e.Message}", location);
    }

    private static FhirFormatException FromFirely(DeserializationFailedException e, string? where)
    {
        var first = e.Exceptions.FirstOrDefault();
        string? location = null;
        if (first is ExtendedCodedException coded)
        {
            var position = coded.LineNumber is { } l ? string.Create(CultureInfo.InvariantCulture, $"line {l}, position {coded.Position}") : null;
            location = string.Join(", ", new[] { where, position, coded.InstancePath }.Where(s => !string.IsNullOrEmpty(s)));
        }

        var message = first?.Message ?? e.Message;
        var more = e.Exceptions.Count > 1 ? $" ({e.Exceptions.Count - 1} more problems)" : string.Empty;
        return new FhirFormatException($"{(string.IsNullOrEmpty(location) ? Prefix(where) : location + ": ")}Not valid FHIR R4: {message}{more}", string.IsNullOrEmpty(location) ? where : location);
    }
}
