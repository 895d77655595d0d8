using BenchmarkDotNet.Attributes;
using FibroTrack.Statistics.Associations;
using FibroTrack.Statistics.Flares;
using FibroTrack.Statistics.Insights;
using FibroTrack.Statistics.Pacing;
using System.Collections.Immutable;

namespace FibroTrack.Benchmarks;

/// <summary>
/// One person-year through the whole insight engine (flares with their per-person calibration, the association scan
/// over ~40 variables at lags 1–3, a treatment analysis per regimen change, infection trajectories), and its parts.
/// Target (issue 4): well under 100 ms on one core.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class InsightEngineBenchmarks
{
    private InsightPeople.Person _person = null!;

    private FlareAnalysis _flares = null!;

    [GlobalSetup]
    public void Setup()
    {
        _person = InsightPeople.Create(DemoSeed);
        _flares = FlareDetector.Detect(_person.Matrix);
    }

    private const int DemoSeed = InsightExport.Seed;

    [Benchmark(Baseline = true)]
    public InsightReport PersonYear() => InsightEngine.Analyse(_person.Matrix, _person.Changes, _person.Infections);

    [Benchmark]
    public FlareAnalysis Flares() => FlareDetector.Detect(_person.Matrix);

    [Benchmark]
    public AssociationScanResult Associations() =>
        AssociationScan.Run(_person.Matrix, options: InsightOptions.Default.Associations);

    [Benchmark]
    public AssociationScanResult AssociationsWithFlareOnset() =>
        AssociationScan.Run(_person.Matrix, options: InsightOptions.Default.Associations, flares: _flares);

    /// <summary>The treatment analyses alone: every regimen change inside the diary × pain and fatigue (REML AR(1)).</summary>
    [Benchmark]
    public int Treatments()
    {
        var fitted = 0;
        foreach (var change in _person.Changes.Where(c => c.Date > _person.Matrix.Start && c.Date <= _person.Matrix.End))
        {
            foreach (var outcome in InsightOptions.Default.TreatmentOutcomes)
            {
                fitted += Statistics.TimeSeries.InterruptedTimeSeries.Analyse(_person.Matrix, outcome, change.Date).Estimates is null ? 0 : 1;
            }
        }

        return fitted;
    }

    [Benchmark]
    public ImmutableArray<PacingResult> Pacing() => PacingAnalysis.Analyse(_person.Matrix);

    [Benchmark]
    public InsightReport PersonYearWithoutFlareOnset() =>
        InsightEngine.Analyse(_person.Matrix, _person.Changes, _person.Infections, InsightOptions.Default with { FlareOnsetAssociations = false });
}
