using System.Collections.Immutable;
using System.Globalization;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Statistics.MultipleTesting;
using FibroTrack.Statistics.Numerics;

namespace FibroTrack.Statistics.Associations;

/// <summary>
/// Runs the ADL model (<see cref="AdlModel"/>) for every outcome × exposure pair of one person and adjusts the
/// whole family (outcomes × exposures × lags 1–3) with Benjamini–Hochberg in one go (STATS.md §1, "Multiple testing").
/// </summary>
/// <remarks>
/// <para>Each estimated pair contributes its three lag p-values to the family; pairs with too little data or no
/// variation contribute none (they were never tested). A pair's headline is its lag with the smallest q; it is a
/// headline finding at q ≤ 0.05 and an exploratory one (labelled) at q ≤ 0.10. Every finding says "association, not
/// proven cause". Same-day co-occurrence is not analysed here: it cannot tell which way the link runs.</para>
/// <para>What this cannot fix (STATS.md §1): when a person acts on how they truly feel and the 0–10 rating is a noisy
/// read of it, every observational method gave 16–69% false positives; a randomized self-experiment is the honest
/// tool for anything the person can switch on and off.</para>
/// </remarks>
public static class AssociationScan
{
    /// <summary>pain, fatigue, fibro fog, sleep quality, low mood and the WPI count.</summary>
    public static IReadOnlyList<string> DefaultOutcomes { get; } =
    [
        BuiltInVariables.Pain,
        BuiltInVariables.Fatigue,
        BuiltInVariables.FibroFog,
        BuiltInVariables.SleepQuality,
        BuiltInVariables.LowMood,
        MatrixCodes.WpiCount,
    ];

    /// <summary>
    /// The matrix's exposure and treatment columns: diet flags, activity load, sleep hours, screens, stress,
    /// meditation, medications taken and custom exposures (category options as 0/1 columns). Left out: the per-type
    /// activity minutes and the total minutes (the load summarises them), and clock times such as bedtime, whose
    /// minutes-after-midnight scale wraps at midnight so a straight-line effect means nothing. Columns the person never
    /// recorded are left out too: they are not something this person tracks.
    /// </summary>
    public static IReadOnlyList<string> DefaultExposures(DailyMatrix matrix, VariableVocabulary? vocabulary = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        vocabulary ??= VariableVocabulary.BuiltIn;
        return
        [
            .. matrix.Columns
                .Where(c => c.Kind is VariableKind.Exposure or VariableKind.Treatment)
                .Where(c => c.Code != MatrixCodes.ActivityMinutes && ActivityTypes.Find(c.VariableCode) is null)
                .Where(c => vocabulary.Find(c.VariableCode)?.Type != VariableType.TimeOfDay)
                .Where(c => Series.CountPresent(matrix.Column(c.Code)) > 0)
                .Select(c => c.Code),
        ];
    }

    /// <summary>Outcome code of flare onset in findings.</summary>
    public const string FlareOnsetCode = "flare.onset";

