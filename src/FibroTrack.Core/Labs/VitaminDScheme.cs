namespace FibroTrack.Core.Labs;

/// <summary>Which published thresholds the 25-OH vitamin D band uses. The scheme is always shown with the band.</summary>
public enum VitaminDScheme
{
    /// <summary>
    /// National Academy of Medicine (then IOM), 2011: &lt; 12 ng/mL deficient, 12 to &lt; 20 possibly
    /// inadequate, 20–50 adequate, &gt; 50 possible concern. The default: flagged Low below 20, High above 50.
    /// </summary>
    NamIom2011 = 0,

    /// <summary>
    /// Endocrine Society, 2011: &lt; 20 ng/mL deficient, 20 to &lt; 30 insufficient, ≥ 30 sufficient.
    /// Flagged Low below 30; no upper limit is used.
    /// </summary>
    EndocrineSociety2011 = 1,
}
