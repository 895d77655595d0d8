using System.Globalization;

namespace FibroTrack.Components.Forms;

/// <summary>Reading posted form fields into what the core's validators take.</summary>
public static class FormValues
{
    /// <summary>Dates from HTML date inputs, which always post yyyy-MM-dd whatever the browser's language.</summary>
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>
    /// Empty is "not given"; anything else that is not a number becomes NaN, so the core refuses it
    /// against its field rather than treating it as missing.
    /// </summary>
    public static double? Number(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;

    /// <summary>Trimmed text, or null when only white space was posted.</summary>
    public static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
