using System.Collections.Immutable;
using FibroTrack.Statistics.Associations;
using FibroTrack.Statistics.Flares;
using FibroTrack.Statistics.TimeSeries;

namespace FibroTrack.Statistics.Tests.Validation.Simulation;

/// <summary>What one replication measured: one person with no true effect and one with three.</summary>
internal sealed record ReplicationOutcome
{
    // ADL on the null person: 30 pairs, every one null.
    public int Lag1Tests { get; init; }
    public int Lag1Rejections { get; init; }
    public int JointTests { get; init; }
    public int JointRejections { get; init; }
    public int FamilySize { get; init; }

    /// <summary>Whether the scan estimated at least one pair (below 60 rated days it estimates none, by design).</summary>
    public bool Scanned => Lag1Tests > 0;

    /// <summary>Pairs shown as headline findings (q ≤ 0.05) although nothing is true.</summary>
    public int FalseFindings { get; init; }

    // Negative control (coin flip) in the null person: lag-1 tests at α = 0.05, and in the person with true effects:
    // whether the coin was flagged at q ≤ 0.05.
    public int CoinTests { get; init; }
    public int CoinRejections { get; init; }
    public bool CoinFlaggedWithEffects { get; init; }

    // The naive Pearson test on the null person, lags 0, 1 and 2 of every pair (90 tests).
    public int NaiveSameDayTests { get; init; }
    public int NaiveSameDayRejections { get; init; }
    public int NaiveLag1Tests { get; init; }
    public int NaiveLag1Rejections { get; init; }
    public int NaiveHits { get; init; }

    // The person with true effects.
    public bool EffectsScanned { get; init; }
    public bool EffectsEstimated { get; init; }
    public int Findings { get; init; }
    public int FalseFindingsWithEffects { get; init; }
    public bool PowerPairRejected { get; init; }
    public bool PowerPairFlagged { get; init; }

    // Interrupted time series of the null person's pain at its change day.
    public bool ItsEvaluated { get; init; }
    public bool ItsLevelRejected { get; init; }
    public bool ItsSlopeRejected { get; init; }

    // Flares of the null person (no flares in the model), when asked for.
    public bool FlaresEvaluated { get; init; }
    public int FalseFlares { get; init; }
    public int FlareDays { get; init; }
}

/// <summary>Runs the library's methods and the naive test on simulated people and scores them against the truth.</summary>
internal static class ProtocolEvaluation
{
    /// <summary>The true effects of the "with effects" person: 3 of the 30 pairs, none on a correlated food item (an
    /// item correlated with a real trigger is itself associated, so counting it false would test confounding, not BH).</summary>
    public static ImmutableArray<TrueEffect> Effects { get; } =
    [
        new(SimulatedCodes.Pain, SimulatedCodes.Dairy, 0.5),
        new(SimulatedCodes.Fatigue, SimulatedCodes.Stress, 0.5),
        new(SimulatedCodes.FibroFog, SimulatedCodes.Gluten, 0.8),
    ];

