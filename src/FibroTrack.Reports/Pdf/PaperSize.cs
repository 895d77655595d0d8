using SkiaSharp;

namespace FibroTrack.Reports.Pdf;

/// <summary>The paper a report is laid out for.</summary>
public enum PaperSize
{
    /// <summary>ISO 216 A4, 210 × 297 mm.</summary>
    A4,

    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter,
}

public static class Paper
{
    /// <summary>Page size in PDF points (1/72 in): A4 is 595.28 × 841.89, Letter 612 × 792.</summary>
    public static SKSize Points(PaperSize paper) => paper switch
    {
        PaperSize.A4 => new SKSize(210 / 25.4f * 72, 297 / 25.4f * 72),
        PaperSize.Letter => new SKSize(8.5f * 72, 11f * 72),
        _ => throw new ArgumentOutOfRangeException(nameof(paper), paper, null),
    };

    /// <summary>"a4" or "letter" (any case) to a <see cref="PaperSize"/>; null for anything else.</summary>
    public static PaperSize? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "a4" => PaperSize.A4,
        "letter" or "us-letter" => PaperSize.Letter,
        _ => null,
    };
}
