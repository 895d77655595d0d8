namespace FibroTrack.Core.Labs;

/// <summary>
/// A light syntax check for UCUM-like unit strings typed for analytes outside the catalogue. Not a UCUM
/// parser: it refuses what cannot be a unit (spaces, stray symbols, unbalanced brackets) and leaves the
/// meaning to the person.
/// </summary>
public static class UcumSyntax
{
    public const int MaxLength = 20;

    private const string Symbols = "./*^-+%'_[]{}()";

    /// <summary>The unit with micro signs (µ, μ) written as UCUM's <c>u</c> and surrounding space removed.</summary>
    public static string Normalize(string unit) => unit.Trim().Replace('\u00B5', 'u').Replace('\u03BC', 'u');

    /// <summary>Key for comparing spellings: normalized and lower-cased.</summary>
    internal static string MatchKey(string unit) => Normalize(unit).ToLowerInvariant();

    /// <summary>Whether <paramref name="unit"/> (already <see cref="Normalize"/>d) looks like a UCUM unit.</summary>
    public static bool IsPlausible(string unit)
    {
        if (unit.Length is 0 or > MaxLength)
        {
            return false;
        }

        // "/min" is a unit; "mg/" and "*9" are not.
        if (unit[0] is '.' or '*' or '^' || unit[^1] is '.' or '*' or '^' or '/' or '-' or '+')
        {
            return false;
        }

        if (unit.Contains("//", StringComparison.Ordinal) || unit.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        char? open = null;
        var parens = 0;
        var hasUnitChar = false;
        foreach (var c in unit)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '%')
            {
                hasUnitChar = true;
                continue;
            }

            if (!Symbols.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }

            switch (c)
            {
                case '[' or '{' when open is not null:
                    return false;
                case '[' or '{':
                    open = c;
                    break;
                case ']' when open != '[':
                case '}' when open != '{':
                    return false;
                case ']' or '}':
                    open = null;
                    break;
                case '(':
                    parens++;
                    break;
                case ')' when --parens < 0:
                    return false;
            }
        }

        return open is null && parens == 0 && hasUnitChar;
    }
}
