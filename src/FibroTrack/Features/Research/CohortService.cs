using FibroTrack.Core.Clinical;
using FibroTrack.Core.Instruments;
using FibroTrack.Core.Labs;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Statistics.Groups;
using FibroTrack.Statistics.MixedModels;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Research;

/// <summary>
/// The researcher's view of the cohort, computed on demand from <see cref="ConsentingCohort"/> at every request (never
/// cached, so a withdrawal counts at once) and released only through <see cref="KAnonymity"/>.
/// </summary>
public sealed class CohortService(ConsentingCohort cohort, TimeProvider clock)
{
    /// <summary>Days of pain, up to and including the specimen date, averaged as the severity that goes with a lab result.</summary>
    public const int PainWindowDays = 7;

    /// <summary>Recorded days needed in that window for a mean.</summary>
    public const int PainWindowMinimumDays = 4;

    /// <summary>The onset comparison uses mean pain over the last 90 days, with at least 14 recorded days.</summary>
    public const int RecentPainDays = 90;

    public const int RecentPainMinimumDays = 14;

    /// <summary>CRP at or above 10 mg/L suggests an acute process rather than a person's usual level (STATS.md §5).</summary>
    public const double AcuteCrpMgPerL = 10;

    private static readonly (string Marker, string Label, string[] Codes)[] Markers =
    [
        ("crp", "C-reactive protein (CRP or hs-CRP, log mg/L)", [Analytes.Crp, Analytes.HsCrp]),
        ("il6", "Interleukin-6 (IL-6, log pg/mL)", [Analytes.Il6]),
    ];

    public async Task<CohortReport> ReportAsync(CancellationToken ct = default)
    {
        var owners = await cohort.OwnerIdsAsync(ct);
        if (!KAnonymity.IsShown(owners.Count))
        {
            return new CohortReport(KAnonymity.MinimumPeople, null, "Fewer than 10 people take part in research, so nothing is shown.", [], [], [], ResearchText.AssociationCaveat);
        }

        var scores = await LatestScoresAsync(ct);
        var distributions = new[] { CohortHistograms.Wpi, CohortHistograms.Sss, CohortHistograms.FiqrTotal }
            .Select(m => CohortHistograms.Summarise(m, [.. scores.Where(s => s.Code == m.Code).Select(s => s.Value)]))
            .ToList();

        var markers = new List<MarkerAssociation>();
        foreach (var (marker, label, codes) in Markers)
        {
            markers.Add(await MarkerAsync(marker, label, codes, ct));
        }

        var fiqr = scores.Where(s => s.Code == CohortHistograms.FiqrTotal.Code).ToDictionary(s => s.OwnerId, s => s.Value, StringComparer.Ordinal);
        var recentPain = await RecentPainAsync(ct);
        var triggers = await cohort.Profiles().Where(p => p.OnsetTrigger != null).Select(p => new { p.OwnerId, p.OnsetTrigger }).ToListAsync(ct);
        var postInfection = triggers.Where(t => InfectionTypes.Find(t.OnsetTrigger) is not null).Select(t => t.OwnerId).ToHashSet(StringComparer.Ordinal);
        var otherOnset = triggers.Where(t => InfectionTypes.Find(t.OnsetTrigger) is null && t.OnsetTrigger != "unknown").Select(t => t.OwnerId).ToHashSet(StringComparer.Ordinal);
        List<OnsetComparison> onset =
        [
            CompareOnset($"Mean daily pain over the last {RecentPainDays} days (0–10, at least {RecentPainMinimumDays} days recorded)", recentPain, postInfection, otherOnset),
            CompareOnset("Latest FIQR total (0–100)", fiqr, postInfection, otherOnset),
        ];

        return new CohortReport(KAnonymity.MinimumPeople, owners.Count, null, distributions, markers, onset, ResearchText.AssociationCaveat);
    }

    private sealed record Score(string OwnerId, string Code, double Value);

    /// <summary>Each person's latest WPI, SSS (from ACR 2016 responses) and FIQR total, as stored with the response.</summary>
    private async Task<List<Score>> LatestScoresAsync(CancellationToken ct)
    {
        string[] acrCodes = [CohortHistograms.Wpi.Code, CohortHistograms.Sss.Code];
        var acr = await cohort.Observations()
            .Where(o => o.InstrumentResponseId != null && acrCodes.Contains(o.Code) && o.Value != null)
            .Select(o => new { o.OwnerId, o.Code, o.Date, Value = o.Value!.Value })
            .ToListAsync(ct);
        var fiqr = await cohort.InstrumentResponses()
            .Where(r => r.InstrumentId == Fiqr.Id && r.Total != null)
            .Select(r => new { r.OwnerId, Code = CohortHistograms.FiqrTotal.Code, r.Date, Value = r.Total!.Value })
            .ToListAsync(ct);
        return [.. acr.Concat(fiqr)
            .GroupBy(s => (s.OwnerId, s.Code))
            .Select(g => g.MaxBy(s => s.Date)!)
            .Select(s => new Score(s.OwnerId, s.Code, s.Value))];
    }

