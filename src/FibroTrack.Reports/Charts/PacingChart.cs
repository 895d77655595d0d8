using System.Globalization;
using ScottPlot;

namespace FibroTrack.Reports.Charts;

/// <summary>
/// Activity load on a day against the outcome that followed: each day a dot, the fitted hinge line over them and, when
/// an envelope was found, a vertical line at it. Plain inputs, so the chart knows nothing of how the fit was made.
/// </summary>
public static class PacingChart
{
    /// <param name="points">One dot per usable day: the day's load and the outcome that followed.</param>
    /// <param name="fitted">The fitted line, in load order (the hinge is one of its points).</param>
    /// <param name="envelope">The load above which the outcome rose more steeply, or null when none was found.</param>
    public static string RenderSvg(IReadOnlyList<(double Load, double Outcome)> points, IReadOnlyList<(double Load, double Outcome)> fitted,
        double? envelope, string xLabel, string yLabel, int width, int height)
    {
        using var plot = Build(points, fitted, envelope, xLabel, yLabel);
        return TrendChart.Scalable(plot.GetSvgXml(width, height), width, height);
    }

    /// <summary>The chart as a <see cref="Plot"/> (the caller disposes it), for SVG or a PDF page.</summary>
    public static Plot Build(IReadOnlyList<(double Load, double Outcome)> points, IReadOnlyList<(double Load, double Outcome)> fitted,
        double? envelope, string xLabel, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(fitted);
        var plot = TrendChart.NewPlot();

        if (points.Count > 0)
        {
            var dots = plot.Add.ScatterPoints(points.Select(p => p.Load).ToArray(), points.Select(p => p.Outcome).ToArray());
            dots.Color = Color.FromHex("#0B5A86").WithAlpha(0.45);
            dots.MarkerSize = 5;
            dots.LegendText = "A day";
        }

        if (fitted.Count > 1)
        {
            var ordered = fitted.OrderBy(p => p.Load).ToList();
            var line = plot.Add.ScatterLine(ordered.Select(p => p.Load).ToArray(), ordered.Select(p => p.Outcome).ToArray());
            line.Color = Color.FromHex("#C2410C");
            line.LineWidth = 3;
            line.LegendText = "Fitted line";
        }

        if (envelope is { } e && double.IsFinite(e))
        {
            var limit = plot.Add.VerticalLine(e);
            limit.Color = Color.FromHex("#17191C");
            limit.LineWidth = 2;
            limit.LinePattern = LinePattern.Dashed;
            limit.Text = "Envelope " + e.ToString("0", CultureInfo.InvariantCulture);
            limit.LabelOppositeAxis = true;
        }

        var loads = points.Select(p => p.Load).Concat(fitted.Select(p => p.Load)).Concat(envelope is { } v && double.IsFinite(v) ? [v] : []).ToList();
        var outcomes = points.Select(p => p.Outcome).Concat(fitted.Select(p => p.Outcome)).ToList();
        if (loads.Count > 0)
        {
            var left = Math.Min(0, loads.Min());
            var right = loads.Max();
            var pad = Math.Max(1, (right - left) * 0.04);
            plot.Axes.SetLimitsX(left - pad, right + pad);
        }

        if (outcomes.Count > 0)
        {
            var bottom = outcomes.Min();
            var top = outcomes.Max();
            var pad = Math.Max(0.5, (top - bottom) * 0.08);
            plot.Axes.SetLimitsY(bottom - pad, top + pad);
        }

        plot.Axes.Top.MinimumSize = 28;
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.ShowLegend(Edge.Bottom);
        return TrendChart.Finish(plot);
    }
}
