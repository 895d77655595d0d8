using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace FibroTrack.Tests.Import;

/// <summary>Small import files written in the tests, and the requests that send them.</summary>
internal static class ImportFiles
{
    public const string FlaredownHeader = "user_id,age,sex,country,checkin_date,trackable_id,trackable_type,trackable_name,trackable_value";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A date <paramref name="daysAgo"/> days back in UTC, which the diary accepts wherever the test runs.</summary>
    public static string Date(int daysAgo) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Row(string user, string date, string type, string name, string value) =>
        $"{user},40,female,US,{date},1,{type},{name},{value}";

    public static string Flaredown(params string[] rows) => string.Join('\n', [FlaredownHeader, .. rows]) + "\n";

    public static async Task<HttpResponseMessage> PostFlaredownAsync(this HttpClient client, string step, string csv, string? userId = null)
    {
        var query = userId is null ? string.Empty : $"?user_id={Uri.EscapeDataString(userId)}";
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        return await client.PostAsync($"/api/v1/imports/flaredown/{step}{query}", content, Ct);
    }

    /// <summary>A long CSV as a multipart upload: the mapping part (if any) before the file part.</summary>
    public static async Task<HttpResponseMessage> PostCsvAsync(this HttpClient client, string step, string csv, string? mapping)
    {
        using var form = new MultipartFormDataContent();
        if (mapping is not null)
        {
            form.Add(new StringContent(mapping, Encoding.UTF8, "application/json"), "mapping", "mapping.json");
        }

        var file = new StringContent(csv, Encoding.UTF8);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "data.csv");
        return await client.PostAsync($"/api/v1/imports/csv/{step}", form, Ct);
    }
}