    /// <param name="options">The scan's settings; <see cref="AssociationOptions.Default"/> when null.</param>
    public static ReplicationOutcome Evaluate(PersonSpec spec, int seed, bool flares, bool its = true, AssociationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var person = PersonSimulator.Generate(spec with { Effects = [] }, seed);
        var matrix = person.ToMatrix();
        var scan = AssociationScan.Run(matrix, SimulatedCodes.Outcomes, SimulatedCodes.Exposures, options);
        int lag1 = 0, lag1Rej = 0, joint = 0, jointRej = 0, coin = 0, coinRej = 0, falseFindings = 0;
        foreach (var pair in scan.Pairs)
        {
            if (pair.Fit.Status != AdlStatus.Estimated)
            {
                continue;
            }

            lag1++;
            lag1Rej += pair.Fit.Lags[0].P < 0.05 ? 1 : 0;
            joint++;
            jointRej += pair.Fit.JointLags!.P < 0.05 ? 1 : 0;
            falseFindings += pair.Level == FindingLevel.Headline ? 1 : 0;
            if (pair.ExposureCode == SimulatedCodes.CoinFlip)
            {
                coin++;
                coinRej += pair.Fit.Lags[0].P < 0.05 ? 1 : 0;
            }
        }

        int sameDay = 0, sameDayRej = 0, naiveLag1 = 0, naiveLag1Rej = 0, hits = 0;
        foreach (var outcome in SimulatedCodes.Outcomes)
        {
            foreach (var exposure in SimulatedCodes.Exposures)
            {
                for (var lag = 0; lag <= 2; lag++)
                {
                    var test = NaiveCorrelation.Test(person.Series[outcome], person.Series[exposure], lag);
                    if (double.IsNaN(test.P))
                    {
                        continue;
                    }

                    var rejected = test.P < 0.05;
                    hits += rejected ? 1 : 0;
                    if (lag == 0)
                    {
                        sameDay++;
                        sameDayRej += rejected ? 1 : 0;
                    }
                    else if (lag == 1)
                    {
                        naiveLag1++;
                        naiveLag1Rej += rejected ? 1 : 0;
                    }
                }
            }
        }

        var withEffects = PersonSimulator.Generate(spec with { Effects = Effects }, seed ^ 0x5EED);
        var effectScan = Scan(withEffects, options);
        var findings = effectScan.Pairs.Count(p => p.Level == FindingLevel.Headline);
        var falseWithEffects = effectScan.Pairs.Count(p => p.Level == FindingLevel.Headline && !withEffects.IsTrue(p.OutcomeCode, p.ExposureCode));
        var powerPair = effectScan.Pairs.Single(p => p.OutcomeCode == SimulatedCodes.Pain && p.ExposureCode == SimulatedCodes.Dairy);
        var coinFlagged = effectScan.Pairs.Any(p => p.ExposureCode == SimulatedCodes.CoinFlip && p.Level == FindingLevel.Headline);

        var outcome1 = new ReplicationOutcome
        {
            Lag1Tests = lag1,
            Lag1Rejections = lag1Rej,
            JointTests = joint,
            JointRejections = jointRej,
            FamilySize = scan.FamilySize,
            FalseFindings = falseFindings,
            CoinTests = coin,
            CoinRejections = coinRej,
            CoinFlaggedWithEffects = coinFlagged,
            NaiveSameDayTests = sameDay,
            NaiveSameDayRejections = sameDayRej,
            NaiveLag1Tests = naiveLag1,
            NaiveLag1Rejections = naiveLag1Rej,
            NaiveHits = hits,
            EffectsScanned = effectScan.Pairs.Any(p => p.Fit.Status == AdlStatus.Estimated),
            EffectsEstimated = powerPair.Fit.Status == AdlStatus.Estimated,
            Findings = findings,
            FalseFindingsWithEffects = falseWithEffects,
            PowerPairRejected = powerPair.Fit.Status == AdlStatus.Estimated && powerPair.Fit.Lags[0].P < 0.05,
            PowerPairFlagged = powerPair.Level == FindingLevel.Headline,
        };

        if (its)
        {
            var result = InterruptedTimeSeries.Analyse(matrix, SimulatedCodes.Pain, person.Start.AddDays(person.ChangeDay));
            if (result.Estimates is { } e)
            {
                outcome1 = outcome1 with
                {
                    ItsEvaluated = true,
                    ItsLevelRejected = e.LevelChange.P < 0.05,
                    ItsSlopeRejected = e.SlopeChange.P < 0.05,
                };
            }
        }

        if (flares)
        {
            var analysis = FlareDetector.Detect(matrix);
            if (analysis.Evaluated)
            {
                outcome1 = outcome1 with { FlaresEvaluated = true, FalseFlares = analysis.Episodes.Length, FlareDays = spec.Days };
            }
        }

        return outcome1;
    }

    public static AssociationScanResult Scan(SimulatedPerson person, AssociationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        return AssociationScan.Run(person.ToMatrix(), SimulatedCodes.Outcomes, SimulatedCodes.Exposures, options);
    }
}

