using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FibroTrack.Core.Text;

/// <summary>Makes stable, URL- and code-safe identifiers from names people type.</summary>
public static class Slug
{
    public const int MaxLength = 40;

    /// <summary>Lower-case ASCII letters and digits separated by single hyphens; accents are dropped. Empty when nothing usable remains.</summary>
    public static string From(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = char.ToLowerInvariant(ch);
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return sb.Length > MaxLength ? sb.ToString(0, MaxLength).TrimEnd('-') : sb.ToString();
    }

    /// <summary>
    /// A code-safe key for a name: its <see cref="From"/> slug, or, for a name in a script with no
    /// Latin transliteration here (Cyrillic, Greek, CJK, …), <c>u-</c> and 8 hex digits of a hash of the
    /// name, so such names are accepted and always get the same key. Empty for names without any
    /// letter or digit.
    /// </summary>
    public static string KeyFor(string name)
    {
        var slug = From(name);
        if (slug.Length > 0 || !name.Any(char.IsLetterOrDigit))
        {
            return slug;
        }

        var normalized = name.Trim().Normalize(NormalizationForm.FormC).ToLowerInvariant();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalized));
        return "u-" + Convert.ToHexStringLower(hash.AsSpan(0, 4));
    }
}