    /// <summary>Scans every outcome × exposure pair.</summary>
    /// <param name="outcomes">Outcome column codes; <see cref="DefaultOutcomes"/> present in the matrix when null.</param>
    /// <param name="exposures">Exposure column codes; <see cref="DefaultExposures"/> when null.</param>
    /// <param name="flares">The person's flares: when given (and evaluated), flare onset joins the outcomes through the
    /// logistic ADL (<see cref="FlareOnsetModel"/>), in the same Benjamini–Hochberg family.</param>
    public static AssociationScanResult Run(
        DailyMatrix matrix,
        IReadOnlyList<string>? outcomes = null,
        IReadOnlyList<string>? exposures = null,
        AssociationOptions? options = null,
        Flares.FlareAnalysis? flares = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        options ??= AssociationOptions.Default;
        options.Validate();
        var vocabulary = options.Vocabulary ?? VariableVocabulary.BuiltIn;
        outcomes ??= [.. DefaultOutcomes.Where(matrix.HasColumn)];
        exposures ??= DefaultExposures(matrix, vocabulary);
        foreach (var code in outcomes.Concat(exposures))
        {
            Preconditions.CheckArgument(matrix.HasColumn(code), nameof(matrix), $"The matrix has no column '{code}'.");
        }

        var fits = new List<(string Outcome, string Exposure, AdlFit Fit)>(outcomes.Count * exposures.Count);
        foreach (var outcome in outcomes)
        {
            foreach (var exposure in exposures)
            {
                if (!string.Equals(outcome, exposure, StringComparison.Ordinal))
                {
                    fits.Add((outcome, exposure, AdlModel.Fit(matrix, outcome, exposure, options)));
                }
            }
        }

        var onsetFits = new List<(string Exposure, FlareOnsetFit Fit)>();
        if (flares is { Evaluated: true })
        {
            var onset = FlareOnsetSeries.Build(flares);
            foreach (var exposure in exposures)
            {
                onsetFits.Add((exposure, FlareOnsetModel.Fit(onset, flares.Composite.AsSpan(), matrix.Column(exposure), options, matrix.Start)));
            }
        }

        // One Benjamini–Hochberg adjustment over every lag test of the person's analysis, flare onset included.
        var family = new List<double>();
        foreach (var (_, _, fit) in fits)
        {
            foreach (var lag in fit.Lags)
            {
                family.Add(lag.P);
            }
        }

        foreach (var (_, fit) in onsetFits)
        {
            foreach (var lag in fit.Lags)
            {
                family.Add(lag.P);
            }
        }

        var q = BenjaminiHochberg.Adjust(family);
        var next = 0;
        var pairs = ImmutableArray.CreateBuilder<PairAssociation>(fits.Count);
        var findings = new List<AssociationFinding>();
        foreach (var (outcomeCode, exposureCode, unadjusted) in fits)
        {
            var fit = unadjusted;
            if (fit.Lags.Length > 0)
            {
                var start = next;
                fit = fit with { Lags = [.. fit.Lags.Select((l, i) => l with { Q = q[start + i] })] };
                next += fit.Lags.Length;
            }

            var outcomeLabel = Label(matrix, outcomeCode);
            var exposureLabel = Label(matrix, exposureCode);
            pairs.Add(Describe(matrix, vocabulary, options, outcomeCode, outcomeLabel, exposureCode, exposureLabel, fit, findings));
        }

        var onsetPairs = ImmutableArray.CreateBuilder<FlareOnsetPair>(onsetFits.Count);
        foreach (var (exposureCode, unadjusted) in onsetFits)
        {
            var fit = unadjusted;
            if (fit.Lags.Length > 0)
            {
                var start = next;
                fit = fit with { Lags = [.. fit.Lags.Select((l, i) => l with { Q = q[start + i] })] };
                next += fit.Lags.Length;
            }

            onsetPairs.Add(DescribeOnset(exposureCode, Label(matrix, exposureCode), fit, options, findings));
        }

        findings.Sort((a, b) => a.Q != b.Q ? a.Q.CompareTo(b.Q) : a.P.CompareTo(b.P));
        var completeness = ImmutableArray.CreateRange(outcomes.Select(o => Completeness(matrix, o)));
        return new AssociationScanResult(
            pairs.MoveToImmutable(),
            [.. findings],
            family.Count,
            completeness,
            [.. completeness.SelectMany(c => Warnings(c, Label(matrix, c.OutcomeCode), options))])
        {
            FlareOnsets = onsetPairs.MoveToImmutable(),
        };
    }

    private static FlareOnsetPair DescribeOnset(
        string exposureCode, string exposureLabel, FlareOnsetFit fit, AssociationOptions options, List<AssociationFinding> findings)
    {
        if (fit.Status != FlareOnsetStatus.Estimated || fit.Lags.Length == 0)
        {
            var text = fit.Status == FlareOnsetStatus.NotEnoughData
                ? FlareOnsetModel.NotEnoughDataMessage(fit, exposureLabel)
                : string.Create(CultureInfo.InvariantCulture, $"Flare onset and {exposureLabel}: no estimate ({fit.Status}).");
            return new FlareOnsetPair(exposureCode, exposureLabel, fit, null, FindingLevel.None, text);
        }

        var headline = fit.Lags.OrderBy(l => l.Q).ThenBy(l => l.P).ThenBy(l => l.Lag).First();
        var level = headline.Q <= options.HeadlineQ ? FindingLevel.Headline
            : headline.Q <= options.ExploratoryQ ? FindingLevel.Exploratory
            : FindingLevel.None;
        if (level == FindingLevel.None)
        {
            return new FlareOnsetPair(exposureCode, exposureLabel, fit, headline, level,
                string.Create(CultureInfo.InvariantCulture, $"No clear link between {exposureLabel} and flares beginning (smallest q = {headline.Q:0.00})."));
        }

        var sentence = FlareOnsetModel.Describe(headline, exposureLabel, fit.ExposureIsBinary);
        var body = sentence[..^AssociationText.NotProvenCause.Length].TrimEnd();
        var prefix = level == FindingLevel.Exploratory ? "Exploratory: " : string.Empty;
        var described = string.Create(CultureInfo.InvariantCulture,
            $"{prefix}{body} Based on {fit.UsableDays} days with {fit.Onsets} flare onsets; q = {headline.Q:0.000}. {AssociationText.NotProvenCause}");
        var or = FlareOnsetModel.ToOddsRatio(headline);
        findings.Add(new AssociationFinding(
            FlareOnsetCode, "Flare onset", exposureCode, exposureLabel, level, headline.Lag, or.Ratio, or.Lower, or.Upper,
            headline.P, headline.Q, fit.UsableDays, headline.DaysWith, headline.DaysWithout, described)
        {
            Scale = EffectScale.OddsRatio,
        });
        return new FlareOnsetPair(exposureCode, exposureLabel, fit, headline, level, described);
    }

