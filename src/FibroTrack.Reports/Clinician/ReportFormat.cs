using System.Globalization;

namespace FibroTrack.Reports.Clinician;

/// <summary>How the report writes dates and numbers: one place, so tests can write the figures they look for the same way.</summary>
public static class ReportFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"3 Mar 2026": unambiguous in every locale.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", Invariant);

    public static string Period(DateOnly from, DateOnly to) => $"{Date(from)} to {Date(to)}";

    /// <summary>A score or value with at most one decimal ("43.5", "12").</summary>
    public static string Number(double value) => value.ToString("0.#", Invariant);

    /// <summary>A signed number ("+0.81", "−0.30"; two decimals, three below 0.1), never "−0.00".</summary>
    public static string WithSign(double value)
    {
        var format = Math.Abs(value) >= 0.1 || value == 0 ? "0.00" : "0.000";
        var text = Math.Abs(value).ToString(format, Invariant);
        return double.Parse(text, Invariant) == 0 ? text : (value < 0 ? "−" : "+") + text;
    }

    /// <summary>"+0.81 (95% interval +0.41 to +1.21)".</summary>
    public static string Interval(double estimate, double lower, double upper) =>
        $"{WithSign(estimate)} (95% interval {WithSign(lower)} to {WithSign(upper)})";

    /// <summary>An odds ratio and its interval, unsigned ("1.85 (95% interval 1.20 to 2.86)").</summary>
    public static string Ratio(double estimate, double lower, double upper) =>
        string.Create(Invariant, $"{estimate:0.00} (95% interval {lower:0.00} to {upper:0.00})");

    public static string Q(double q) => q < 0.001 ? "under 0.001" : q.ToString("0.000", Invariant);

    public static string Percent(double share) => (100 * share).ToString("0", Invariant) + "%";

    /// <summary>Change between two totals, signed ("−6", "+2.5", "no change").</summary>
    public static string Change(double latest, double previous)
    {
        var delta = Math.Round(latest - previous, 1);
        return delta == 0 ? "no change" : (delta < 0 ? "−" : "+") + Number(Math.Abs(delta));
    }
}
