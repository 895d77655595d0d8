using System.Diagnostics;
using System.Net;
using SkiaSharp;
using UglyToad.PdfPig;

namespace FibroTrack.Tests.Report;

/// <summary>Reads a report back: its text (via PdfPig), page sizes, metadata, and page images (via poppler's pdftoppm).</summary>
internal static class PdfText
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>GETs a PDF, asserting 200 and application/pdf.</summary>
    public static async Task<byte[]> DownloadAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync(Ct);
    }

    /// <summary>Every page's text joined, whitespace removed: PdfPig rebuilds words from glyph positions, so spacing is not compared.</summary>
    public static string Squashed(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Squash(string.Concat(document.GetPages().Select(p => p.Text)));
    }

    public static string Squash(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    public static void ContainsText(string expected, string squashedPdfText) =>
        Assert.True(squashedPdfText.Contains(Squash(expected), StringComparison.Ordinal), $"The report does not contain \"{expected}\".");

    public static void LacksText(string unexpected, string squashedPdfText) =>
        Assert.False(squashedPdfText.Contains(Squash(unexpected), StringComparison.Ordinal), $"The report contains \"{unexpected}\".");

    /// <summary>pdftoppm's path, or null when poppler-utils is not installed.</summary>
    public static string? Pdftoppm() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "pdftoppm")).FirstOrDefault(File.Exists);

    /// <summary>Renders every page to PNG at a low resolution and returns, per page, the share of pixels that are not white.</summary>
    public static async Task<IReadOnlyList<double>> InkPerPageAsync(string pdftoppm, byte[] pdf)
    {
        var folder = Path.Combine(Path.GetTempPath(), "fibrotrack-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "report.pdf");
            await File.WriteAllBytesAsync(input, pdf, Ct);
            var start = new ProcessStartInfo(pdftoppm) { RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "-png", "-r", "40", input, Path.Combine(folder, "page") })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var error = await process.StandardError.ReadToEndAsync(Ct);
            await process.WaitForExitAsync(Ct);
            Assert.True(process.ExitCode == 0, "pdftoppm failed: " + error);

            var inks = new List<double>();
            foreach (var png in Directory.GetFiles(folder, "page*.png").Order(StringComparer.Ordinal))
            {
                using var bitmap = SKBitmap.Decode(png);
                Assert.NotNull(bitmap);
                long dark = 0;
                for (var y = 0; y < bitmap.Height; y++)
                {
                    for (var x = 0; x < bitmap.Width; x++)
                    {
                        var c = bitmap.GetPixel(x, y);
                        dark += c.Red < 240 || c.Green < 240 || c.Blue < 240 ? 1 : 0;
                    }
                }

                inks.Add((double)dark / (bitmap.Width * bitmap.Height));
            }

            return inks;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
