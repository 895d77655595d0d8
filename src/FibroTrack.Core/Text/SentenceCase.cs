namespace FibroTrack.Core.Text;

/// <summary>Variable labels and descriptions placed inside and at the start of a sentence.</summary>
public static class SentenceCase
{
    /// <summary>"overall pain" from "Overall pain", for the middle of a sentence; acronyms such as "FIQR total" keep their capitals.</summary>
    public static string Lower(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label.Length > 1 && char.IsUpper(label[0]) && char.IsLower(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;
    }

    /// <summary>The text with its first letter upper case, for the start of a sentence.</summary>
    public static string Capitalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
