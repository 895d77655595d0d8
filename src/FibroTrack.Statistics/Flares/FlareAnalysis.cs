using System.Collections.Immutable;

namespace FibroTrack.Statistics.Flares;

/// <summary>What <see cref="FlareDetector.Detect(FibroTrack.Core.Matrix.DailyMatrix, FlareOptions?)"/> found, with everything needed to explain it.</summary>
/// <param name="Start">Date of index 0 of <paramref name="Composite"/> and <paramref name="Baseline"/>.</param>
/// <param name="Episodes">Detected flares in date order; empty when none, or when there was too little data (see <paramref name="Notes"/>).</param>
/// <param name="Threshold">The rise over baseline that counted, max(2 points, k·σ); NaN without a calibration.</param>
/// <param name="K">The calibrated k; NaN without a calibration.</param>
/// <param name="Phi">φ of the no-flare AR(1) the calibration simulated (after clamping); NaN without a fit.</param>
/// <param name="InnovationSd">σ of that AR(1); NaN without a fit.</param>
/// <param name="Ar1">The final AR(1) fit (days marked with the flare button and, if any, the first round's episodes left out), or null.</param>
/// <param name="Calibration">How k was chosen, or null.</param>
/// <param name="ButtonAgreement">Agreement with the "I'm in a flare" button, or null when it was never answered.</param>
/// <param name="Composite">The daily composite (<see cref="Flares.Composite"/>), NaN where undefined.</param>
/// <param name="Baseline">The baseline the episodes were found on, NaN where there is none.</param>
/// <param name="BaselinePasses">Detect–exclude–recompute passes of the final round.</param>
/// <param name="BaselineConverged">False when the passes hit <see cref="FlareOptions.MaxBaselinePasses"/> without settling.</param>
/// <param name="Notes">Plain-language caveats for the person: too little data, slow-moving symptoms, the floor setting the bar, etc.</param>
public sealed record FlareAnalysis(
    DateOnly Start,
    ImmutableArray<FlareEpisode> Episodes,
    double Threshold,
    double K,
    double Phi,
    double InnovationSd,
    Ar1Fit? Ar1,
    FlareCalibration? Calibration,
    FlareAgreement? ButtonAgreement,
    ImmutableArray<double> Composite,
    ImmutableArray<double> Baseline,
    int BaselinePasses,
    bool BaselineConverged,
    ImmutableArray<string> Notes)
{
    /// <summary>Whether the rule could run at all (enough data for a fit and a calibration).</summary>
    public bool Evaluated => Calibration is not null;

    /// <summary>Detected flares per year of diary (calendar days).</summary>
    public double EpisodesPerYear => Composite.Length == 0 ? double.NaN : Episodes.Length / (Composite.Length / FlareCalibrator.DaysPerYear);
}