    /// <summary>
    /// Pain on one log marker: each lab result is paired with the mean pain of the 7 days up to its specimen date, and
    /// the within/between random-intercept model separates "higher than the person's usual" from "higher than others".
    /// </summary>
    private async Task<MarkerAssociation> MarkerAsync(string marker, string label, string[] codes, CancellationToken ct)
    {
        const string Outcome = "Mean daily pain (0–10) over the 7 days up to the specimen date";
        var labs = await cohort.LabResults()
            .Where(l => codes.Contains(l.AnalyteCode) && l.CanonicalValue != null)
            .Select(l => new { l.OwnerId, l.SpecimenDate, Value = l.CanonicalValue!.Value })
            .ToListAsync(ct);
        var acute = marker == "crp" ? labs.Count(l => l.Value >= AcuteCrpMgPerL) : 0;
        labs = [.. labs.Where(l => l.Value > 0 && (marker != "crp" || l.Value < AcuteCrpMgPerL))];
        if (labs.Count == 0)
        {
            return new MarkerAssociation(marker, label, Outcome, null, null, null, null, null, KAnonymity.Count(acute), "Fewer than 10 people have a result with pain recorded around it.");
        }

        var labOwners = labs.Select(l => l.OwnerId).Distinct().ToList();
        var from = labs.Min(l => l.SpecimenDate).AddDays(1 - PainWindowDays);
        var to = labs.Max(l => l.SpecimenDate);
        var pain = (await cohort.Observations()
                .Where(o => o.DiaryEntryId != null && o.Code == BuiltInVariables.Pain && o.Value != null && o.Date >= from && o.Date <= to && labOwners.Contains(o.OwnerId))
                .Select(o => new { o.OwnerId, o.Date, Value = o.Value!.Value })
                .ToListAsync(ct))
            .ToLookup(o => o.OwnerId, StringComparer.Ordinal);

        var persons = new List<int>();
        var x = new List<double>();
        var y = new List<double>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var lab in labs)
        {
            var window = pain[lab.OwnerId].Where(p => p.Date > lab.SpecimenDate.AddDays(-PainWindowDays) && p.Date <= lab.SpecimenDate).ToList();
            if (window.Count < PainWindowMinimumDays)
            {
                continue;
            }

            if (!numbers.TryGetValue(lab.OwnerId, out var number))
            {
                number = numbers.Count;
                numbers[lab.OwnerId] = number;
            }

            persons.Add(number);
            x.Add(Math.Log(lab.Value));
            y.Add(window.Average(p => p.Value));
        }

        if (!KAnonymity.IsShown(numbers.Count))
        {
            return new MarkerAssociation(marker, label, Outcome, null, null, null, null, null, KAnonymity.Count(acute), "Fewer than 10 people have a result with pain recorded around it.");
        }

        try
        {
            var fit = WithinBetweenModel.Fit(persons, x, y);
            return new MarkerAssociation(
                marker, label, Outcome, numbers.Count, y.Count, ToEstimate(fit.Within), ToEstimate(fit.Between),
                fit.Model.IntraclassCorrelation, KAnonymity.Count(acute),
                "Within: pain when a person's marker is higher than their own usual level, per unit of log marker (about 2.7-fold). " +
                "Between: pain in people whose usual marker level is higher than others'. Random intercept per person, REML.");
        }
        catch (ArgumentException e)
        {
            // Too few repeat results, or no variation within people: say so rather than show a number.
            return new MarkerAssociation(marker, label, Outcome, numbers.Count, y.Count, null, null, null, KAnonymity.Count(acute), "The model could not be estimated: " + e.Message);
        }
    }

    private async Task<Dictionary<string, double>> RecentPainAsync(CancellationToken ct)
    {
        var since = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1 - RecentPainDays);
        var rows = await cohort.Observations()
            .Where(o => o.DiaryEntryId != null && o.Code == BuiltInVariables.Pain && o.Value != null && o.Date >= since)
            .GroupBy(o => o.OwnerId)
            .Select(g => new { OwnerId = g.Key, Days = g.Count(), Mean = g.Average(o => o.Value!.Value) })
            .ToListAsync(ct);
        return rows.Where(r => r.Days >= RecentPainMinimumDays).ToDictionary(r => r.OwnerId, r => r.Mean, StringComparer.Ordinal);
    }

    private static OnsetComparison CompareOnset(string outcome, Dictionary<string, double> values, HashSet<string> postInfection, HashSet<string> other)
    {
        double[] a = [.. values.Where(v => postInfection.Contains(v.Key)).Select(v => v.Value)];
        double[] b = [.. values.Where(v => other.Contains(v.Key)).Select(v => v.Value)];
        var first = Summary("Onset after an infection", a);
        var second = Summary("Other known onsets", b);
        if (!KAnonymity.IsShown(a.Length) || !KAnonymity.IsShown(b.Length))
        {
            return new OnsetComparison(outcome, first, second, null, "Both groups need at least 10 people before they are compared.");
        }

        try
        {
            var welch = WelchTTest.Compare(a, b);
            return new OnsetComparison(
                outcome, first, second,
                new Estimate(welch.Difference, welch.StandardError, welch.Lower, welch.Upper, welch.P, welch.DegreesOfFreedom),
                "Difference of means (after an infection − other onsets), Welch's t-test. Onset is as each person recalls it.");
        }
        catch (ArgumentException e)
        {
            return new OnsetComparison(outcome, first, second, null, "The groups could not be compared: " + e.Message);
        }
    }

    private static GroupSummary Summary(string label, double[] values)
    {
        if (!KAnonymity.IsShown(values.Length))
        {
            return new GroupSummary(label, null, null, null);
        }

        var (mean, variance) = WelchTTest.MeanAndVariance(values);
        return new GroupSummary(label, values.Length, mean, Math.Sqrt(variance));
    }

    private static Estimate ToEstimate(MixedCoefficient c) => new(c.Estimate, c.StandardError, c.Lower, c.Upper, c.P, c.DegreesOfFreedom);
}
