using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace FibroTrack.Tests.Api;

/// <summary>Small helpers the API tests share: dates the server accepts, raw and typed requests, problem details.</summary>
internal static class ApiCalls
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The date <paramref name="daysAgo"/> days before today in UTC, as yyyy-MM-dd. The server accepts
    /// dates up to today in UTC+14, so these are never "in the future" wherever the test runs.
    /// </summary>
    public static string Date(int daysAgo) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Task<HttpResponseMessage> PutDayAsync(this HttpClient client, string date, object body) =>
        client.PutAsJsonAsync($"/api/v1/days/{date}", body, Ct);

    /// <summary>PUTs a body exactly as written, for JSON the serializer would never produce.</summary>
    public static async Task<HttpResponseMessage> PutRawDayAsync(this HttpClient client, string date, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.PutAsync($"/api/v1/days/{date}", content, Ct);
    }

    public static Task<HttpResponseMessage> GetDayAsync(this HttpClient client, string date) =>
        client.GetAsync($"/api/v1/days/{date}", Ct);

    /// <summary>A stored day as JSON; fails the test when the day is not there.</summary>
    public static async Task<JsonElement> GetStoredDayAsync(this HttpClient client, string date)
    {
        using var response = await client.GetDayAsync(date);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body, Ct);

    /// <summary>POSTs and expects 201 Created; returns the created resource.</summary>
    public static async Task<JsonElement> CreateAsync(this HttpClient client, string path, object body)
    {
        using var response = await client.PostJsonAsync(path, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

    /// <summary>Asserts an RFC 9457 validation problem (400, application/problem+json) and returns its messages by field.</summary>
    public static async Task<IReadOnlyDictionary<string, string[]>> ValidationErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        return problem.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Asserts a validation problem and returns the names of its fields.</summary>
    public static async Task<IReadOnlyList<string>> ValidationFieldsAsync(HttpResponseMessage response) =>
        [.. (await ValidationErrorsAsync(response)).Keys];

    /// <summary>JSON text with every object's properties in ordinal order: equal for documents that differ only in property order.</summary>
    public static string Canonical(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, element);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());

        static void Write(Utf8JsonWriter writer, JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object:
                    writer.WriteStartObject();
                    foreach (var p in e.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                    {
                        writer.WritePropertyName(p.Name);
                        Write(writer, p.Value);
                    }

                    writer.WriteEndObject();
                    break;
                case JsonValueKind.Array:
                    writer.WriteStartArray();
                    foreach (var item in e.EnumerateArray())
                    {
                        Write(writer, item);
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    e.WriteTo(writer);
                    break;
            }
        }
    }

    /// <summary>Codes of every variable in the person's vocabulary.</summary>
    public static async Task<IReadOnlyList<string>> VocabularyCodesAsync(this HttpClient client)
    {
        var vocabulary = await client.GetJsonAsync("/api/v1/vocabulary");
        return [.. vocabulary.GetProperty("variables").EnumerateArray().Select(v => v.GetProperty("code").GetString()!)];
    }

    /// <summary>A regimen item for a built-in medication, started <paramref name="startedDaysAgo"/> days ago.</summary>
    public static async Task<JsonElement> AddBuiltInAsync(this HttpClient client, string builtIn, double dose, int startedDaysAgo = 60) =>
        await client.CreateAsync("/api/v1/regimen", new { builtIn, dose, startDate = Date(startedDaysAgo) });

    /// <summary>A custom 0–10 scale variable with the given name.</summary>
    public static async Task<JsonElement> AddScaleAsync(this HttpClient client, string name) =>
        (await client.CreateAsync("/api/v1/custom-variables", new { name, type = "scale" })).GetProperty("variable");
}
