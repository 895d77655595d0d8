using System.Globalization;
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
}
