using ScottPlot;

namespace FibroTrack.Reports.Charts;

/// <summary>An instrument's totals over time: one point per response, joined by a line.</summary>
public static class ScoreChart
{
    public static string RenderSvg(IReadOnlyList<(DateOnly Date, double Total)> points, double min, double max, string yLabel, int width, int height)
    {
        using var plot = Build(points, min, max, yLabel);
        return TrendChart.Scalable(plot.GetSvgXml(width, height), width, height);
    }

    /// <summary>The chart as a <see cref="Plot"/> (the caller disposes it), for SVG or a PDF page.</summary>
    public static Plot Build(IReadOnlyList<(DateOnly Date, double Total)> points, double min, double max, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(points);
        var plot = TrendChart.NewPlot();
        if (points.Count > 0)
        {
            var xs = points.Select(p => TrendChart.ToX(p.Date)).ToArray();
            var ys = points.Select(p => p.Total).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.Color = Color.FromHex("#0B5A86");
            line.LineWidth = 2.5f;
            line.MarkerSize = 7;
            var first = xs.Min();
            var last = xs.Max();
            var pad = Math.Max(3, (last - first) * 0.05);
            plot.Axes.SetLimitsX(first - pad, last + pad);
        }

        TrendChart.UseDayMonthTicks(plot);
        plot.Axes.SetLimitsY(min - (max - min) * 0.03, max + (max - min) * 0.03);
        plot.YLabel(yLabel);
        return TrendChart.Finish(plot);
    }
}
