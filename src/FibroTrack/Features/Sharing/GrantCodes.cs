using System.Security.Cryptography;
using System.Text;

namespace FibroTrack.Features.Sharing;

/// <summary>
/// One-time codes: 100 random bits as 20 Crockford base-32 characters in groups of five, easy to read out or type.
/// Only the SHA-256 of the normalised code is stored, so a copy of the database does not hand out access.
/// </summary>
public static class GrantCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 20;

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[Length];
        RandomNumberGenerator.Fill(bytes);
        var text = new StringBuilder(Length + 3);
        for (var i = 0; i < Length; i++)
        {
            if (i > 0 && i % 5 == 0)
            {
                text.Append('-');
            }

            text.Append(Alphabet[bytes[i] & 31]);
        }

        return text.ToString();
    }

    /// <summary>The code as typed, upper-cased without dashes or spaces (and O→0, I/L→1, as Crockford reads them); null when it cannot be one.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var text = new StringBuilder(Length);
        foreach (var c in typed.ToUpperInvariant())
        {
            var d = c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };
            if (d is '-' or ' ')
            {
                continue;
            }

            if (!Alphabet.Contains(d, StringComparison.Ordinal))
            {
                return null;
            }

            text.Append(d);
        }

        return text.Length == Length ? text.ToString() : null;
    }

    public static string Hash(string normalised) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
}
