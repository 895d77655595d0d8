using System.Collections.Immutable;
using FibroTrack.Core.Diary;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using MathNet.Numerics;

namespace FibroTrack.Statistics.Tests.Validation.Simulation;

/// <summary>One simulated diary: the series on the calendar grid (NaN = missing day) and what was true.</summary>
/// <param name="ChangeDay">Day index at which the interrupted time series is run: the middle, or the pain peak under
/// <see cref="Scenario.TreatmentAtPeak"/>. No treatment ever has an effect.</param>
internal sealed record SimulatedPerson(
    PersonSpec Spec,
    DateOnly Start,
    ImmutableDictionary<string, double[]> Series,
    int ChangeDay,
    int MissingDays)
{
    public bool IsTrue(string outcome, string exposure) =>
        Spec.Effects.Any(e => e.Outcome == outcome && e.Exposure == exposure);

    /// <summary>The person's daily matrix, built the way the app builds it.</summary>
    public DailyMatrix ToMatrix()
    {
        var observations = new List<Observation>(Series.Count * Spec.Days);
        foreach (var (code, values) in Series)
        {
            for (var t = 0; t < values.Length; t++)
            {
                if (!double.IsNaN(values[t]))
                {
                    observations.Add(new Observation(Start.AddDays(t), code, values[t], null));
                }
            }
        }

        return DailyMatrixBuilder.Build(VariableVocabulary.BuiltIn, observations, Start, Start.AddDays(Spec.Days - 1));
    }
}

/// <summary>
/// Seeded simulator of people for STATS.md's validation protocol: three symptoms that are AR(1) with correlated
/// innovations, seven binary Markov exposures (three of them correlated food items), two continuous AR(1) exposures
/// and a coin-flip negative control; the five scenarios; missing days at random, tied to severity or in blocks.
/// </summary>
/// <remarks>
/// <para>Symptom k: latent u_{k,t} = φ u_{k,t−1} + σ_e (e_{k,t} + Σ β x̃_{t−1}), σ_e = σ_L √(1 − φ²), started from its
/// stationary distribution; the rating is 5 + u (+ slow curve) (+ read noise), rounded and clamped to 0–10. x̃ is a yes/no
/// exposure centred at its prevalence, or a continuous one in SD units, so β is in innovation SDs as STATS.md asks
/// and the effect enters exactly as the ADL model writes it.</para>
/// <para>Implementation note (binary Markov with a driver): the chain moves with P(1 | 1) = π + ρ(1 − π), P(1 | 0) = π(1 − ρ),
/// but its uniform draw is U_t = Φ(√(1 − κ²) Z_t + κ d_t) with d_t the standardized driver (same-day symptom, latent
/// symptom or slow curve). With κ = 0 this is the plain chain; with a standard-normal driver U_t is still uniform, so the
/// prevalence and autocorrelation stay near their targets while the exposure follows the driver. Correlated food items
/// reuse the leader's Z_t with probability <see cref="PersonSpec.FoodCoupling"/> (common random numbers), which keeps
/// each item exactly Markov with its own π and ρ.</para>
/// <para>Each person draws from one <see cref="Random"/> seeded by the caller, so a (spec, seed) pair always gives the
/// same diary on every machine.</para>
/// </remarks>
internal static class PersonSimulator
{
    public static readonly DateOnly Start = new(2025, 1, 6);

    private const double SymptomMean = 5;

    public static SimulatedPerson Generate(PersonSpec spec, int seed)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var random = new Random(seed);
        var n = spec.Days;
        var outcomes = SimulatedCodes.Outcomes;
        var exposures = SimulatedCodes.Exposures;
        var latentScenario = spec.Scenario == Scenario.LatentFeedback;
        var latentSd = latentScenario ? Math.Sqrt((spec.MarginalSd * spec.MarginalSd) - (spec.ReadNoiseSd * spec.ReadNoiseSd)) : spec.MarginalSd;
        var innovationSd = latentSd * Math.Sqrt(1 - (spec.Phi * spec.Phi));
        var kappa = spec.Scenario is Scenario.SameDayFeedback or Scenario.LatentFeedback or Scenario.SharedTrend ? spec.Coupling : 0;

