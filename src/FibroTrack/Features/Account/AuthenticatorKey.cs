using System.Text;
using QRCoder;

namespace FibroTrack.Features.Account;

/// <summary>What an authenticator app needs to be set up: the shared key to type, the otpauth:// URI and its QR code.</summary>
public static class AuthenticatorKey
{
    private const string Issuer = "FibroTrack";

    /// <summary>The Base32 key in groups of four, lower case, as authenticator apps show it: easier to type on a phone.</summary>
    public static string Format(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString().ToLowerInvariant();
    }

    /// <summary>The Key Uri Format of Google Authenticator, which every TOTP app reads: SHA-1, six digits, 30 seconds.</summary>
    public static string Uri(string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}" +
        $"?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>
    /// The URI as an SVG QR code, drawn on the server. Plain rects and paths with fill attributes: no style attribute
    /// and no script, so it sits inline under the content security policy.
    /// </summary>
    public static string QrSvg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(6, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    /// <summary>
    /// A six-digit authenticator code as typed ("123 456", "123-456"), without its separators; null when the text is
    /// something else, such as a recovery code.
    /// </summary>
    public static string? AuthenticatorCode(string? typed)
    {
        var code = WithoutSpaces(typed).Replace("-", string.Empty, StringComparison.Ordinal);
        return code.Length == 6 && code.All(char.IsAsciiDigit) ? code : null;
    }

    /// <summary>Text as typed without white space. Recovery codes keep their hyphen: Identity stores them with it.</summary>
    public static string WithoutSpaces(string? typed) =>
        string.Concat((typed ?? string.Empty).Where(c => !char.IsWhiteSpace(c)));
}
