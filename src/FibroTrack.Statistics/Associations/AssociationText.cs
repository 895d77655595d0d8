using System.Globalization;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Statistics.Associations;

/// <summary>The words the person reads for a pair (STATS.md §1: effect in the outcome's units with a 95% interval, the
/// days behind it, the q-value and "association, not proven cause").</summary>
internal static class AssociationText
{
    public const string NotProvenCause = "Association, not proven cause.";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Finding(
        FindingLevel level, string outcomeLabel, string outcomeCode, string exposureLabel, string exposureCode, VariableDefinition? exposure,
        AdlFit fit, LagEffect lag, double confidenceLevel)
    {
        var outcome = Lower(outcomeLabel);
        var (one, many) = OutcomeUnits(outcomeCode);
        var step = ExposureStep(exposureCode, exposure);
        var effect = lag.Estimate * step.Amount;
        var lo = lag.Lower * step.Amount;
        var hi = lag.Upper * step.Amount;
        var size = Number(Math.Abs(effect));
        var unit = Math.Abs(effect) == 1 ? one : many;
        var direction = effect >= 0 ? "higher" : "lower";
        var interval = $"{confidenceLevel * 100:0}% interval {Signed(lo)} to {Signed(hi)}";
        // Each β_l holds the outcome's own lags, the exposure's other lags and the trend fixed: say so, because a lag-2
        // or lag-3 coefficient is not "the effect two days later" on its own.
        var before = fit.ArOrder == 1 ? "the day before" : $"on the {fit.ArOrder} days before";
        var held = $"taking into account your {outcome} {before}, {exposureLabel} on the other days and your long-run trend";

        string sentence;
        string days;
        if (fit.ExposureIsBinary)
        {
            sentence = $"{LagPhrase(lag.Lag)} {exposureLabel}, your {outcome} was {size} {unit} {direction} ({interval}), {held}.";
            days = $"Based on {fit.UsableDays} days ({lag.DaysWith} {LagShort(lag.Lag)} {exposureLabel}, {lag.DaysWithout} without)";
        }
        else
        {
            sentence = $"For each extra {step.Label} of {exposureLabel}, your {outcome} {LagLater(lag.Lag)} was {size} {unit} {direction} ({interval}), {held}.";
            days = $"Based on {fit.UsableDays} days";
        }

        var prefix = level == FindingLevel.Exploratory ? "Exploratory: " : string.Empty;
        return $"{prefix}{sentence} {days}; q = {Q(lag.Q)}. {NotProvenCause}";
    }

    public static string NoFinding(string outcomeLabel, string exposureLabel, LagEffect headline) =>
        $"No clear link between {exposureLabel} and your {Lower(outcomeLabel)} on the following days (smallest q = {Q(headline.Q)}).";

    public static string NotEnoughData(string outcomeLabel, string exposureLabel, AdlFit fit)
    {
        var outcome = Lower(outcomeLabel);
        if (fit.MoreRatedDaysNeeded > 0)
        {
            return $"Not enough data yet: need {fit.MoreRatedDaysNeeded} more {DayWord(fit.MoreRatedDaysNeeded)} with a rating of your {outcome}.";
        }

        if (fit.MoreDaysWithNeeded > 0 || fit.MoreDaysWithoutNeeded > 0)
        {
            var need = (fit.MoreDaysWithNeeded, fit.MoreDaysWithoutNeeded) switch
            {
                ( > 0, > 0) => $"{fit.MoreDaysWithNeeded} more {DayWord(fit.MoreDaysWithNeeded)} with {exposureLabel} and {fit.MoreDaysWithoutNeeded} more without",
                ( > 0, _) => $"{fit.MoreDaysWithNeeded} more {DayWord(fit.MoreDaysWithNeeded)} with {exposureLabel}",
                _ => $"{fit.MoreDaysWithoutNeeded} more {DayWord(fit.MoreDaysWithoutNeeded)} without {exposureLabel}",
            };
            return $"Not enough data yet: need {need}, each followed by a day with your {outcome} rated (and rated the day before).";
        }

        return $"Not enough data yet: need {fit.MoreUsableDaysNeeded} more {DayWord(fit.MoreUsableDaysNeeded)} with your {outcome} rated that day and the day before"
            + $" and {exposureLabel} recorded on each of the three days before.";
    }

    public static string NoVariation(string outcomeLabel, string exposureLabel, AdlFit fit) => fit.NoVariationIn switch
    {
        NoVariationIn.Outcome => $"No variation: your {Lower(outcomeLabel)} had the same value on every rated day, so nothing can be linked to it.",
        NoVariationIn.Design =>
            $"No variation: the days with and without {exposureLabel} cannot be told apart from the slow trend in your {Lower(outcomeLabel)}, so its link cannot be estimated.",
        _ => $"No variation: {exposureLabel} had the same value on every day analysed, so its link with your {Lower(outcomeLabel)} cannot be estimated.",
    };

    private static string LagPhrase(int lag) => lag switch
    {
        1 => "On days after",
        2 => "Two days after",
        _ => "Three days after",
    };

    private static string LagShort(int lag) => lag switch
    {
        1 => "the day after",
        2 => "two days after",
        _ => "three days after",
    };

    private static string LagLater(int lag) => lag switch
    {
        1 => "the next day",
        2 => "two days later",
        _ => "three days later",
    };

    private static (string One, string Many) OutcomeUnits(string code) =>
        code == MatrixCodes.WpiCount ? ("painful area", "painful areas") : ("point", "points");

    /// <summary>
    /// The amount of a continuous exposure a sentence speaks of, so effects read in everyday sizes: 30 minutes for
    /// minute variables, 30 load units for the activity load (minutes × 1/2/4 for light/moderate/vigorous), one hour,
    /// one point of a 0–10 scale, otherwise one unit.
    /// </summary>
    public static (double Amount, string Label) ExposureStep(string code, VariableDefinition? exposure) => code switch
    {
        MatrixCodes.ActivityLoad => (30, "30 units (light-minute equivalents)"),
        MatrixCodes.ActivityMinutes => (30, "30 minutes"),
        _ => exposure?.Unit switch
        {
            "min" => (30, "30 minutes"),
            "h" => (1, "hour"),
            "{score}" => (1, "point"),
            null => (1, "unit"),
            var unit => (1, unit),
        },
    };

    private static string DayWord(int n) => n == 1 ? "day" : "days";

    private static string Number(double v) => v.ToString("0.0#", Invariant);

    private static string Signed(double v) => (v >= 0 ? "+" : "−") + Math.Abs(v).ToString("0.0#", Invariant);

    private static string Q(double q) => q < 0.001 ? "< 0.001" : q.ToString("0.000", Invariant);

    /// <summary>"processed food" from "Processed food" in mid-sentence; labels starting with two capitals (acronyms) stay.</summary>
    internal static string Lower(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1])
            ? char.ToLower(label[0], Invariant) + label[1..]
            : label;
}
