using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace FibroTrack.Statistics.Numerics;

/// <summary>
/// Tail probabilities and quantiles of the t, F and χ² distributions used by the tests of this project.
/// </summary>
/// <remarks>
/// Implementation note: upper tails come straight from the regularized incomplete beta and gamma
/// functions instead of <c>1 − CDF</c>, which cancels catastrophically in the far tail (STATS.md,
/// "Numerics in C#"). Identities (Abramowitz &amp; Stegun 26.5.27, 26.6.8 and 26.4.19; NIST DLMF 8.17):
/// <list type="bullet">
/// <item>t on ν df: P(|T| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, 1/2).</item>
/// <item>F on (d₁, d₂) df: P(F ≥ f) = I_{d₂/(d₂+d₁f)}(d₂/2, d₁/2).</item>
/// <item>χ² on k df: P(X ≥ x) = Q(k/2, x/2), the regularized upper incomplete gamma function.</item>
/// </list>
/// NaN statistics give NaN probabilities, so a missing test stays visibly missing.
/// </remarks>
public static class Distributions
{
    /// <summary>Two-sided p-value of a t statistic on <paramref name="df"/> degrees of freedom: P(|T| ≥ |t|).</summary>
    public static double StudentTTwoSidedP(double t, double df)
    {
        Preconditions.CheckPositive(df, nameof(df));
        if (double.IsNaN(t))
        {
            return double.NaN;
        }

        if (double.IsInfinity(t))
        {
            return 0;
        }

        if (double.IsPositiveInfinity(df))
        {
            // Normal limit: P(|Z| ≥ |t|) = erfc(|t|/√2).
            return SpecialFunctions.Erfc(Math.Abs(t) / Math.Sqrt(2));
        }

        var x = df / (df + (t * t));
        return Math.Clamp(SpecialFunctions.BetaRegularized(df / 2, 0.5, x), 0, 1);
    }

    /// <summary>One-sided upper p-value of a t statistic: P(T ≥ t).</summary>
    public static double StudentTUpperP(double t, double df)
    {
        var twoSided = StudentTTwoSidedP(t, df);
        return t >= 0 ? twoSided / 2 : 1 - (twoSided / 2);
    }

    /// <summary>Upper tail of the F distribution on (<paramref name="df1"/>, <paramref name="df2"/>) df: P(F ≥ f).</summary>
    public static double FUpperP(double f, double df1, double df2)
    {
        Preconditions.CheckPositive(df1, nameof(df1));
        Preconditions.CheckPositive(df2, nameof(df2));
        if (double.IsNaN(f))
        {
            return double.NaN;
        }

        if (f <= 0)
        {
            return 1;
        }

        if (double.IsPositiveInfinity(f))
        {
            return 0;
        }

        var x = df2 / (df2 + (df1 * f));
        return Math.Clamp(SpecialFunctions.BetaRegularized(df2 / 2, df1 / 2, x), 0, 1);
    }

    /// <summary>Upper tail of the χ² distribution on <paramref name="df"/> df: P(X ≥ x).</summary>
    public static double ChiSquareUpperP(double x, double df)
    {
        Preconditions.CheckPositive(df, nameof(df));
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        if (x <= 0)
        {
            return 1;
        }

        if (double.IsPositiveInfinity(x))
        {
            return 0;
        }

        return Math.Clamp(SpecialFunctions.GammaUpperRegularized(df / 2, x / 2), 0, 1);
    }

    /// <summary>
    /// The <paramref name="p"/>-quantile of Student's t on <paramref name="df"/> df, e.g.
    /// <c>StudentTQuantile(0.975, df)</c> for a 95% interval.
    /// </summary>
    /// <remarks>
    /// Implementation note: Math.NET's <see cref="StudentT.InvCDF"/> solves CDF(x) = p by a bracketing root
    /// finder to about 1e-8; two Newton steps on the beta-based tail above polish it to near machine precision.
    /// </remarks>
    public static double StudentTQuantile(double p, double df)
    {
        Preconditions.CheckArgumentRange(p, nameof(p), 0, 1);
        Preconditions.CheckPositive(df, nameof(df));
        if (p == 0)
        {
            return double.NegativeInfinity;
        }

        if (p == 1)
        {
            return double.PositiveInfinity;
        }

        if (p == 0.5)
        {
            return 0;
        }

        if (double.IsPositiveInfinity(df))
        {
            return Normal.InvCDF(0, 1, p);
        }

        // Work in the upper tail of |T| so the tail probability is computed without cancellation.
        var upper = p > 0.5 ? 1 - p : p;
        var t = Math.Abs(StudentT.InvCDF(0, 1, df, upper));
        for (var i = 0; i < 2; i++)
        {
            var tail = StudentTTwoSidedP(t, df) / 2;
            var density = StudentT.PDF(0, 1, df, t);
            if (!(density > 0))
            {
                break;
            }

            t += (tail - upper) / density;
        }

        return p > 0.5 ? t : -t;
    }
}
