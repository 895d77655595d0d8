using FibroTrack.Core.Matrix;

namespace FibroTrack.Core.Tests.Matrix;

public sealed class RollingMeanTests
{
    private const double N = double.NaN;

    /// <summary>The definition, computed window by window: the reference the running sum must match.</summary>
    private static double[] Naive(double[] series, int window, int minValues) =>
        [.. series.Select((_, t) =>
        {
            var values = series[Math.Max(0, t - window + 1)..(t + 1)].Where(v => !double.IsNaN(v)).ToList();
            return values.Count >= minValues ? values.Average() : double.NaN;
        })];

    [Fact]
    public void Trailing_FullSeries_MeanOfDayAndDaysBefore()
    {
        var result = RollingMean.Trailing([1, 2, 3, 4, 5], window: 3, minValues: 1);

        // (1)/1, (1+2)/2, (1+2+3)/3, (2+3+4)/3, (3+4+5)/3
        Assert.Equal([1, 1.5, 2, 3, 4], result);
    }

    [Fact]
    public void Trailing_FewerValuesThanMinimum_NaN()
    {
        var result = RollingMean.Trailing([2, 4, 6, 8], window: 3, minValues: 3);

        Assert.Equal([N, N, 4, 6], result);
    }

    [Fact]
    public void Trailing_MissingDays_SkippedNotCountedAsZero()
    {
        var result = RollingMean.Trailing([4, N, 8, N, N, N], window: 3, minValues: 1);

        Assert.Equal([4, 4, 6, 8, 8, N], result);
    }

    [Fact]
    public void Trailing_GapLongerThanWindow_NoLineThroughIt()
    {
        var result = RollingMean.Trailing([5, 5, N, N, N, 5, 5], window: 2, minValues: 2);

        Assert.Equal([N, 5, N, N, N, N, 5], result);
    }

    [Fact]
    public void Trailing_WindowOfOne_IsTheSeries()
    {
        double[] series = [3, N, 7, 0];

        Assert.Equal(series, RollingMean.Trailing(series, window: 1, minValues: 1));
    }

    [Fact]
    public void Trailing_EmptySeries_Empty()
    {
        Assert.Empty(RollingMean.Trailing([]));
    }

    [Fact]
    public void Trailing_Defaults_SevenDayWindowNeedingFourValues()
    {
        var result = RollingMean.Trailing([1, 1, 1, 1, 1, 1, 1, 1]);

        Assert.Equal([N, N, N, 1, 1, 1, 1, 1], result);
    }

    [Fact]
    public void Trailing_LongSeriesWithGaps_MatchesWindowByWindowMean()
    {
        // A year of fractional values with a gap every fifth and seventh day: the running sum must not drift.
        var series = Enumerable.Range(0, 365).Select(t => t % 5 == 0 || t % 7 == 3 ? N : 5 + 4.3 * Math.Sin(t * 0.37)).ToArray();

        var result = RollingMean.Trailing(series, window: 7, minValues: 4);
        var expected = Naive(series, 7, 4);

        Assert.Equal(expected.Select(double.IsNaN), result.Select(double.IsNaN));
        Assert.All(Enumerable.Range(0, series.Length).Where(t => !double.IsNaN(expected[t])), t => Assert.Equal(expected[t], result[t], 1e-12));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 0)]
    [InlineData(3, 4)]
    public void Trailing_BadWindowOrMinimum_Throws(int window, int minValues)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RollingMean.Trailing([1.0, 2.0], window, minValues));
    }
}
