using FibroTrack.Core.Demo;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Statistics.Insights;

namespace FibroTrack.Benchmarks;

/// <summary>
/// People for the insight benchmarks: a demo year (its ~25 diary variables, four regimen items with their changes, one
/// infection a year) widened with own yes/no and numeric variables to ~40 variables, as the target reads.
/// </summary>
internal static class InsightPeople
{
    /// <summary>A fixed last day, so every run analyses the same people.</summary>
    public static readonly DateOnly LastDay = new(2025, 12, 31);

    /// <summary>Own variables added to the demo's: half yes/no (prevalence 0.3, sticky), half numeric AR(1).</summary>
    public const int ExtraVariables = 16;

    public sealed record Person(DailyMatrix Matrix, RegimenChange[] Changes, InfectionWindow[] Infections);

    public static Person Create(int seed)
    {
        var set = DemoDiaryGenerator.Generate(LastDay, DemoDiaryGenerator.DefaultDays, seed);
        var matrix = DailyMatrixBuilder.Build(set.CreateVocabulary(), set.ToObservations(), set.Truth.FirstDay, set.Truth.LastDay);
        var random = new Random(seed);
        for (var v = 0; v < ExtraVariables; v++)
        {
            var values = new double[matrix.DayCount];
            var state = 0.0;
            for (var d = 0; d < values.Length; d++)
            {
                state = v % 2 == 0
                    ? (random.NextDouble() < (state > 0.5 ? 0.6 : 0.15) ? 1 : 0)
                    : (0.5 * state) + Gaussian(random);
                values[d] = matrix.IsRecorded(d) ? Math.Round(state, 2) : double.NaN;
            }

            var code = $"custom.bench-{v}";
            matrix = matrix.WithColumn(new MatrixColumn(code, $"Bench variable {v}", VariableKind.Exposure, code), values);
        }

        var changes = set.Regimen.SelectMany(r => RegimenChanges.From(r.Code, r.Name, r.StartDate, r.StopDate, r.Doses)).ToArray();
        var infections = set.Truth.Infections.Select(i => new InfectionWindow(i.Start, i.End, i.Label)).ToArray();
        return new Person(matrix, changes, infections);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