/// <summary>Sums of replication outcomes, added in replication order so a run is deterministic however it was scheduled.</summary>
internal sealed class ProtocolTally
{
    private readonly List<ReplicationOutcome> _outcomes = [];
    private double _fdpSum;

    public int Replications => _outcomes.Count;

    public void Add(ReplicationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _outcomes.Add(outcome);
        if (outcome.EffectsScanned && outcome.Findings > 0)
        {
            _fdpSum += (double)outcome.FalseFindingsWithEffects / outcome.Findings;
        }
    }

    public double Lag1NullRate => Ratio(o => o.Lag1Rejections, o => o.Lag1Tests);

    public double JointNullRate => Ratio(o => o.JointRejections, o => o.JointTests);

    /// <summary>Share of null people the scan estimated at least one pair for.</summary>
    public double ScannedShare => (double)_outcomes.Count(o => o.Scanned) / Replications;

    public double MeanFamilySize => Ratio(o => o.FamilySize, o => o.Scanned ? 1 : 0);

    /// <summary>Share of scanned people with no true effect shown at least one headline finding (q ≤ 0.05).</summary>
    public double AnyFindingShare => Ratio(o => o.FalseFindings > 0 ? 1 : 0, o => o.Scanned ? 1 : 0);

    public double MeanFalseFindings => Ratio(o => o.FalseFindings, o => o.Scanned ? 1 : 0);

    /// <summary>E[V / max(R, 1)] over the scanned people with true effects.</summary>
    public double Fdr
    {
        get
        {
            var scanned = _outcomes.Count(o => o.EffectsScanned);
            return scanned == 0 ? double.NaN : _fdpSum / scanned;
        }
    }

    /// <summary>Share of people whose pain ← dairy pair (β = 0.5) was estimated with lag-1 p &lt; 0.05.</summary>
    public double Power => Ratio(o => o.PowerPairRejected ? 1 : 0, o => o.EffectsEstimated ? 1 : 0);

    public double PowerAfterBh => Ratio(o => o.PowerPairFlagged ? 1 : 0, o => o.EffectsEstimated ? 1 : 0);

    public double CoinNullRate => Ratio(o => o.CoinRejections, o => o.CoinTests);

    public double CoinFlaggedShare => Ratio(o => o.CoinFlaggedWithEffects ? 1 : 0, o => o.EffectsScanned ? 1 : 0);

    public double NaiveSameDayRate => Ratio(o => o.NaiveSameDayRejections, o => o.NaiveSameDayTests);

    public double NaiveLag1Rate => Ratio(o => o.NaiveLag1Rejections, o => o.NaiveLag1Tests);

    public double NaiveAnyHitShare => (double)_outcomes.Count(o => o.NaiveHits > 0) / Replications;

    public double NaiveMeanHits => _outcomes.Average(o => o.NaiveHits);

    public int ItsEvaluated => _outcomes.Count(o => o.ItsEvaluated);

    public double ItsLevelRate => Ratio(o => o.ItsLevelRejected ? 1 : 0, o => o.ItsEvaluated ? 1 : 0);

    public double ItsSlopeRate => Ratio(o => o.ItsSlopeRejected ? 1 : 0, o => o.ItsEvaluated ? 1 : 0);

    public int FlarePeople => _outcomes.Count(o => o.FlaresEvaluated);

    /// <summary>False flares per person-year (365.25 days) over the people the detector evaluated.</summary>
    public double FlaresPerYear
    {
        get
        {
            var days = _outcomes.Where(o => o.FlaresEvaluated).Sum(o => (long)o.FlareDays);
            return days == 0 ? double.NaN : _outcomes.Sum(o => o.FalseFlares) / (days / 365.25);
        }
    }

    private double Ratio(Func<ReplicationOutcome, int> numerator, Func<ReplicationOutcome, int> denominator)
    {
        long num = 0, den = 0;
        foreach (var o in _outcomes)
        {
            num += numerator(o);
            den += denominator(o);
        }

        return den == 0 ? double.NaN : (double)num / den;
    }
}
