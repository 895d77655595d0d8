using System.Globalization;

namespace FibroTrack.Components.Forms;

/// <summary>Dates from HTML date inputs, which always post yyyy-MM-dd whatever the browser's language.</summary>
public static class FormDates
{
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
