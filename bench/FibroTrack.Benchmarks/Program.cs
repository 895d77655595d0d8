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
    /// <summary><c>-- --filter '*'</c> runs everything; <c>--filter '*Matrix*'</c> one class; <c>--list flat</c> lists them.</summary>
    public static void Main(string[] args)
    {
        // Medians are what docs/performance.md reports; one joined run builds the benchmark project once.
        var config = DefaultConfig.Instance
            .AddColumn(StatisticColumn.Median)
            .WithOptions(ConfigOptions.JoinSummary);
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkMain).Assembly).Run(args, config);
    }
}