    private static PairAssociation Describe(
        DailyMatrix matrix, VariableVocabulary vocabulary, AssociationOptions options,
        string outcomeCode, string outcomeLabel, string exposureCode, string exposureLabel, AdlFit fit, List<AssociationFinding> findings)
    {
        switch (fit.Status)
        {
            case AdlStatus.NotEnoughData:
                return new(outcomeCode, outcomeLabel, exposureCode, exposureLabel, fit, null, FindingLevel.None,
                    AssociationText.NotEnoughData(outcomeLabel, exposureLabel, fit));
            case AdlStatus.NoVariation:
                return new(outcomeCode, outcomeLabel, exposureCode, exposureLabel, fit, null, FindingLevel.None,
                    AssociationText.NoVariation(outcomeLabel, exposureLabel, fit));
        }

        var headline = fit.Lags
            .OrderBy(l => l.Q)
            .ThenBy(l => l.P)
            .ThenBy(l => l.Lag)
            .First();
        var level = headline.Q <= options.HeadlineQ ? FindingLevel.Headline
            : headline.Q <= options.ExploratoryQ ? FindingLevel.Exploratory
            : FindingLevel.None;
        if (level == FindingLevel.None)
        {
            return new(outcomeCode, outcomeLabel, exposureCode, exposureLabel, fit, headline, level,
                AssociationText.NoFinding(outcomeLabel, exposureLabel, headline));
        }

        var definition = vocabulary.Find(matrix.Columns[matrix.IndexOf(exposureCode)].VariableCode);
        var text = AssociationText.Finding(level, outcomeLabel, outcomeCode, exposureLabel, exposureCode, definition, fit, headline, options.ConfidenceLevel);
        findings.Add(new AssociationFinding(
            outcomeCode, outcomeLabel, exposureCode, exposureLabel, level, headline.Lag, headline.Estimate, headline.Lower, headline.Upper,
            headline.P, headline.Q, fit.UsableDays, headline.DaysWith, headline.DaysWithout, text));
        return new(outcomeCode, outcomeLabel, exposureCode, exposureLabel, fit, headline, level, text);
    }

    private static string Label(DailyMatrix matrix, string code) => matrix.Columns[matrix.IndexOf(code)].Label;

    /// <summary>
    /// Completion over the days from the first to the last diary entry, and the mean rating on rated days next to an
    /// unrated day against the rest (a simple check of "missing days sit next to bad days"; STATS.md §1).
    /// </summary>
    private static OutcomeCompleteness Completeness(DailyMatrix matrix, string outcomeCode)
    {
        var first = -1;
        var last = -1;
        for (var d = 0; d < matrix.DayCount; d++)
        {
            if (matrix.IsRecorded(d))
            {
                first = first < 0 ? d : first;
                last = d;
            }
        }

        if (first < 0)
        {
            return new OutcomeCompleteness(outcomeCode, 0, 0, double.NaN, double.NaN, 0);
        }

        var y = matrix.Column(outcomeCode);
        int rated = 0, nearCount = 0, otherCount = 0;
        double nearSum = 0, otherSum = 0;
        for (var d = first; d <= last; d++)
        {
            if (double.IsNaN(y[d]))
            {
                continue;
            }

            rated++;
            var nextToGap = (d > first && double.IsNaN(y[d - 1])) || (d < last && double.IsNaN(y[d + 1]));
            if (nextToGap)
            {
                nearSum += y[d];
                nearCount++;
            }
            else
            {
                otherSum += y[d];
                otherCount++;
            }
        }

        return new OutcomeCompleteness(
            outcomeCode,
            last - first + 1,
            rated,
            nearCount > 0 ? nearSum / nearCount : double.NaN,
            otherCount > 0 ? otherSum / otherCount : double.NaN,
            nearCount);
    }

    /// <summary>
    /// Low completion (below <see cref="AssociationOptions.MinCompletion"/>) and, as a heuristic of our own, ratings
    /// next to skipped days that differ from the rest by at least 0.5 points on ≥ 10 such days.
    /// </summary>
    private static IEnumerable<string> Warnings(OutcomeCompleteness c, string label, AssociationOptions options)
    {
        var name = AssociationText.Lower(label);
        if (c.CalendarDays > 0 && c.Completion < options.MinCompletion)
        {
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"Your {name} was rated on {c.Completion:P0} of days ({c.RatedDays} of {c.CalendarDays}): findings rest on fewer days and can be biased if the skipped days were different.");
        }

        if (c.DaysNextToGap >= 10 && Math.Abs(c.MeanNextToGap - c.MeanElsewhere) >= 0.5)
        {
            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"Your {name} on days next to skipped days averaged {c.MeanNextToGap:0.0} against {c.MeanElsewhere:0.0} on other days: the skipped days may not be random (for example, skipped on bad days).");
        }
    }
}
