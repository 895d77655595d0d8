using FibroTrack.Reports.Charts;

namespace FibroTrack.Tests.Charts;

/// <summary>The insights page's two charts draw what they are given: markers, spans and the envelope, inside a scalable SVG.</summary>
public sealed class InsightsChartsTests
{
    private static readonly SeriesSpec Pain = new("symptom.pain", "Pain", "#C2410C");

    [Fact]
    public void Timeline_MarkersInsideRange_LabelledAndOutsideLeftOut()
    {
        var first = new DateOnly(2026, 1, 1);
        var daily = Enumerable.Range(0, 60).Select(d => d % 5 == 0 ? double.NaN : 4 + (d % 3)).ToList();

        var svg = TimelineChart.RenderSvg(first, daily, Pain,
            [new ChartMarker(first.AddDays(10), "Change A"), new ChartMarker(first.AddDays(-30), "Change B")],
            [new Highlight(first.AddDays(20), first.AddDays(24), "Flare", "#C2410C")], 480, 300);

        Assert.Contains("viewBox=\"0 0 480 300\"", svg, StringComparison.Ordinal);
        Assert.Contains("Change A", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Change B", svg, StringComparison.Ordinal);
        Assert.Contains("Flare", svg, StringComparison.Ordinal);
        Assert.Contains("Pain, 7-day average", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Pacing_EnvelopeGiven_DrawsItsLineAndLabel()
    {
        (double, double)[] points = [(0, 3), (60, 3.5), (120, 4), (180, 6), (240, 7.5)];
        (double, double)[] fitted = [(0, 3.1), (120, 4), (240, 7.4)];

        var svg = PacingChart.RenderSvg(points, fitted, 120, "Activity load that day", "Pain", 480, 300);

        Assert.Contains("viewBox=\"0 0 480 300\"", svg, StringComparison.Ordinal);
        Assert.Contains("Envelope 120", svg, StringComparison.Ordinal);
        Assert.Contains("Fitted line", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Pacing_NoEnvelope_NoEnvelopeLine()
    {
        var svg = PacingChart.RenderSvg([(10, 3), (20, 4)], [(10, 3), (20, 4)], null, "Activity load that day", "Pain", 480, 300);

        Assert.DoesNotContain("Envelope", svg, StringComparison.Ordinal);
    }
}
