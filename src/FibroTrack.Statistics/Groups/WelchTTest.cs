using FibroTrack.Statistics.Numerics;

namespace FibroTrack.Statistics.Groups;

/// <summary>Difference of two group means (first − second) with Welch's t-test and 95% interval.</summary>
public sealed record WelchResult(double Difference, double StandardError, double DegreesOfFreedom, double T, double P, double Lower, double Upper);

/// <summary>Welch's unequal-variance t-test, as R's <c>t.test(a, b)</c> (var.equal = FALSE).</summary>
/// <remarks>
/// Implementation note: SE = √(s₁²/n₁ + s₂²/n₂) with Welch–Satterthwaite df
/// (s₁²/n₁ + s₂²/n₂)² / [(s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1)] (Welch 1947).
/// </remarks>
public static class WelchTTest
{
    public static WelchResult Compare(IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        Preconditions.CheckArgument(first.Count >= 2 && second.Count >= 2, nameof(first), "Each group needs at least two values.");
        var (m1, v1) = MeanAndVariance(first);
        var (m2, v2) = MeanAndVariance(second);
        var a = v1 / first.Count;
        var b = v2 / second.Count;
        var se = Math.Sqrt(a + b);
        Preconditions.CheckArgument(se > 0, nameof(first), "Both groups have no spread: there is nothing to test.");
        var df = (a + b) * (a + b) / ((a * a / (first.Count - 1)) + (b * b / (second.Count - 1)));
        var difference = m1 - m2;
        var t = difference / se;
        var q = Distributions.StudentTQuantile(0.975, df);
        return new WelchResult(difference, se, df, t, Distributions.StudentTTwoSidedP(t, df), difference - (q * se), difference + (q * se));
    }

    /// <summary>Mean and sample variance (n − 1), by Welford's update.</summary>
    public static (double Mean, double Variance) MeanAndVariance(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        double mean = 0, m2 = 0;
        for (var i = 0; i < values.Count; i++)
        {
            var delta = values[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (values[i] - mean);
        }

        return (mean, values.Count > 1 ? m2 / (values.Count - 1) : double.NaN);
    }
}
