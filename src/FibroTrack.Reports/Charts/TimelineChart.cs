using System.Globalization;
using FibroTrack.Core.Matrix;
using ScottPlot;

namespace FibroTrack.Reports.Charts;

/// <summary>A dated event drawn as a vertical line, with a short label (a number the page explains beside the chart).</summary>
public sealed record ChartMarker(DateOnly Date, string Label);

/// <summary>
/// One daily 0–10 series over a long range, as faint dots under its 7-day trailing mean, with vertical lines at dated
/// events (regimen changes) and shaded spans (flares). The treatment timeline of the insights page uses it.
/// </summary>
public static class TimelineChart
{
    /// <summary>Draws <paramref name="series"/> from the matrix; see <see cref="RenderSvg(DateOnly, IReadOnlyList{double}, SeriesSpec, IReadOnlyList{ChartMarker}, IReadOnlyList{Highlight}, int, int)"/>.</summary>
    public static string RenderSvg(DailyMatrix matrix, SeriesSpec series, IReadOnlyList<ChartMarker> markers, IReadOnlyList<Highlight> spans, int width, int height)
    {
        var values = matrix.HasColumn(series.Code) ? matrix.Column(series.Code).ToArray() : new double[matrix.DayCount];
        if (!matrix.HasColumn(series.Code))
        {
            Array.Fill(values, double.NaN);
        }

        return RenderSvg(matrix.Start, values, series, markers, spans, width, height);
    }

    /// <summary>
    /// Renders the chart as a scalable SVG laid out for <paramref name="width"/> × <paramref name="height"/> pixels.
    /// </summary>
    /// <param name="first">The date of <paramref name="daily"/>[0].</param>
    /// <param name="daily">One value a day, NaN where nothing was rated.</param>
    /// <param name="markers">Vertical lines; those outside the range are left out.</param>
    /// <param name="spans">Shaded stretches, clipped to the range.</param>
    public static string RenderSvg(DateOnly first, IReadOnlyList<double> daily, SeriesSpec series, IReadOnlyList<ChartMarker> markers,
        IReadOnlyList<Highlight> spans, int width, int height)
    {
        using var plot = Build(first, daily, series, markers, spans);
        return TrendChart.Scalable(plot.GetSvgXml(width, height), width, height);
    }

    /// <summary>The chart as a <see cref="Plot"/> (the caller disposes it), for SVG or a PDF page; parameters as for RenderSvg.</summary>
    public static Plot Build(DateOnly first, IReadOnlyList<double> daily, SeriesSpec series, IReadOnlyList<ChartMarker> markers, IReadOnlyList<Highlight> spans)
    {
        ArgumentNullException.ThrowIfNull(daily);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(markers);
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentOutOfRangeException.ThrowIfZero(daily.Count);
        var last = first.AddDays(daily.Count - 1);

        var plot = TrendChart.NewPlot();
        var xs = new double[daily.Count];
        for (var d = 0; d < xs.Length; d++)
        {
            xs[d] = TrendChart.ToX(first.AddDays(d));
        }

        // One legend entry per kind of span, not one per flare.
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in spans.Where(s => s.To >= first && s.From <= last))
        {
            var from = span.From < first ? first : span.From;
            var to = span.To > last ? last : span.To;
            var shade = plot.Add.HorizontalSpan(TrendChart.ToX(from) - 0.5, TrendChart.ToX(to) + 0.5);
            shade.FillStyle.Color = Color.FromHex(span.HexColor).WithAlpha(0.22);
            shade.LineStyle.Width = 0;
            if (named.Add(span.Label))
            {
                shade.LegendText = span.Label;
            }
        }

        var color = Color.FromHex(series.HexColor);
        var values = daily.ToArray();
        var dots = plot.Add.ScatterPoints(xs, values);
        dots.Color = color.WithAlpha(0.3);
        dots.MarkerSize = 3;

        var mean = plot.Add.ScatterLine(xs, RollingMean.Trailing(values, TrendChart.RollingWindow, TrendChart.MinValuesInWindow));
        mean.Color = color;
        mean.LineWidth = 2.5f;
        mean.LegendText = series.Label + ", 7-day average";

        foreach (var marker in markers.Where(m => m.Date >= first && m.Date <= last))
        {
            var line = plot.Add.VerticalLine(TrendChart.ToX(marker.Date));
            line.Color = Color.FromHex("#17191C");
            line.LineWidth = 1.5f;
            line.LinePattern = LinePattern.Dashed;
            line.Text = marker.Label;
            line.LabelOppositeAxis = true;
        }

        // Room above the data for the markers' labels, which sit on the top edge.
        plot.Axes.Top.MinimumSize = 28;
        TrendChart.UseDayMonthTicks(plot);
        plot.Axes.SetLimitsY(-0.3, 10.3);
        plot.Axes.SetLimitsX(xs[0] - 0.5, xs[^1] + 0.5);
        plot.YLabel("0–10");
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, 6).Select(i => new Tick(i * 2, (i * 2).ToString(CultureInfo.InvariantCulture)))]);
        plot.ShowLegend(Edge.Bottom);
        return TrendChart.Finish(plot);
    }
}
