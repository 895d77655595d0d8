namespace FibroTrack.Statistics.TimeSeries;

/// <summary>How <see cref="Ar1Gls"/> correlates the errors of two observed days Δ days apart: corr = φ^Δ in both cases.</summary>
public enum Ar1Correlation
{
    /// <summary>
    /// An AR(1) process on the daily grid, φ ∈ (−1, 1), observed on a subset of days. With no gaps this is
    /// nlme's <c>corAR1(form = ~ t)</c>; with gaps and φ̂ &gt; 0 it is <c>corCAR1(form = ~ day)</c>. (nlme's
    /// <c>corAR1</c> itself ignores gaps and correlates by position, the mistake STATS.md warns about, so it
    /// has no counterpart for gaps with φ̂ &lt; 0.)
    /// </summary>
    Discrete,

    /// <summary>The continuous-time AR(1), φ ∈ (0, 1): nlme's <c>corCAR1(form = ~ day)</c>.</summary>
    ContinuousTime,
}
