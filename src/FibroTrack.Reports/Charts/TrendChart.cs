using System.Globalization;
using FibroTrack.Core.Matrix;
using ScottPlot;

namespace FibroTrack.Reports.Charts;

/// <summary>
/// Daily 0–10 ratings as faint dots with their 7-day trailing mean drawn over them as a line: the
/// line shows the trend, the dots keep the day-to-day scatter honest.
/// </summary>
public static class TrendChart
{
    public const int RollingWindow = 7;

    /// <summary>Sans-serif family used for measuring and naming text (embedded, see <see cref="Pdf.ReportFonts"/>); browsers fall back to their own sans.</summary>
    public const string FontName = Pdf.ReportFonts.FamilyName;

    /// <summary>A window needs this many rated days for a mean to be drawn (see <see cref="RollingMean"/>).</summary>
    public const int MinValuesInWindow = 4;

    public static readonly IReadOnlyList<SeriesSpec> PainFatigueSleep =
    [
        new("symptom.pain", "Pain", "#C2410C"),
        new("symptom.fatigue", "Fatigue", "#1D4ED8"),
        new("sleep.quality", "Sleep quality", "#15803D"),
    ];

    /// <summary>
    /// Renders the chart as an SVG document laid out for <paramref name="width"/> × <paramref name="height"/>
    /// pixels. The root gets a viewBox instead of a fixed size so the page can scale it to any width.
    /// </summary>
    public static string RenderSvg(DailyMatrix matrix, IReadOnlyList<SeriesSpec> series, int width, int height, IReadOnlyList<Highlight>? highlights = null)
    {
        using var plot = Build(matrix, series, highlights);
        return Scalable(plot.GetSvgXml(width, height), width, height);
    }

    /// <summary>The chart as a ScottPlot <see cref="Plot"/> (the caller disposes it): the web page renders it as SVG, the PDF report onto its page.</summary>
    public static Plot Build(DailyMatrix matrix, IReadOnlyList<SeriesSpec> series, IReadOnlyList<Highlight>? highlights = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(series);
        return Build(matrix.Start, matrix.DayCount, [.. series.Where(s => matrix.HasColumn(s.Code)).Select(s => (s, matrix.Column(s.Code).ToArray()))], highlights);
    }

    /// <summary>The chart from plain daily arrays (NaN where nothing was rated), each as long as <paramref name="days"/>, starting on <paramref name="first"/>.</summary>
    public static Plot Build(DateOnly first, int days, IReadOnlyList<(SeriesSpec Series, double[] Daily)> series, IReadOnlyList<Highlight>? highlights = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var plot = NewPlot();
        var xs = new double[days];
        for (var d = 0; d < xs.Length; d++)
        {
            xs[d] = ToX(first.AddDays(d));
        }

        foreach (var (s, daily) in series)
        {
            var color = Color.FromHex(s.HexColor);

            var dots = plot.Add.ScatterPoints(xs, daily);
            dots.Color = color.WithAlpha(0.35);
            dots.MarkerSize = 4;

            var mean = plot.Add.ScatterLine(xs, RollingMean.Trailing(daily, RollingWindow, MinValuesInWindow));
            mean.Color = color;
            mean.LineWidth = 2.5f;
            mean.LegendText = s.Label;
        }

        UseDayMonthTicks(plot);
        plot.Axes.SetLimitsY(-0.3, 10.3);
        plot.Axes.SetLimitsX(xs[0] - 0.5, xs[^1] + 0.5);
        plot.YLabel("0–10");
        plot.ShowLegend(Edge.Bottom);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, 6).Select(i => new Tick(i * 2, (i * 2).ToString(CultureInfo.InvariantCulture)))]);
        // One legend entry per kind of span (three flares are one "Flare"), as the timeline chart does.
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var h in highlights ?? [])
        {
            // Shade the whole days from the first to the last, as the calendar does.
            var span = plot.Add.HorizontalSpan(ToX(h.From) - 0.5, ToX(h.To) + 0.5);
            span.FillStyle.Color = Color.FromHex(h.HexColor).WithAlpha(0.18);
            span.LineStyle.Width = 0;
            if (named.Add(h.Label))
            {
                span.LegendText = h.Label;
            }
        }

        return Finish(plot);
    }

    /// <summary>A new plot whose text uses the report's embedded DejaVu Sans (<see cref="Pdf.ReportFonts"/>).</summary>
    internal static Plot NewPlot()
    {
        Pdf.ReportFonts.RegisterWithCharts();
        var plot = new Plot();
        plot.Font.Set(FontName);
        return plot;
    }

    /// <summary>Names the font again once every axis exists: a replaced axis (dates) starts with ScottPlot's default font.</summary>
    internal static Plot Finish(Plot plot)
    {
        plot.Font.Set(FontName);
        return plot;
    }

    /// <summary>Date ticks as day and month name: unambiguous in every locale, and short enough for a phone.</summary>
    internal static void UseDayMonthTicks(Plot plot)
    {
        var dates = plot.Axes.DateTimeTicksBottom();
        if (dates.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic automatic)
        {
            automatic.LabelFormatter = d => d.ToString("d MMM", CultureInfo.InvariantCulture);
        }
    }

    internal static double ToX(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();

    // ScottPlot writes width="…" height="…" on the root element and no viewBox.
    internal static string Scalable(string svg, int width, int height)
    {
        var fixedSize = $"width=\"{width}\" height=\"{height}\"";
        var at = svg.IndexOf(fixedSize, StringComparison.Ordinal);
        return at < 0
            ? svg
            : string.Concat(svg.AsSpan(0, at), $"viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"xMidYMid meet\"", svg.AsSpan(at + fixedSize.Length));
    }
}
