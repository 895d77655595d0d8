using System.Globalization;
using FibroTrack.Statistics.Associations;

namespace FibroTrack.Statistics.Pacing;

/// <summary>The sentences the person reads. Associations only: "associated with", never advice, never "caused".</summary>
internal static class PacingText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Found(string label, int horizon, double breakpoint, HingeSlope above, int daysAbove, PacingOptions options)
    {
        var c = Load(breakpoint);
        var step = Load(options.LoadStep);
        var level = (options.ConfidenceLevel * 100).ToString("0", Invariant);
        return $"Days with more than {c} weighted activity minutes were associated with higher {label} {When(horizon)}: "
            + $"{Number(above.Estimate * options.LoadStep)} points more per extra {step} minutes above that "
            + $"({level}% interval {Number(above.Lower * options.LoadStep)} to {Number(above.Upper * options.LoadStep)}), "
            + $"taking into account your {label} the day before and your long-run trend. "
            + $"You went over {c} on {daysAbove} {DayWord(daysAbove)}. {AssociationText.NotProvenCause}";
    }

    public static string NotFound(string label, int horizon) =>
        $"No overexertion pattern found yet: your {label} {When(horizon)} did not rise clearly faster after heavier days than after lighter ones.";

    public static string NotEnoughRatings(string label, int more) =>
        $"Not enough data yet: need {more} more {DayWord(more)} with your {label} rated.";

    public static string NotEnoughRows(string label, int horizon, int more) =>
        $"Not enough data yet: need {more} more {DayWord(more)} with activity recorded, each followed {Followed(horizon)} by a day with your {label} rated (and rated the day before).";

    public static string NoVariation(string label, PacingNoVariationIn what) => what switch
    {
        PacingNoVariationIn.Outcome => $"No variation: your {label} had the same value on every rated day, so nothing can be linked to it.",
        PacingNoVariationIn.Load => $"No variation: your activity load was the same on every day analysed, so no activity envelope can be estimated for your {label}.",
        PacingNoVariationIn.Breakpoint => $"Too few different activity levels yet (most days had the same load) to look for an activity envelope for your {label}.",
        _ => $"No variation: your activity load cannot be told apart from the slow trend in your {label}, so no envelope can be estimated.",
    };

    private static string When(int horizon) => horizon == 1 ? "the next day" : "two days later";

    private static string Followed(int horizon) => horizon == 1 ? "the next day" : "two days later";

    private static string DayWord(int n) => n == 1 ? "day" : "days";

    private static string Load(double v) => v.ToString("0", Invariant);

    private static string Number(double v) => (v < 0 ? "−" : string.Empty) + Math.Abs(v).ToString("0.0#", Invariant);
}
