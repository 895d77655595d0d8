using System.Globalization;
using ScottPlot;

namespace FibroTrack.Reports.Charts;

/// <summary>A dose in force from <paramref name="Date"/>, as the chart labels it ("4.5 mg").</summary>
public sealed record DoseMark(DateOnly Date, string Label);

/// <summary>One medication or supplement on the timeline: taken from <paramref name="Start"/> to <paramref name="Stop"/> (null: still taken).</summary>
public sealed record MedicationBar(string Name, DateOnly Start, DateOnly? Stop, IReadOnlyList<DoseMark> Doses);

/// <summary>
/// The regimen as a timeline: one bar per item over the period, a dot and a label at every dose in force or changed
/// inside it. Items are listed top to bottom in the order given.
/// </summary>
public static class MedicationChart
{
    public static string RenderSvg(IReadOnlyList<MedicationBar> items, DateOnly from, DateOnly to, int width, int height)
    {
        using var plot = Build(items, from, to);
        return TrendChart.Scalable(plot.GetSvgXml(width, height), width, height);
    }

    /// <summary>The chart as a <see cref="Plot"/> (the caller disposes it), for SVG or a PDF page.</summary>
    public static Plot Build(IReadOnlyList<MedicationBar> items, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(items);
        var plot = TrendChart.NewPlot();
        var palette = new ScottPlot.Palettes.Category10();
        var ticks = new List<Tick>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var y = items.Count - 1 - i;
            ticks.Add(new Tick(y, item.Name));
            var start = item.Start < from ? from : item.Start;
            var stop = item.Stop is { } s && s < to ? s : to;
            if (stop < start)
            {
                continue;
            }

            var color = palette.GetColor(i);
            var bar = plot.Add.Line(TrendChart.ToX(start) - 0.5, y, TrendChart.ToX(stop) + 0.5, y);
            bar.LineWidth = 9;
            bar.Color = color.WithAlpha(0.55);
            bar.MarkerSize = 0;

            foreach (var dose in item.Doses.Where(d => d.Date <= stop))
            {
                // A dose set before the period is labelled at the period's start: it is the one in force there.
                var at = dose.Date < start ? start : dose.Date;
                var mark = plot.Add.Marker(TrendChart.ToX(at), y, MarkerShape.FilledCircle, 8, color);
                mark.LegendText = string.Empty;
                var label = plot.Add.Text(dose.Label, TrendChart.ToX(at), y + 0.22);
                label.LabelFontSize = 10;
                label.LabelFontColor = Colors.Black;
                label.LabelFontName = TrendChart.FontName;
            }
        }

        TrendChart.UseDayMonthTicks(plot);
        plot.Axes.SetLimitsX(TrendChart.ToX(from) - 0.5, TrendChart.ToX(to) + 0.5);
        plot.Axes.SetLimitsY(-0.7, Math.Max(items.Count, 1) - 0.1);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.XLabel(string.Create(CultureInfo.InvariantCulture, $"{from:d MMM yyyy} to {to:d MMM yyyy}"));
        return TrendChart.Finish(plot);
    }
}
