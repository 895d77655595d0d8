using System.Globalization;

namespace FibroTrack.Core.Labs;

/// <summary>
/// A titer 1:N: the highest dilution at which the test was still positive. Usually N is 10, 20 or 40
/// times a power of two (1:40, 1:80, 1:160, 1:320), but any positive whole number is accepted.
/// </summary>
public readonly record struct LabTiter
{
    /// <summary>The largest N accepted, far above any real titer.</summary>
    public const int MaxDilution = 100_000_000;

    public LabTiter(int dilution)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dilution, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dilution, MaxDilution);
        Dilution = dilution;
    }

    /// <summary>N in 1:N.</summary>
    public int Dilution { get; }

    /// <summary>
    /// Reads exactly <c>1:N</c> (surrounding spaces ignored): N is written in ASCII digits without sign,
    /// spaces or leading zeros. "160", "1:0", "1:-5", "2:160" and "1/160" are refused.
    /// </summary>
    public static bool TryParse(string? text, out LabTiter titer)
    {
        titer = default;
        var s = text?.Trim();
        if (s is null || !s.StartsWith("1:", StringComparison.Ordinal))
        {
            return false;
        }

        var digits = s[2..];
        if (digits.Length is 0 or > 9 || digits[0] == '0' || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var n = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (n > MaxDilution)
        {
            return false;
        }

        titer = new LabTiter(n);
        return true;
    }

    public override string ToString() => "1:" + Dilution.ToString(CultureInfo.InvariantCulture);
}
