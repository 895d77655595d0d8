namespace FibroTrack.Core.Labs;

/// <summary>A reference range; either end may be open (a lab writing "&lt; 5" gives only a high end).</summary>
/// <param name="Low">Lowest normal value, inclusive.</param>
/// <param name="High">Highest normal value, inclusive.</param>
/// <param name="Unit">The UCUM unit of both ends.</param>
public sealed record ReferenceRange(double? Low, double? High, string Unit)
{
    /// <summary>
    /// Where <paramref name="value"/> lies. Both ends count as normal: a lab printing "0–10" means 10 is
    /// within range, and CLINICAL.md's "CRP &lt; 10 mg/L" is read the same way (upper limit 10).
    /// </summary>
    public LabFlag Classify(double value) =>
        value < Low ? LabFlag.Low : value > High ? LabFlag.High : LabFlag.Normal;

    public override string ToString() => (Low, High) switch
    {
        ({ } lo, { } hi) => $"{LabFormat.Number(lo)}–{LabFormat.Number(hi)} {Unit}",
        (null, { } hi) => $"up to {LabFormat.Number(hi)} {Unit}",
        ({ } lo, null) => $"from {LabFormat.Number(lo)} {Unit}",
        _ => "no limits",
    };
}
