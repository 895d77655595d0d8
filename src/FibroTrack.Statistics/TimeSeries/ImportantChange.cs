using FibroTrack.Statistics.Numerics;

namespace FibroTrack.Statistics.TimeSeries;

/// <summary>
/// The smallest change in an outcome that matters to the person, for the "probability the change is
/// important" of <see cref="InterruptedTimeSeries"/>: a fixed number of points, or a share of the pre-change mean.
/// </summary>
/// <remarks>
/// Implementation note: IMMPACT (Dworkin et al., J Pain 2008;9:105–121) calls a fall of ≥ 2 points or
/// ≥ 30% on a 0–10 pain rating "moderately important" (patients' "much improved"; Farrar et al., Pain
/// 2001;94:149–158, whose trials included fibromyalgia). The default is the 2 points
/// (<see cref="TwoPoints"/>): the ITS level change is an absolute shift, and 30% of a low baseline (0.6 points
/// at a baseline of 2) is smaller than the day-to-day noise of an integer rating, while at typical
/// fibromyalgia baselines of 6–7 the two rules agree (30% of 6.5 = 1.95). Both rules are defined for
/// 0–10 scales; for any other outcome pass <see cref="Points"/> in its units.
/// </remarks>
public sealed record ImportantChange
{
    private ImportantChange(double? points, double? fractionOfBaseline)
    {
        FixedPoints = points;
        FractionOfBaseline = fractionOfBaseline;
    }

    /// <summary>IMMPACT's 2 points on a 0–10 scale (the default).</summary>
    public static ImportantChange TwoPoints { get; } = new(2, null);

    /// <summary>IMMPACT's 30% of the person's pre-change mean on a 0–10 scale.</summary>
    public static ImportantChange ThirtyPercentOfBaseline { get; } = new(null, 0.3);

    /// <summary>The fixed threshold, or null when the threshold is a share of the baseline.</summary>
    public double? FixedPoints { get; }

    /// <summary>The share of the baseline mean, or null for a fixed threshold.</summary>
    public double? FractionOfBaseline { get; }

    /// <summary>A fixed threshold in the outcome's units.</summary>
    public static ImportantChange Points(double points)
    {
        Preconditions.CheckPositive(points, nameof(points));
        Preconditions.CheckFinite(points, nameof(points));
        return new(points, null);
    }

    /// <summary>A share (0 to 1) of the absolute pre-change mean.</summary>
    public static ImportantChange ShareOfBaseline(double fraction)
    {
        Preconditions.CheckPositive(fraction, nameof(fraction));
        Preconditions.CheckArgumentRange(fraction, nameof(fraction), 0, 1);
        return new(null, fraction);
    }

    /// <summary>The threshold in outcome units for a person whose pre-change mean is <paramref name="baselineMean"/>.</summary>
    public double ThresholdFor(double baselineMean) => FixedPoints ?? (FractionOfBaseline!.Value * Math.Abs(baselineMean));
}
