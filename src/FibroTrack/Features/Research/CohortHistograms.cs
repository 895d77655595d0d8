using System.Globalization;
using FibroTrack.Core.Instruments;

namespace FibroTrack.Features.Research;

/// <summary>The bins of each score's histogram: few and wide, so more bins reach 10 people.</summary>
internal static class CohortHistograms
{
    public sealed record Measure(string Code, string Label, string Source, IReadOnlyList<(double From, double To)> Bins);

    /// <summary>WPI 0–19 in bands of four areas; SSS 0–12 in bands of three points (the top band four).</summary>
    public static readonly Measure Wpi = new(
        $"{Acr2016.Id}.{Acr2016.WpiKey}",
        "Widespread Pain Index (ACR 2016, 0–19)",
        "latest ACR 2016 questionnaire",
        [(0, 3), (4, 7), (8, 11), (12, 15), (16, 19)]);

    public static readonly Measure Sss = new(
        $"{Acr2016.Id}.{Acr2016.SssKey}",
        "Symptom Severity Scale (ACR 2016, 0–12)",
        "latest ACR 2016 questionnaire",
        [(0, 2), (3, 5), (6, 8), (9, 12)]);

    /// <summary>FIQR totals are multiples of 1/6 after weighting, so the bands are half-open except the last.</summary>
    public static readonly Measure FiqrTotal = new(
        $"{Fiqr.Id}.total",
        "Revised Fibromyalgia Impact Questionnaire total (FIQR, 0–100)",
        "latest FIQR",
        [(0, 20), (20, 40), (40, 60), (60, 80), (80, 100)]);

    public static ScoreDistribution Summarise(Measure measure, IReadOnlyCollection<double> latestPerPerson)
    {
        var shown = KAnonymity.IsShown(latestPerPerson.Count);
        var counts = new int[measure.Bins.Count];
        foreach (var value in latestPerPerson)
        {
            counts[BinOf(measure, value)]++;
        }

        var suppressed = shown ? KAnonymity.SuppressBins(counts) : new int?[counts.Length];
        var bins = measure.Bins.Select((b, i) => new HistogramBin(Label(measure, i), b.From, b.To, suppressed[i])).ToList();
        return new ScoreDistribution(
            measure.Code,
            measure.Label,
            measure.Source,
            KAnonymity.Count(latestPerPerson.Count),
            shown ? Math.Round(latestPerPerson.Average(), 1) : null,
            bins);
    }

    private static int BinOf(Measure measure, double value)
    {
        for (var i = 0; i < measure.Bins.Count - 1; i++)
        {
            // Integer scales use closed bins (0–3, 4–7); FIQR uses [from, to) with the top bin closed.
            var (from, to) = measure.Bins[i];
            var next = measure.Bins[i + 1].From;
            if (value < (next > to ? next : to))
            {
                return i;
            }
        }

        return measure.Bins.Count - 1;
    }

    private static string Label(Measure measure, int i)
    {
        var (from, to) = measure.Bins[i];
        var last = i == measure.Bins.Count - 1;
        var halfOpen = !last && measure.Bins[i + 1].From == to;
        return halfOpen
            ? string.Create(CultureInfo.InvariantCulture, $"{from:0} to under {to:0}")
            : string.Create(CultureInfo.InvariantCulture, $"{from:0}–{to:0}");
    }
}
