using System.Globalization;
using System.Text.Json;

namespace FibroTrack.Statistics.Tests.Numerics;

/// <summary>
/// Reads the golden files under <c>Reference/</c> that the scripts in <c>bench/reference/</c> write
/// (see <c>Reference/README.md</c>); they are copied next to the test assembly.
/// </summary>
internal static class ReferenceFiles
{
    public static string PathOf(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Reference", .. parts]);

    /// <summary>A CSV of numbers with a header row, as named columns; "NaN" reads as NaN.</summary>
    public static Dictionary<string, double[]> ReadCsv(params string[] parts)
    {
        var lines = File.ReadAllLines(PathOf(parts)).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',');
        var columns = header.Select(_ => new double[lines.Length - 1]).ToArray();
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            for (var j = 0; j < header.Length; j++)
            {
                columns[j][i - 1] = double.Parse(cells[j], NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        return header.Select((h, j) => (h, j)).ToDictionary(p => p.h, p => columns[p.j], StringComparer.Ordinal);
    }

    public static JsonElement ReadJson(params string[] parts)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(PathOf(parts)));
        return document.RootElement.Clone();
    }

    /// <summary>A JSON array of numbers, null reading as NaN.</summary>
    public static double[] Doubles(this JsonElement array) =>
        [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble())];
}

/// <summary>Comparisons to golden values.</summary>
internal static class Close
{
    /// <summary>|actual − expected| ≤ tolerance·max(1, |expected|): absolute near zero, relative for large values.</summary>
    public static void Equal(double expected, double actual, double tolerance, string? what = null)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: expected NaN, got {actual}");
            return;
        }

        var diff = Math.Abs(actual - expected);
        Assert.True(
            diff <= tolerance * Math.Max(1, Math.Abs(expected)),
            $"{what}: expected {expected:R}, got {actual:R} (difference {diff:E2}, tolerance {tolerance:E0})");
    }

    public static void All(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance, string? what = null)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Equal(expected[i], actual[i], tolerance, $"{what}[{i}]");
        }
    }

    /// <summary>Largest scaled difference, for reporting.</summary>
    public static double MaxDifference(IReadOnlyList<double> expected, IReadOnlyList<double> actual) =>
        expected.Zip(actual).Where(p => !double.IsNaN(p.First)).Select(p => Math.Abs(p.First - p.Second)).DefaultIfEmpty(0).Max();
}
