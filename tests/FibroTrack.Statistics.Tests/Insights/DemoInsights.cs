using FibroTrack.Core.Demo;
using FibroTrack.Core.Matrix;
using FibroTrack.Statistics.Insights;

namespace FibroTrack.Statistics.Tests.Insights;

/// <summary>The demo year (<see cref="DemoTruth"/>) as the engine's inputs.</summary>
internal static class DemoInsights
{
    public static readonly DateOnly LastDay = new(2026, 11, 24);

    public static (DemoDataSet Set, DailyMatrix Matrix, RegimenChange[] Changes, InfectionWindow[] Infections) Inputs(int seed = DemoDiaryGenerator.DefaultSeed)
    {
        var set = DemoDiaryGenerator.Generate(LastDay, seed: seed);
        var matrix = DailyMatrixBuilder.Build(set.CreateVocabulary(), set.ToObservations(), set.Truth.FirstDay, set.Truth.LastDay);
        var changes = set.Regimen.SelectMany(r => RegimenChanges.From(r.Code, r.Name, r.StartDate, r.StopDate, r.Doses)).ToArray();
        var infections = set.Truth.Infections.Select(i => new InfectionWindow(i.Start, i.End, i.Label)).ToArray();
        return (set, matrix, changes, infections);
    }

    public static InsightReport Analyse(int seed = DemoDiaryGenerator.DefaultSeed, InsightOptions? options = null)
    {
        var (_, matrix, changes, infections) = Inputs(seed);
        return InsightEngine.Analyse(matrix, changes, infections, options);
    }
}
