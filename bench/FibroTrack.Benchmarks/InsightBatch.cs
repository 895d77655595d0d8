using System.Diagnostics;
using System.Globalization;
using FibroTrack.Statistics.Insights;

namespace FibroTrack.Benchmarks;

/// <summary>
/// <c>batch [people] [distinct]</c>: analyses <c>people</c> person-years on every core and prints the wall time. The
/// engine keeps no state between calls, so <c>distinct</c> different people (generated before the clock starts) are
/// cycled rather than generating thousands of demo years inside the timed loop.
/// </summary>
internal static class InsightBatch
{
    public static void Run(string[] args)
    {
        var people = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        var distinct = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
        Console.WriteLine($"Generating {distinct} distinct person-years ({InsightPeople.ExtraVariables} extra variables each)...");
        var pool = Enumerable.Range(1, distinct).AsParallel().AsOrdered().Select(InsightPeople.Create).ToArray();
        var variables = pool[0].Matrix.Columns.Count;

        // Warm up the JIT on every core before timing.
        Parallel.For(0, Environment.ProcessorCount * 2, i => InsightEngine.Analyse(pool[i % distinct].Matrix, pool[i % distinct].Changes, pool[i % distinct].Infections));

        var findings = 0L;
        var watch = Stopwatch.StartNew();
        Parallel.For(0, people, () => 0L, (i, _, local) =>
        {
            var p = pool[i % distinct];
            return local + InsightEngine.Analyse(p.Matrix, p.Changes, p.Infections).Associations.Findings.Length;
        }, local => Interlocked.Add(ref findings, local));
        watch.Stop();

        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{people} person-years ({variables} matrix columns) on {Environment.ProcessorCount} cores: {seconds:0.0} s, " +
            $"{1000 * seconds / people * Environment.ProcessorCount:0.0} ms per person-year per core; {findings} findings in all."));
    }
}
