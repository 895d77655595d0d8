using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace FibroTrack.Benchmarks;

/// <summary>
/// Entry point. Not named <c>Program</c>: that name belongs to the web app, which
/// <see cref="BenchmarkHost"/> hosts as <c>WebApplicationFactory&lt;Program&gt;</c>.
/// </summary>
public static class BenchmarkMain
{
    /// <summary><c>-- batch 10000</c> times the insight engine over a batch of person-years (see <see cref="InsightBatch"/>); <c>-- flaredown 1000000</c> times a Flaredown import (see <see cref="FlaredownImportBench"/>); <c>-- fhir 730</c> times a FHIR export and import round trip (see <see cref="FhirRoundTripBench"/>); <c>-- --filter '*'</c> runs everything; <c>--filter '*Matrix*'</c> one class; <c>--list flat</c> lists them.</summary>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "batch")
        {
            InsightBatch.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "flaredown")
        {
            FlaredownImportBench.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "fhir")
        {
            FhirRoundTripBench.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "export")
        {
            InsightExport.Run(args);
            return;
        }

        // Medians are what docs/performance.md reports; one joined run builds the benchmark project once.
        var config = DefaultConfig.Instance
            .AddColumn(StatisticColumn.Median)
            .WithOptions(ConfigOptions.JoinSummary);
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkMain).Assembly).Run(args, config);
    }
}
