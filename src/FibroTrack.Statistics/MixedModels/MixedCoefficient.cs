namespace FibroTrack.Statistics.MixedModels;

/// <summary>One fixed effect of a mixed model with its two-sided t test and 95% interval.</summary>
/// <param name="DegreesOfFreedom">Between/within df (nlme's rule; see <see cref="RandomInterceptModel"/>).</param>
public sealed record MixedCoefficient(
    string Name,
    double Estimate,
    double StandardError,
    double DegreesOfFreedom,
    double T,
    double P,
    double Lower,
    double Upper);
