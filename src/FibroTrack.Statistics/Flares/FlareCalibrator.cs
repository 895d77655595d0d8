using FibroTrack.Statistics.Numerics;

namespace FibroTrack.Statistics.Flares;

/// <summary>
/// Chooses k of the flare rule for one person by simulating their own no-flare AR(1) (STATS.md §3): the
/// smallest k on the grid whose rule shows at most <see cref="FlareOptions.MaxFalseFlaresPerYear"/> flares per
/// person-year on series that have none.
/// </summary>
/// <remarks>
/// <para>What is simulated: stationary AR(1) series with the person's φ and innovation SD, as long as their diary
/// in calendar days, with their own missing days blanked out (the same days for every series), so gaps bridge and
/// baselines reach back exactly as in the real data. The level is irrelevant (the rule looks at differences from a
/// median), so the series are centred on 0. Each series then goes through the very rule that is applied to the data
/// (<see cref="FlareRule"/>: baseline, episodes, iteration), with threshold max(<see cref="FlareOptions.MinRisePoints"/>,
/// k·σ); every episode found is a false flare.</para>
/// <para>Implementation note on cost and exactness: enough series for <see cref="FlareOptions.CalibrationYears"/>
/// person-years (200 one-year series for a year of diary, ~1,200 sixty-day series for 60 days) are drawn once from
/// <see cref="FlareOptions.Seed"/> and reused for every k (common random numbers: the rate is then a smooth, nearly
/// monotone function of k, and the choice does not jitter from one k to the next). Stage 1 counts episodes with the
/// first-pass baseline only (no exclusion), which costs one baseline per series for the whole grid, and finds the
/// smallest k passing there. Excluding flagged days only lowers later baselines, so in practice that k is a lower
/// bound; stage 2 applies the full iterated rule from it upwards. Both stages stop a candidate as soon as its count
/// exceeds the budget (early exit), and consecutive k whose threshold is the same (the floor binds) are judged once.
/// A year of diary takes about 15 ms (Release build). The simulation is continuous: the rounding of the ratings and
/// the 0–10 limits are not modelled (with ratings rounded to half points the realized rate on no-flare data was
/// 0.74–0.91 a year against 0.70–0.85 unrounded), nor is a slow drift of the level, which the fit removes
/// (<see cref="Ar1Fit"/>) and the trailing median follows.</para>
/// <para>With 200 person-years the estimated rate near 1 a year has a Monte Carlo SD of about 0.07, so the chosen k
/// may sit one grid step either side of the exact one.</para>
/// </remarks>
public static class FlareCalibrator
{
    /// <summary>Days in a person-year.</summary>
    public const double DaysPerYear = 365.25;

    /// <summary>Largest |φ| simulated: a stationary AR(1) needs |φ| &lt; 1, and the detector clamps to this.</summary>
    public const double MaxAbsPhi = 0.98;

