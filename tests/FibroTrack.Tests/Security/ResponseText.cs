using System.Text;
using FibroTrack.Tests.Api;
using UglyToad.PdfPig;

namespace FibroTrack.Tests.Security;

/// <summary>Everything a caller can read in a response, as text: headers that carry content, and the body decoded by its type.</summary>
internal static class ResponseText
{
    public static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        var ct = TestContext.Current.CancellationToken;
        var text = new StringBuilder();
        text.Append(response.Headers.Location).Append('\n').Append(response.Content.Headers.ContentDisposition).Append('\n');
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        if (bytes.Length == 0)
        {
            return text.ToString();
        }

        switch (response.Content.Headers.ContentType?.MediaType)
        {
            // PDF text streams and Parquet pages are compressed: read them back as their readers would.
            case "application/pdf":
                using (var pdf = PdfDocument.Open(bytes))
                {
                    foreach (var page in pdf.GetPages())
                    {
                        // PdfPig rebuilds words from glyph positions; markers hold no spaces, so none are kept.
                        text.Append(Report.PdfText.Squash(page.Text)).Append('\n');
                    }
                }

                break;
            case "application/vnd.apache.parquet":
                var table = await ExportFiles.ReadParquetAsync(bytes);
                foreach (var (name, column) in table.Columns)
                {
                    text.Append(name).Append('\n');
                    foreach (var value in column)
                    {
                        text.Append(value).Append('\n');
                    }
                }

                foreach (var (key, value) in table.Metadata)
                {
                    text.Append(key).Append('=').Append(value).Append('\n');
                }

                break;
            default:
                text.Append(Encoding.UTF8.GetString(bytes));
                break;
        }

        return text.ToString();
    }
}
