using System.Globalization;
using FibroTrack.Reports.Pdf;
using SkiaSharp;

namespace FibroTrack.Reports.Clinician;

/// <summary>
/// The body-map heat map of the report: a front and a back figure, the shapes of the check-in's body map
/// (wwwroot/img/body-front.svg, body-back.svg), with a disc on each of the 19 WPI areas shaded by how often it was
/// marked painful and labelled with the share.
/// </summary>
/// <remarks>The area positions are the check-in's (wwwroot/css/app.css, <c>.hs-*</c>: left/top in % of each figure).
/// Like the check-in, the front view shows the person's right side on the left of the picture.</remarks>
internal static class BodyMapFigure
{
    private static readonly Dictionary<string, (bool Back, float X, float Y)> Positions = new(StringComparer.Ordinal)
    {
        ["wpi.jaw-right"] = (false, 0.38f, 0.08f),
        ["wpi.jaw-left"] = (false, 0.62f, 0.08f),
        ["wpi.shoulder-right"] = (false, 0.26f, 0.20f),
        ["wpi.shoulder-left"] = (false, 0.74f, 0.20f),
        ["wpi.chest"] = (false, 0.50f, 0.25f),
        ["wpi.upper-arm-right"] = (false, 0.16f, 0.31f),
        ["wpi.upper-arm-left"] = (false, 0.84f, 0.31f),
        ["wpi.abdomen"] = (false, 0.50f, 0.39f),
        ["wpi.lower-arm-right"] = (false, 0.10f, 0.45f),
        ["wpi.lower-arm-left"] = (false, 0.90f, 0.45f),
        ["wpi.hip-right"] = (false, 0.35f, 0.52f),
        ["wpi.hip-left"] = (false, 0.65f, 0.52f),
        ["wpi.upper-leg-right"] = (false, 0.37f, 0.67f),
        ["wpi.upper-leg-left"] = (false, 0.63f, 0.67f),
        ["wpi.lower-leg-right"] = (false, 0.37f, 0.87f),
        ["wpi.lower-leg-left"] = (false, 0.63f, 0.87f),
        ["wpi.neck"] = (true, 0.50f, 0.16f),
        ["wpi.upper-back"] = (true, 0.50f, 0.34f),
        ["wpi.lower-back"] = (true, 0.50f, 0.53f),
    };

    /// <summary>Draws both figures side by side in <paramref name="rect"/>.</summary>
    public static void Draw(SKCanvas canvas, SKRect rect, IReadOnlyList<BodyAreaShare> areas, SKColor heat)
    {
        // Figures keep the SVGs' 1:2 aspect; the back view is drawn at the same size here so its labels stay legible.
        var height = rect.Height - 14;
        var width = height / 2;
        var gap = Math.Max(24, (rect.Width - (2 * width)) / 3);
        var front = new SKRect(rect.Left + gap, rect.Top, rect.Left + gap + width, rect.Top + height);
        var back = new SKRect(front.Right + gap, rect.Top, front.Right + gap + width, rect.Top + height);
        Silhouette(canvas, front);
        Silhouette(canvas, back);

        using var font = new SKFont(ReportFonts.Regular, 7f);
        using var bold = new SKFont(ReportFonts.Bold, 8f);
        using var ink = new SKPaint { Color = new SKColor(0x1F, 0x29, 0x37), IsAntialias = true };
        canvas.DrawText("Front (your right on the left)", front.MidX, rect.Bottom - 2, SKTextAlign.Center, font, ink);
        canvas.DrawText("Back", back.MidX, rect.Bottom - 2, SKTextAlign.Center, font, ink);

        var max = Math.Max(areas.Count == 0 ? 0 : areas.Max(a => a.Share), 0.01);
        var radius = width * 0.085f;
        foreach (var area in areas)
        {
            if (!Positions.TryGetValue(area.Code, out var at))
            {
                continue;
            }

            var figure = at.Back ? back : front;
            var centre = new SKPoint(figure.Left + (at.X * figure.Width), figure.Top + (at.Y * figure.Height));
            using var fill = new SKPaint { Color = heat.WithAlpha((byte)(25 + (200 * area.Share / max))), IsAntialias = true };
            using var ring = new SKPaint { Color = heat, IsStroke = true, StrokeWidth = 0.8f, IsAntialias = true };
            canvas.DrawCircle(centre, radius, fill);
            canvas.DrawCircle(centre, radius, ring);
            var text = (100 * area.Share).ToString("0", CultureInfo.InvariantCulture) + "%";
            canvas.DrawText(text, centre.X, centre.Y + 3f, SKTextAlign.Center, bold, ink);
        }
    }

    /// <summary>The body-front.svg outline (viewBox 200 × 400) scaled into <paramref name="r"/>.</summary>
    private static void Silhouette(SKCanvas canvas, SKRect r)
    {
        var s = r.Width / 200f;
        canvas.Save();
        canvas.Translate(r.Left, r.Top);
        canvas.Scale(s);
        using var body = new SKPaint { Color = new SKColor(0x8A, 0x96, 0xA3, 0x59), IsAntialias = true };
        using var outline = new SKPaint { Color = new SKColor(0x6B, 0x77, 0x85), IsStroke = true, StrokeWidth = 2, IsAntialias = true, StrokeJoin = SKStrokeJoin.Round };
        using var limb = new SKPaint { Color = new SKColor(0x8A, 0x96, 0xA3, 0x59), IsStroke = true, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round, IsAntialias = true };
        canvas.DrawCircle(100, 30, 24, body);
        canvas.DrawCircle(100, 30, 24, outline);
        using var neck = SKPath.ParseSvgPathData("M88 52 H112 V70 H88 Z");
        canvas.DrawPath(neck, body);
        using var torso = SKPath.ParseSvgPathData("M52 70 Q100 60 148 70 L140 200 Q100 215 60 200 Z");
        canvas.DrawPath(torso, body);
        canvas.DrawPath(torso, outline);
        foreach (var (path, width) in new[] { ("M54 76 L26 190 L16 244", 22f), ("M146 76 L174 190 L184 244", 22f), ("M80 206 L76 300 L74 390", 30f), ("M120 206 L124 300 L126 390", 30f) })
        {
            using var p = SKPath.ParseSvgPathData(path);
            limb.StrokeWidth = width;
            canvas.DrawPath(p, limb);
        }

        canvas.Restore();
    }
}
