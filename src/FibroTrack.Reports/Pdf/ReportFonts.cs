using ScottPlot;
using SkiaSharp;

namespace FibroTrack.Reports.Pdf;

/// <summary>
/// DejaVu Sans, regular and bold, loaded from the assembly's embedded resources: the report and the charts render with
/// the same typeface on a machine with no fonts installed, and the PDF embeds (a subset of) it.
/// </summary>
public static class ReportFonts
{
    /// <summary>The family name the charts ask ScottPlot for; <see cref="Resolver"/> answers it with the embedded files.</summary>
    public const string FamilyName = "DejaVu Sans";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lock Gate = new();
    private static bool _registered;

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>
    /// Puts the embedded faces first among ScottPlot's font resolvers (once per process), so every chart that names
    /// <see cref="FamilyName"/> measures and draws with them, in SVG and PDF alike.
    /// </summary>
    public static void RegisterWithCharts()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            ScottPlot.Fonts.FontResolvers.Insert(0, new Resolver());
            _registered = true;
        }
    }

    private static SKTypeface Load(string file)
    {
        var name = "FibroTrack.Reports.Fonts." + file;
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font {name} is not embedded in {typeof(ReportFonts).Assembly.GetName().Name}.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The embedded font {name} could not be read.");
    }

    /// <summary>Answers <see cref="FamilyName"/> (any case) with the embedded faces; anything else falls through to the next resolver.</summary>
    private sealed class Resolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            string.Equals(fontName, FamilyName, StringComparison.OrdinalIgnoreCase) ? (bold ? Bold : Regular) : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);
    }
}
