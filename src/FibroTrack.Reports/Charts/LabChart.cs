using ScottPlot;

namespace FibroTrack.Reports.Charts;

/// <summary>One marker over time against its reference range, drawn as a shaded band.</summary>
public static class LabChart
{
    public static string RenderSvg(IReadOnlyList<(DateOnly Date, double Value)> points, double? low, double? high, string unit, int width, int height)
    {
        using var plot = Build(points, low, high, unit);
        return TrendChart.Scalable(plot.GetSvgXml(width, height), width, height);
    }

    /// <summary>The chart as a <see cref="Plot"/> (the caller disposes it), for SVG or a PDF page.</summary>
    public static Plot Build(IReadOnlyList<(DateOnly Date, double Value)> points, double? low, double? high, string unit)
    {
        ArgumentNullException.ThrowIfNull(points);
        var plot = TrendChart.NewPlot();
        var values = points.Select(p => p.Value).ToList();
        var top = new[] { values.DefaultIfEmpty(0).Max(), high ?? 0, low ?? 0 }.Max();
        var bottom = new[] { values.DefaultIfEmpty(0).Min(), low ?? 0 }.Min();
        if (low is not null || high is not null)
        {
            var band = plot.Add.VerticalSpan(low ?? Math.Min(0, bottom), high ?? top * 1.2 + 1);
            band.FillStyle.Color = Color.FromHex("#15803D").WithAlpha(0.15);
            band.LineStyle.Width = 0;
            band.LegendText = "Reference range";
        }

        if (points.Count > 0)
        {
            var xs = points.Select(p => TrendChart.ToX(p.Date)).ToArray();
            var line = plot.Add.Scatter(xs, values.ToArray());
            line.Color = Color.FromHex("#0B5A86");
            line.LineWidth = 2;
            line.MarkerSize = 8;
            line.LegendText = unit;
            var pad = Math.Max(7, (xs.Max() - xs.Min()) * 0.06);
            plot.Axes.SetLimitsX(xs.Min() - pad, xs.Max() + pad);
        }

        var span = Math.Max(top - bottom, 1);
        plot.Axes.SetLimitsY(Math.Max(0, bottom - span * 0.15), top + span * 0.15);
        TrendChart.UseDayMonthTicks(plot);
        plot.YLabel(unit);
        plot.ShowLegend(Edge.Bottom);
        return TrendChart.Finish(plot);
    }
}
