using System.Text.RegularExpressions;

namespace FibroTrack.Core.Labs;

/// <summary>Checks the shape and check digit of a LOINC code (<c>NNNNN-C</c>).</summary>
public static partial class LoincCode
{
    /// <summary>Whether <paramref name="text"/> is shaped like a LOINC code: 1–7 digits, a hyphen, one digit.</summary>
    public static bool LooksLike(string text) => Shape().IsMatch(text);

    /// <summary>
    /// Whether <paramref name="text"/> is a LOINC code with a correct check digit (the Mod 10 algorithm
    /// in the LOINC User's Guide: double the digits in odd positions from the right, read as one number,
    /// put the other digits in front, add up all digits; the check digit brings the sum to a multiple of 10).
    /// </summary>
    public static bool IsValid(string text)
    {
        if (!LooksLike(text))
        {
            return false;
        }

        var body = text[..^2];
        var odd = string.Empty;
        var even = string.Empty;
        for (var i = 0; i < body.Length; i++)
        {
            // Position counted from the right, starting at 1.
            if ((body.Length - i) % 2 == 1)
            {
                odd += body[i];
            }
            else
            {
                even += body[i];
            }
        }

        var doubled = (long.Parse(odd, System.Globalization.CultureInfo.InvariantCulture) * 2)
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sum = (even + doubled).Sum(c => c - '0');
        return (10 - (sum % 10)) % 10 == text[^1] - '0';
    }

    [GeneratedRegex("^[0-9]{1,7}-[0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
