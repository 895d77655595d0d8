namespace FibroTrack.Core.Matrix;

/// <summary>Trailing rolling means over a daily series with gaps.</summary>
public static class RollingMean
{
    /// <summary>
    /// The mean of the values on day t and the <paramref name="window"/> − 1 days before it, skipping
    /// missing days; NaN where fewer than <paramref name="minValues"/> values exist in the window, so a
    /// line is never drawn through a stretch the person did not record.
    /// </summary>
    public static double[] Trailing(ReadOnlySpan<double> series, int window = 7, int minValues = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minValues, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValues, window);

        var result = new double[series.Length];
        double sum = 0;
        var count = 0;
        for (var t = 0; t < series.Length; t++)
        {
            if (!double.IsNaN(series[t]))
            {
                sum += series[t];
                count++;
            }

            var leaving = t - window;
            if (leaving >= 0 && !double.IsNaN(series[leaving]))
            {
                sum -= series[leaving];
                count--;
            }

            result[t] = count >= minValues ? sum / count : double.NaN;
        }

        return result;
    }
}
