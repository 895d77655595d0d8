using System.Diagnostics;
using System.Globalization;
using System.Text;
using FibroTrack.Statistics.Associations;
using FibroTrack.Statistics.Tests.Validation.Simulation;

namespace FibroTrack.Validation;

/// <summary>
/// STATS.md's full validation protocol: every scenario × length × φ × missingness, seeded, replications spread over the
/// cores with one seed per replication (so the table does not depend on scheduling), printed as a Markdown table.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project bench/FibroTrack.Validation -- [--quick] [--reps N] [--flare-reps N] [--seed S] [--out path.md]</c>.
/// Each replication simulates one person with no true effect (null rates, global null, negative control, naive table,
/// interrupted time series, flares) and one with three true effects (FDR, power).
/// </remarks>
public static class ValidationMain
{
    private static readonly int[] Lengths = [60, 120, 365];
    private static readonly double[] Phis = [0.3, 0.6, 0.85];
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Main(string[] args)
    {
        var reps = 400;
        var flareReps = 60;
        var seed = 20260701;
        string? outPath = null;
        AssociationOptions? options = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    reps = 40;
                    flareReps = 10;
                    break;
                case "--reps":
                    reps = int.Parse(args[++i], Invariant);
                    break;
                case "--flare-reps":
                    flareReps = int.Parse(args[++i], Invariant);
                    break;
                case "--seed":
                    seed = int.Parse(args[++i], Invariant);
                    break;
                case "--out":
                    outPath = args[++i];
                    break;
                case "--day-of-week":
                    // The insight engine's setting (InsightOptions.Associations).
                    options = AssociationOptions.Default with { IncludeDayOfWeek = true };
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[i]}'; use [--quick] [--reps N] [--flare-reps N] [--seed S] [--day-of-week] [--out path.md]");
                    return 2;
            }
        }

        flareReps = Math.Min(flareReps, reps);
        var cells = (
            from scenario in Enum.GetValues<Scenario>()
            from days in Lengths
            from phi in Phis
            from missing in Enum.GetValues<Missingness>()
            select new PersonSpec { Scenario = scenario, Days = days, Phi = phi, Missingness = missing }).ToArray();

        var clock = Stopwatch.StartNew();
        var rows = new List<(PersonSpec Spec, ProtocolTally Tally)>(cells.Length);
        for (var c = 0; c < cells.Length; c++)
        {
            var spec = cells[c];
            var outcomes = new ReplicationOutcome[reps];
            var cellSeed = unchecked(seed + (c * 1_000_003));
            Parallel.For(0, reps, r => outcomes[r] = ProtocolEvaluation.Evaluate(spec, unchecked(cellSeed + (r * 7919)), flares: r < flareReps, options: options));
            var tally = new ProtocolTally();
            foreach (var o in outcomes)
            {
                tally.Add(o);
            }

            rows.Add((spec, tally));
            Console.Error.WriteLine(string.Create(Invariant,
                $"[{c + 1}/{cells.Length} {clock.Elapsed:hh\\:mm\\:ss}] {spec.Scenario} {spec.Days} d φ {spec.Phi} {spec.Missingness}: lag-1 {tally.Lag1NullRate:0.000}, any finding {tally.AnyFindingShare:0.000}"));
        }

        var table = Table(rows, reps, flareReps, seed, clock.Elapsed);
        Console.WriteLine(table);
        if (outPath is not null)
        {
            File.WriteAllText(outPath, table);
        }

        return 0;
    }

    private static string Table(List<(PersonSpec Spec, ProtocolTally Tally)> rows, int reps, int flareReps, int seed, TimeSpan elapsed)
    {
        var b = new StringBuilder();
        b.AppendLine(string.Create(Invariant,
            $"Replications: {reps} people with no true effect and {reps} with three true effects per row ({flareReps} for flares); seed {seed}; {Environment.ProcessorCount} cores; {elapsed.TotalMinutes:0.0} minutes."));
        b.AppendLine();
        b.AppendLine("| scenario | days | φ | missing | scanned | ADL lag-1 | ADL joint F | any finding | false / person | FDR | power p<.05 | power q≤.05 | ITS level | ITS slope | flares / yr | coin p<.05 | coin flagged | naive lag-0 | naive lag-1 | naive people | naive hits / person |");
        b.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (spec, t) in rows)
        {
            var latent = spec.Scenario == Scenario.LatentFeedback;
            var nullHigh = spec.Days >= 120 ? 0.06 : 0.075;
            var itsShown = t.ItsEvaluated >= reps / 2;
            b.Append(string.Create(Invariant, $"| {Name(spec.Scenario)} | {spec.Days} | {spec.Phi:0.##} | {Name(spec.Missingness)} | "));
            b.Append(Mark(t.ScannedShare, "0.00", false)).Append(" | ");
            b.Append(Mark(t.Lag1NullRate, "0.000", !latent && (t.Lag1NullRate < 0.04 || t.Lag1NullRate > nullHigh))).Append(" | ");
            b.Append(Mark(t.JointNullRate, "0.000", !latent && (t.JointNullRate < 0.04 || t.JointNullRate > nullHigh))).Append(" | ");
            b.Append(Mark(t.AnyFindingShare, "0.000", !latent && t.AnyFindingShare > 0.06)).Append(" | ");
            b.Append(Mark(t.MeanFalseFindings, "0.000", !latent && t.MeanFalseFindings > 0.1)).Append(" | ");
            b.Append(Mark(t.Fdr, "0.000", !latent && t.Fdr > 0.05)).Append(" | ");
            b.Append(Mark(t.Power, "0.00", false)).Append(" | ");
            b.Append(Mark(t.PowerAfterBh, "0.00", false)).Append(" | ");
            b.Append(itsShown ? Mark(t.ItsLevelRate, "0.000", spec.Days >= 120 && t.ItsLevelRate > 0.07) : Skipped(t.ItsEvaluated)).Append(" | ");
            b.Append(itsShown ? Mark(t.ItsSlopeRate, "0.000", spec.Days >= 120 && t.ItsSlopeRate > 0.07) : Skipped(t.ItsEvaluated)).Append(" | ");
            b.Append(t.FlarePeople > 0 ? Mark(t.FlaresPerYear, "0.00", t.FlaresPerYear > 1) : "n/a").Append(" | ");
            b.Append(Mark(t.CoinNullRate, "0.000", false)).Append(" | ");
            b.Append(Mark(t.CoinFlaggedShare, "0.000", t.CoinFlaggedShare > 0.06)).Append(" | ");
            b.Append(Mark(t.NaiveSameDayRate, "0.000", false)).Append(" | ");
            b.Append(Mark(t.NaiveLag1Rate, "0.000", false)).Append(" | ");
            b.Append(Mark(t.NaiveAnyHitShare, "0.00", false)).Append(" | ");
            b.Append(Mark(t.NaiveMeanHits, "0.0", false)).AppendLine(" |");
        }

        b.AppendLine();
        b.AppendLine("scanned: share of people with at least one estimated pair (fewer than 60 rated days: none, by design); the ADL, global-null, FDR and power columns are over those. Bold: outside its STATS.md band (latent feedback rows are not marked: no band applies, they document the failure). ITS cells show \"– (n)\" when fewer than half the people had 28 rated days each side (n evaluated).");
        return b.ToString();
    }

    private static string Mark(double value, string format, bool outside)
    {
        var text = double.IsNaN(value) ? "n/a" : value.ToString(format, Invariant);
        return outside ? $"**{text}**" : text;
    }

    private static string Skipped(int evaluated) => string.Create(Invariant, $"– ({evaluated})");

    private static string Name(Scenario scenario) => scenario switch
    {
        Scenario.Independent => "independent",
        Scenario.SameDayFeedback => "same-day feedback",
        Scenario.LatentFeedback => "latent feedback",
        Scenario.SharedTrend => "shared slow trend",
        Scenario.TreatmentAtPeak => "treatment at peak",
        _ => scenario.ToString(),
    };

    private static string Name(Missingness missing) => missing switch
    {
        Missingness.None => "none",
        Missingness.AtRandom => "at random",
        Missingness.TiedToSeverity => "tied to severity",
        Missingness.Blocks => "blocks",
        _ => missing.ToString(),
    };
}
