using BenchmarkDotNet.Attributes;
using FibroTrack.Core.Demo;

namespace FibroTrack.Benchmarks;

/// <summary>
/// A year of demo diary from the generator: what `fibrotrack demo`, the validation simulator and many tests pay per person.
/// Measured here instead of by a timing assertion in the unit tests.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class DemoGeneratorBenchmarks
{
    private static readonly DateOnly LastDay = new(2025, 12, 31);

    [Benchmark]
    public DemoDataSet GenerateYear() => DemoDiaryGenerator.Generate(LastDay, seed: 2);
}
