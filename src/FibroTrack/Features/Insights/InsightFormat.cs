using System.Globalization;

namespace FibroTrack.Features.Insights;

/// <summary>Numbers, dates and short phrases of the insights pages, written the same way everywhere.</summary>
public static class InsightFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"3 Mar 2026": unambiguous in every locale.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", Invariant);

    public static string ShortDate(DateOnly date) => date.ToString("d MMM", Invariant);

    /// <summary>The check-in page of a date.</summary>
    public static string CheckInUrl(DateOnly date) => "/checkin/" + date.ToString("yyyy-MM-dd", Invariant);

    public static string DaysUrl(string outcome, string exposure, int lag) =>
        $"/insights/days?outcome={Uri.EscapeDataString(outcome)}&exposure={Uri.EscapeDataString(exposure)}&lag={lag.ToString(Invariant)}";

    /// <summary>A number with a sign ("+0.81", "−0.30"), two decimals (three for small values) unless a format is given; never "−0.00".</summary>
    public static string WithSign(double value, string? format = null)
    {
        format ??= Math.Abs(value) >= 0.1 || value == 0 ? "0.00" : "0.000";
        var text = Math.Abs(value).ToString(format, Invariant);
        return double.Parse(text, Invariant) == 0 ? text : (value < 0 ? "−" : "+") + text;
    }

    public static string Number(double? value, string format = "0.0") =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, Invariant) : "–";

    /// <summary>"+0.81 (95% interval +0.41 to +1.21)".</summary>
    public static string WithInterval(double estimate, double lower, double upper, string? format = null) =>
        $"{WithSign(estimate, format)} (95% interval {WithSign(lower, format)} to {WithSign(upper, format)})";

    /// <summary>A probability as a percentage, with the extremes said as "under 1%" and "over 99%".</summary>
    public static string Chance(double p) => p switch
    {
        < 0.005 => "under 1%",
        > 0.995 => "over 99%",
        _ => (100 * p).ToString("0", Invariant) + "%",
    };

    public static string Q(double q) => q < 0.001 ? "under 0.001" : q.ToString("0.000", Invariant);

    public static string Days(int n) => n == 1 ? "1 day" : n.ToString(Invariant) + " days";

    /// <summary>"12 days", "1 questionnaire": <paramref name="unit"/> is the plural.</summary>
    public static string Count(int n, string unit) => n == 1 ? "1 " + unit.TrimEnd('s') : n.ToString(Invariant) + " " + unit;

    public static string LagText(int lag) => lag switch
    {
        1 => "the next day",
        _ => $"{lag.ToString(Invariant)} days later",
    };

    public static string Capitalise(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Which way a level change went, judged by its interval: only a change whose interval leaves out 0 is called a fall or a rise.</summary>
    public static string Direction(EffectDto effect) =>
        effect.Upper < 0 ? "fell" : effect.Lower > 0 ? "rose" : "no clear change";

    /// <summary>A CSS class for <see cref="Direction"/>.</summary>
    public static string DirectionClass(EffectDto effect) =>
        effect.Upper < 0 ? "verdict-fell" : effect.Lower > 0 ? "verdict-rose" : "verdict-unclear";
}
