using FibroTrack.Statistics.Numerics;

namespace FibroTrack.Statistics.Tests.Validation.Simulation;

/// <summary>Pearson r of one pair and its t test.</summary>
/// <param name="Pairs">Days that entered (both values recorded).</param>
/// <param name="P">Two-sided p of t = r √((n − 2)/(1 − r²)) on n − 2 df; NaN with fewer than 3 pairs or no variation.</param>
internal readonly record struct NaiveTest(double R, double P, int Pairs);

/// <summary>
/// The method to beat (STATS.md, opening): a plain per-pair Pearson correlation test at α = 0.05 between the outcome
/// on day t and the exposure on day t − lag, over the days where both are recorded. Gaps are respected (a lag pair is
/// only formed between days exactly <c>lag</c> apart), so the only thing it gets wrong is the one that matters: it treats
/// the days as independent, and diaries are autocorrelated.
/// </summary>
internal static class NaiveCorrelation
{
    public static NaiveTest Test(ReadOnlySpan<double> outcome, ReadOnlySpan<double> exposure, int lag)
    {
        if (outcome.Length != exposure.Length)
        {
            throw new ArgumentException("The series must cover the same days.", nameof(exposure));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(lag);

        // Two passes (means, then centred sums) for accuracy.
        int n = 0;
        double sumY = 0, sumX = 0;
        for (var t = lag; t < outcome.Length; t++)
        {
            var y = outcome[t];
            var x = exposure[t - lag];
            if (!double.IsNaN(y) && !double.IsNaN(x))
            {
                n++;
                sumY += y;
                sumX += x;
            }
        }

        if (n < 3)
        {
            return new NaiveTest(double.NaN, double.NaN, n);
        }

        double meanY = sumY / n, meanX = sumX / n, sxx = 0, syy = 0, sxy = 0;
        for (var t = lag; t < outcome.Length; t++)
        {
            var y = outcome[t];
            var x = exposure[t - lag];
            if (!double.IsNaN(y) && !double.IsNaN(x))
            {
                sxx += (x - meanX) * (x - meanX);
                syy += (y - meanY) * (y - meanY);
                sxy += (x - meanX) * (y - meanY);
            }
        }

        if (sxx <= 0 || syy <= 0)
        {
            return new NaiveTest(double.NaN, double.NaN, n);
        }

        var r = Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
        var t2 = Math.Abs(r) == 1 ? double.PositiveInfinity : r * Math.Sqrt((n - 2) / (1 - (r * r)));
        return new NaiveTest(r, Distributions.StudentTTwoSidedP(t2, n - 2), n);
    }
}