        // Exposure parameters of this person (STATS.md: prevalence 0.2–0.5, lag-1 autocorrelation 0.3–0.7).
        var prevalence = new Dictionary<string, double>(StringComparer.Ordinal);
        var persistence = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var code in SimulatedCodes.BinaryMarkov)
        {
            prevalence[code] = code == SimulatedCodes.Dairy ? 0.5 : Uniform(random, 0.2, 0.5);
            persistence[code] = code == SimulatedCodes.Dairy ? 0.3 : Uniform(random, 0.3, 0.7);
        }

        foreach (var code in SimulatedCodes.Continuous)
        {
            persistence[code] = Uniform(random, 0.3, 0.7);
        }

        // The slow curve of the shared-trend scenario: SD 1, period 180–540 days, random phase.
        var period = Uniform(random, 180, 540);
        var phase = Uniform(random, 0, 2 * Math.PI);

        var latent = new double[outcomes.Length][];
        var series = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var code in outcomes.Concat(exposures))
        {
            series[code] = new double[n];
        }

        for (var k = 0; k < outcomes.Length; k++)
        {
            latent[k] = new double[n];
        }

        var continuousState = new Dictionary<string, double>(StringComparer.Ordinal);
        var effects = spec.Effects.Select(e => (Outcome: outcomes.IndexOf(e.Outcome), e.Exposure, e.Beta)).ToArray();
        var shocks = new double[outcomes.Length];
        var sqrtR = Math.Sqrt(spec.SymptomCorrelation);
        var sqrtOneMinusR = Math.Sqrt(1 - spec.SymptomCorrelation);
        var own = Math.Sqrt(1 - (kappa * kappa));
        for (var t = 0; t < n; t++)
        {
            var common = Normal(random);
            for (var k = 0; k < outcomes.Length; k++)
            {
                shocks[k] = (sqrtR * common) + (sqrtOneMinusR * Normal(random));
            }

            var curve = spec.Scenario == Scenario.SharedTrend ? Math.Sqrt(2) * Math.Sin((2 * Math.PI * t / period) + phase) : 0;
            for (var k = 0; k < outcomes.Length; k++)
            {
                if (t == 0)
                {
                    latent[k][0] = latentSd * shocks[k];
                    continue;
                }

                var push = 0.0;
                foreach (var (outcome, exposure, beta) in effects)
                {
                    if (outcome == k)
                    {
                        push += beta * Centred(exposure, series[exposure][t - 1], prevalence);
                    }
                }

                latent[k][t] = (spec.Phi * latent[k][t - 1]) + (innovationSd * (shocks[k] + push));
            }

            for (var k = 0; k < outcomes.Length; k++)
            {
                var rating = SymptomMean + latent[k][t] + (spec.TrendSd * curve) + (latentScenario ? spec.ReadNoiseSd * Normal(random) : 0);
                series[outcomes[k]][t] = spec.Rounded ? Math.Clamp(Math.Round(rating), 0, 10) : rating;
            }

            // The driver the exposures follow: the same day's pain (rating or latent state), or the slow curve.
            var driver = spec.Scenario switch
            {
                Scenario.SameDayFeedback => (series[SimulatedCodes.Pain][t] - SymptomMean) / spec.MarginalSd,
                Scenario.LatentFeedback => latent[0][t] / latentSd,
                Scenario.SharedTrend => curve,
                _ => 0,
            };

            var leaderZ = Normal(random);
            foreach (var code in SimulatedCodes.BinaryMarkov)
            {
                var z = code == SimulatedCodes.ProcessedFood ? leaderZ
                    : code is SimulatedCodes.FriedFood or SimulatedCodes.RefinedSugar && random.NextDouble() < spec.FoodCoupling ? leaderZ
                    : Normal(random);
                var u = NormalCdf((own * z) + (kappa * driver));
                var pi = prevalence[code];
                var rho = persistence[code];
                var p = t == 0 ? pi : series[code][t - 1] == 1 ? pi + (rho * (1 - pi)) : pi * (1 - rho);
                series[code][t] = u < p ? 1 : 0;
            }

            foreach (var code in SimulatedCodes.Continuous)
            {
                var rho = persistence[code];
                var a = t == 0 ? Normal(random) : (rho * continuousState[code]) + (Math.Sqrt(1 - (rho * rho)) * Normal(random));
                continuousState[code] = a;
                var standardized = (own * a) + (kappa * driver);
                series[code][t] = code == SimulatedCodes.Stress
                    ? (spec.Rounded ? Math.Clamp(Math.Round(5 + (1.5 * standardized)), 0, 10) : 5 + (1.5 * standardized))
                    : 7 + standardized;
            }

            series[SimulatedCodes.CoinFlip][t] = random.NextDouble() < 0.5 ? 1 : 0;
        }

        var changeDay = ChangeDay(spec, series[SimulatedCodes.Pain]);
        var missing = Missing(spec, random, series[SimulatedCodes.Pain]);
        var missingDays = 0;
        for (var t = 0; t < n; t++)
        {
            if (missing[t])
            {
                missingDays++;
                foreach (var values in series.Values)
                {
                    values[t] = double.NaN;
                }
            }
        }

        return new SimulatedPerson(spec, Start, series.ToImmutableDictionary(StringComparer.Ordinal), changeDay, missingDays);

        static double Centred(string exposure, double value, Dictionary<string, double> prevalence) =>
            exposure == SimulatedCodes.Stress ? (value - 5) / 1.5
            : exposure == SimulatedCodes.SleepHours ? value - 7
            : exposure == SimulatedCodes.CoinFlip ? value - 0.5
            : value - prevalence[exposure];
    }

    /// <summary>The middle day, or under <see cref="Scenario.TreatmentAtPeak"/> <see cref="PersonSpec.PeakToStartDays"/>
    /// after the (first) day of highest pain among those leaving enough days each side for the analysis.</summary>
    private static int ChangeDay(PersonSpec spec, double[] pain)
    {
        if (spec.Scenario != Scenario.TreatmentAtPeak)
        {
            return spec.Days / 2;
        }

        var best = spec.ItsMarginDays;
        for (var t = spec.ItsMarginDays; t <= spec.Days - spec.ItsMarginDays - spec.PeakToStartDays; t++)
        {
            if (pain[t] > pain[best])
            {
                best = t;
            }
        }

        return best + spec.PeakToStartDays;
    }

    private static bool[] Missing(PersonSpec spec, Random random, double[] pain)
    {
        var n = spec.Days;
        var missing = new bool[n];
        switch (spec.Missingness)
        {
            case Missingness.AtRandom:
                for (var t = 0; t < n; t++)
                {
                    missing[t] = random.NextDouble() < spec.MissingRate;
                }

                break;
            case Missingness.TiedToSeverity:
                for (var t = 0; t < n; t++)
                {
                    var z = (pain[t] - SymptomMean) / spec.MarginalSd;
                    missing[t] = random.NextDouble() < 1 / (1 + Math.Exp(2.2 - z));
                }

                break;
            case Missingness.Blocks:
                for (var t = 0; t < n; t++)
                {
                    if (random.NextDouble() < 1.0 / 45)
                    {
                        var length = random.Next(3, 11);
                        for (var d = t; d < Math.Min(n, t + length); d++)
                        {
                            missing[d] = true;
                        }

                        t += length;
                    }
                }

                break;
        }

        return missing;
    }

    private static double Uniform(Random random, double low, double high) => low + ((high - low) * random.NextDouble());

    /// <summary>Box–Muller (one draw per pair of uniforms), so the stream depends only on the seeded <see cref="Random"/>.</summary>
    internal static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static double NormalCdf(double x) => 0.5 * SpecialFunctions.Erfc(-x / Math.Sqrt(2));
}
