using System.Collections.Immutable;
using FibroTrack.Statistics.Numerics;

namespace FibroTrack.Statistics.Diagnostics;

/// <summary>Ljung–Box portmanteau test for residual autocorrelation (Ljung &amp; Box, Biometrika 1978;65:297–303).</summary>
/// <remarks>
/// <para>Q = n(n + 2)·Σ_{k=1..h} r_k²/(n − k) on h − fitdf df, as R <c>Box.test(x, lag = h, type = "Ljung-Box",
/// fitdf = fitdf)</c> and statsmodels <c>acorr_ljungbox(x, lags = [h], model_df = fitdf)</c>.</para>
/// <para>Gaps: pass residuals on the calendar grid with NaN where a day has no residual (missing or not used by
/// the fit). Implementation note: the autocorrelations then follow R's <c>acf(x, na.action = na.pass)</c>, which
/// <c>Box.test</c> uses: the series is centred on the mean of its present values, r_k = c_k/c₀ with
/// c_k = Σ (over pairs k days apart with both present) e_t·e_{t+k} / (pairs + k), and n is the number of
/// present values (R, <c>src/library/stats/src/filter.c</c>, <c>acf0</c>; <c>Box.test</c> in
/// <c>src/library/stats/R/Box.test.R</c>). So a lag never pairs two days that are not exactly k days apart, and
/// with no NaN this is the textbook statistic (pairs + k = n), equal to statsmodels. Squeezing the gaps out
/// first would instead pair days across a gap, which is what STATS.md forbids for lags.</para>
/// </remarks>
public static class LjungBox
{
    /// <summary>Runs the test on <paramref name="residuals"/> (NaN marks a missing day).</summary>
    /// <param name="lag">h, the number of autocorrelations summed (7: a week of daily data).</param>
    /// <param name="fitdf">Degrees of freedom used up by the fitted model's autoregressive terms (p of an AR(p)).</param>
    public static LjungBoxResult Test(ReadOnlySpan<double> residuals, int lag = 7, int fitdf = 0)
    {
        Preconditions.CheckArgumentRange(lag, nameof(lag), 1, int.MaxValue);
        Preconditions.CheckArgumentRange(fitdf, nameof(fitdf), 0, lag - 1);

        double sum = 0;
        var n = 0;
        foreach (var e in residuals)
        {
            if (!double.IsNaN(e))
            {
                Preconditions.CheckArgument(double.IsFinite(e), nameof(residuals), "Residuals must be finite numbers or NaN for a gap.");
                sum += e;
                n++;
            }
        }

        Preconditions.CheckArgument(n > lag + 1, nameof(residuals), $"The test at lag {lag} needs more than {lag + 1} residuals (got {n}).");
        var mean = sum / n;

        var c0 = Autocovariance(residuals, mean, 0);
        var r = new double[lag];
        double q = 0;
        for (var k = 1; k <= lag; k++)
        {
            // R clamps to [−1, 1]; with gaps the pairwise ratio can step outside it.
            r[k - 1] = Math.Clamp(Autocovariance(residuals, mean, k) / c0, -1, 1);
            q += r[k - 1] * r[k - 1] / (n - k);
        }

        q *= n * (n + 2.0);
        var df = lag - fitdf;
        return new LjungBoxResult(q, lag, df, Distributions.ChiSquareUpperP(q, df), n, [.. r]);
    }

    /// <inheritdoc cref="Test(ReadOnlySpan{double}, int, int)"/>
    public static LjungBoxResult Test(IReadOnlyList<double> residuals, int lag = 7, int fitdf = 0)
    {
        ArgumentNullException.ThrowIfNull(residuals);
        return Test([.. residuals], lag, fitdf);
    }

    private static double Autocovariance(ReadOnlySpan<double> x, double mean, int k)
    {
        double sum = 0;
        var pairs = 0;
        for (var t = 0; t + k < x.Length; t++)
        {
            var a = x[t];
            var b = x[t + k];
            if (!double.IsNaN(a) && !double.IsNaN(b))
            {
                sum += (a - mean) * (b - mean);
                pairs++;
            }
        }

        return pairs > 0 ? sum / (pairs + k) : double.NaN;
    }
}

/// <summary>A Ljung–Box test.</summary>
/// <param name="Q">The Ljung–Box statistic.</param>
/// <param name="Lag">h, the number of autocorrelations in Q.</param>
/// <param name="DegreesOfFreedom">h − fitdf.</param>
/// <param name="P">Upper χ² tail of Q on <paramref name="DegreesOfFreedom"/> df.</param>
/// <param name="Observations">n, the residuals present (NaN excluded).</param>
/// <param name="Autocorrelations">r₁ … r_h.</param>
public sealed record LjungBoxResult(double Q, int Lag, int DegreesOfFreedom, double P, int Observations, ImmutableArray<double> Autocorrelations);
