using FibroTrack.Core.Demo;
using FibroTrack.Core.Matrix;
using FibroTrack.Statistics.Insights;

namespace FibroTrack.Tests.Infrastructure;

/// <summary>
/// The demo year the app-level tests seed: one whose planted effect (processed food → next-day pain) the insight
/// engine reports as a headline.
/// </summary>
/// <remarks>
/// The demo ends today, so its weekdays and season move with the calendar, and the planted effect sits near the
/// edge of detection (q ≈ 0.045 after correcting for ~380 tests): on about half of all dates the default seed's year
/// does not reach it. These tests check how the app shows and exports a finding, not the statistics (those are
/// tested on fixed years in FibroTrack.Statistics.Tests), so they take the first seed, from the default on, whose
/// year ending today has the headline. The choice is deterministic for a given date.
/// </remarks>
public static class DemoPerson
{
    private const int MaxSeedsTried = 60;

    public static DemoDataSet WithHeadline(DateOnly today)
    {
        foreach (var seed in new[] { DemoDiaryGenerator.DefaultSeed }.Concat(Enumerable.Range(1, MaxSeedsTried)))
        {
            var data = DemoDiaryGenerator.Generate(today, seed: seed);
            if (HasHeadline(data))
            {
                return data;
            }
        }

        throw new InvalidOperationException($"None of {MaxSeedsTried + 1} demo seeds gives the processed-food headline for a year ending {today:yyyy-MM-dd}.");
    }

    private static bool HasHeadline(DemoDataSet data)
    {
        var matrix = DailyMatrixBuilder.Build(data.CreateVocabulary(), data.ToObservations(), data.Truth.FirstDay, data.Truth.LastDay);
        var changes = data.Regimen.SelectMany(r => RegimenChanges.From(r.Code, r.Name, r.StartDate, r.StopDate, r.Doses)).ToArray();
        var infections = data.Truth.Infections.Select(i => new InfectionWindow(i.Start, i.End, i.Label)).ToArray();
        var report = InsightEngine.Analyse(matrix, changes, infections);
        return report.Associations.Headlines.Any(f => f.OutcomeCode == "symptom.pain" && f.ExposureCode == data.Truth.LaggedExposureCode && f.Lag == data.Truth.LagDays);
    }
}
