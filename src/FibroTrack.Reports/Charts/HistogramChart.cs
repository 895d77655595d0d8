using ScottPlot;

namespace FibroTrack.Reports.Charts;

/// <summary>
/// Counts per bin as bars with the bins' labels underneath. A bin without a count (suppressed for privacy) gets no
/// bar, only its label with the reason, so a missing bar is never read as zero.
/// </summary>
public static class HistogramChart
{
    public static string RenderSvg(IReadOnlyList<(string Label, int? Count)> bins, string yLabel, string hiddenLabel, int width, int height)
    {
        using var plot = Build(bins, yLabel, hiddenLabel);
        return TrendChart.Scalable(plot.GetSvgXml(width, height), width, height);
    }

    /// <summary>The chart as a <see cref="Plot"/> (the caller disposes it).</summary>
    public static Plot Build(IReadOnlyList<(string Label, int? Count)> bins, string yLabel, string hiddenLabel)
    {
        ArgumentNullException.ThrowIfNull(bins);
        var plot = TrendChart.NewPlot();
        var ticks = new List<Tick>();
        for (var i = 0; i < bins.Count; i++)
        {
            if (bins[i].Count is { } count)
            {
                var bar = plot.Add.Bar(position: i, value: count);
                bar.Color = Color.FromHex("#0B5A86");
            }

            ticks.Add(new Tick(i, bins[i].Count is null ? $"{bins[i].Label}\n({hiddenLabel})" : bins[i].Label, isMajor: true));
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.SetLimitsX(-0.6, bins.Count - 0.4);
        var top = bins.Max(b => b.Count ?? 0);
        plot.Axes.SetLimitsY(0, Math.Max(10, top * 1.1));
        plot.YLabel(yLabel);
        return TrendChart.Finish(plot);
    }
}
