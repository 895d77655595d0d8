using BenchmarkDotNet.Attributes;
using FibroTrack.Core.Demo;
using FibroTrack.Core.Diary;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Benchmarks;

/// <summary>
/// One person's year as a <see cref="DailyMatrix"/>: the step every analysis and chart starts from.
/// The stream is the demo generator's year, prepared once; only <see cref="DailyMatrixBuilder.Build"/> is timed.
/// Target (issue): under 5 ms on 2 cores.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)] // as inside the app: the Web SDK turns server GC on
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15)]
public class DailyMatrixBenchmarks
{
    /// <summary>A fixed last day, so every run builds the same matrix.</summary>
    private static readonly DateOnly LastDay = new(2025, 12, 31);

    private const int CustomVariables = 10;

    private VariableVocabulary _vocabulary = null!;
    private List<Observation> _observations = null!;
    private VariableVocabulary _wideVocabulary = null!;
    private List<Observation> _wideObservations = null!;
    private DateOnly _from;
    private DateOnly _to;

    [GlobalSetup]
    public void Setup()
    {
        var data = DemoDiaryGenerator.Generate(LastDay, DemoDiaryGenerator.DefaultDays);
        _vocabulary = data.CreateVocabulary();
        _observations = data.ToObservations().ToList();
        _from = data.Truth.FirstDay;
        _to = data.Truth.LastDay;

        // A heavier person: ten custom variables on top, each filled in on ~90% of recorded days.
        var custom = Enumerable.Range(1, CustomVariables).Select(i => new VariableDefinition
        {
            Code = $"custom.bench-{i}",
            Label = $"Bench variable {i}",
            Kind = i % 3 == 0 ? VariableKind.Symptom : VariableKind.Exposure,
            Type = i % 2 == 0 ? VariableType.Scale : VariableType.YesNo,
            Section = DiarySection.Custom,
            Min = i % 2 == 0 ? 0 : null,
            Max = i % 2 == 0 ? 10 : null,
            IsPersonal = true,
        }).ToList();
        _wideVocabulary = VariableVocabulary.WithPersonal(data.Regimen.Select(r => r.Variable).Concat(custom));

        var random = new Random(42);
        var extra = new List<Observation>();
        foreach (var day in data.Days)
        {
            foreach (var v in custom.Where(_ => random.NextDouble() < 0.9))
            {
                extra.Add(new Observation(day.Date, v.Code, v.Type == VariableType.Scale ? random.Next(0, 11) : random.Next(0, 2), null));
            }
        }

        // Stable sort keeps each day's own order; the stream stays in date order as DiaryService returns it.
        _wideObservations = [.. _observations.Concat(extra).OrderBy(o => o.Date)];
    }

    [Benchmark(Baseline = true, Description = "Matrix, demo year")]
    public DailyMatrix DemoYear() => DailyMatrixBuilder.Build(_vocabulary, _observations, _from, _to);

    [Benchmark(Description = "Matrix, demo year + 10 custom variables")]
    public DailyMatrix DemoYearWithCustomVariables() => DailyMatrixBuilder.Build(_wideVocabulary, _wideObservations, _from, _to);
}
