using System.Globalization;

namespace FibroTrack.Core.Labs;

/// <summary>
/// One unit an analyte accepts, as a UCUM code, with its exact conversion to the analyte's canonical
/// unit: <c>canonical = value × <see cref="Numerator"/> ÷ <see cref="Denominator"/></c>.
/// </summary>
/// <remarks>
/// The factor is kept as a ratio of two short decimals (e.g. 1 ÷ 2.496 for vitamin D in nmol/L) so the
/// table reads like the published conversion and both directions use the same two numbers.
/// </remarks>
/// <param name="Code">The UCUM code, e.g. <c>mg/dL</c>, <c>10*9/L</c>, <c>m[IU]/L</c>.</param>
/// <param name="Numerator">Multiplier towards the canonical unit.</param>
/// <param name="Denominator">Divisor towards the canonical unit.</param>
/// <param name="Spellings">Other ways people and lab reports write the same unit (<c>mg/dl</c>, <c>mIU/L</c>, <c>x10^9/L</c>).</param>
public sealed record LabUnit(string Code, double Numerator, double Denominator, IReadOnlyList<string> Spellings)
{
    /// <summary>Significant digits kept after a conversion; see <see cref="Clean"/>.</summary>
    public const int SignificantDigits = 14;

    /// <summary>A unit equal to the canonical one (factor 1).</summary>
    public static LabUnit Same(string code, params string[] spellings) => new(code, 1, 1, spellings);

    /// <summary>A unit converted to the canonical one by × <paramref name="numerator"/> ÷ <paramref name="denominator"/>.</summary>
    public static LabUnit Scaled(string code, double numerator, double denominator, params string[] spellings) =>
        new(code, numerator, denominator, spellings);

    public bool IsCanonicalFactor => Numerator == Denominator;

    public double ToCanonical(double value) => Clean(value * Numerator / Denominator);

    public double FromCanonical(double canonical) => Clean(canonical * Denominator / Numerator);

    /// <summary>Whether <paramref name="unit"/> is this unit's code or one of its spellings (case-insensitive; µ read as u).</summary>
    public bool Matches(string unit)
    {
        var key = UcumSyntax.MatchKey(unit);
        return UcumSyntax.MatchKey(Code) == key || Spellings.Any(s => UcumSyntax.MatchKey(s) == key);
    }

    /// <summary>
    /// Rounds to <see cref="SignificantDigits"/> significant digits.
    /// </summary>
    /// <remarks>
    /// Implementation note: 29.952 nmol/L ÷ 2.496 is exactly 12 ng/mL on paper but 11.999999999999998 in
    /// binary floating point, which would put a value on a band boundary into the band below. Keeping 14
    /// significant digits removes those last-bit errors (a double carries 15–17) while changing any real
    /// value by at most 5e-14 relative, far below the precision of any lab.
    /// </remarks>
    public static double Clean(double value) =>
        value == 0 || !double.IsFinite(value)
            ? value
            : double.Parse(value.ToString("G" + SignificantDigits, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