    /// <summary>Calibrates k for a person whose AR(1) is (<paramref name="phi"/>, <paramref name="innovationSd"/>) and who
    /// recorded a composite on the days where <paramref name="observed"/> is true.</summary>
    public static FlareCalibration Calibrate(double phi, double innovationSd, ReadOnlySpan<bool> observed, FlareOptions? options = null)
    {
        options ??= FlareOptions.Default;
        options.Validate();
        Preconditions.CheckArgumentRange(phi, nameof(phi), -MaxAbsPhi, MaxAbsPhi);
        Preconditions.CheckPositive(innovationSd, nameof(innovationSd));
        Preconditions.CheckFinite(innovationSd, nameof(innovationSd));
        Preconditions.CheckArgument(observed.Length >= 1, nameof(observed), "The diary must have at least one day.");

        var n = observed.Length;
        var yearsPerSeries = n / DaysPerYear;
        var replicates = (int)Math.Ceiling(options.CalibrationYears / yearsPerSeries);
        var simulatedYears = replicates * yearsPerSeries;
        var budget = options.MaxFalseFlaresPerYear * simulatedYears;

        var series = new double[replicates][];
        var firstPass = new double[replicates][];
        var random = new Random(options.Seed);
        var noise = new double[n];
        var window = new PersonalBaseline.Window(options.BaselineWindowDays);
        var marginalSd = innovationSd / Math.Sqrt(1 - (phi * phi));
        for (var r = 0; r < replicates; r++)
        {
            // One draw per calendar day whatever the mask, so the draws do not depend on the missing pattern.
            Gaussian.Fill(random, noise);
            var y = new double[n];
            var x = marginalSd * noise[0];
            for (var t = 0; t < n; t++)
            {
                if (t > 0)
                {
                    x = (phi * x) + (innovationSd * noise[t]);
                }

                y[t] = observed[t] ? x : double.NaN;
            }

            series[r] = y;
            firstPass[r] = new double[n];
            window.Fill(y, default, options.MinBaselineDays, firstPass[r]);
        }

        var grid = options.GridSize;
        var evaluated = 0;

        // Stage 1: first-pass baseline only.
        var start = grid - 1;
        var previousThreshold = double.NaN;
        for (var i = 0; i < grid; i++)
        {
            var threshold = Threshold(options, options.KAt(i), innovationSd);
            if (threshold == previousThreshold)
            {
                continue;
            }

            previousThreshold = threshold;
            double count = 0;
            for (var r = 0; r < replicates && count <= budget; r++)
            {
                count += FlareRule.CountEpisodes(series[r], firstPass[r], threshold, options.MinDays);
            }

            if (count <= budget)
            {
                start = i;
                break;
            }
        }

        // Stage 2: the full iterated rule from there upwards.
        var rule = new FlareRule(n, options);
        previousThreshold = double.NaN;
        for (var i = start; i < grid; i++)
        {
            var k = options.KAt(i);
            var threshold = Threshold(options, k, innovationSd);
            var last = i == grid - 1;
            if (threshold == previousThreshold && !last)
            {
                continue;
            }

            previousThreshold = threshold;
            evaluated++;
            double count = 0;
            for (var r = 0; r < replicates && (last || count <= budget); r++)
            {
                // Pass 1 finding nothing means the iteration stops there with nothing.
                if (FlareRule.CountEpisodes(series[r], firstPass[r], threshold, options.MinDays) > 0)
                {
                    count += rule.Run(series[r], threshold, firstPass[r]);
                }
            }

            if (count <= budget || last)
            {
                return new FlareCalibration(
                    k, threshold, count / simulatedYears, simulatedYears, replicates, evaluated,
                    ReachedGridTop: count > budget, FloorBinding: k * innovationSd <= options.MinRisePoints, options.Seed);
            }
        }

        throw new InvalidOperationException("The k grid is empty.");
    }

    internal static double Threshold(FlareOptions options, double k, double innovationSd) => Math.Max(options.MinRisePoints, k * innovationSd);
}

/// <summary>The outcome of <see cref="FlareCalibrator.Calibrate"/>.</summary>
/// <param name="K">The chosen k: the smallest grid value meeting the target, or the top of the grid if none does.</param>
/// <param name="Threshold">max(<see cref="FlareOptions.MinRisePoints"/>, k·σ): the rise over baseline that counts.</param>
/// <param name="FalseFlaresPerYear">Flares per simulated person-year at <paramref name="K"/> on the no-flare model.</param>
/// <param name="SimulatedYears">Person-years simulated.</param>
/// <param name="Replicates">Simulated series of the person's length.</param>
/// <param name="CandidatesEvaluated">Values of k run through the full iterated rule.</param>
/// <param name="ReachedGridTop">True when even the top of the grid shows more false flares than the target.</param>
/// <param name="FloorBinding">True when k·σ is at most the 2-point floor, so the floor, not k, sets the bar.</param>
/// <param name="Seed">Seed of the simulations.</param>
public sealed record FlareCalibration(
    double K,
    double Threshold,
    double FalseFlaresPerYear,
    double SimulatedYears,
    int Replicates,
    int CandidatesEvaluated,
    bool ReachedGridTop,
    bool FloorBinding,
    int Seed);
