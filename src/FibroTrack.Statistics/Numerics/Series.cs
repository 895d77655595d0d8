namespace FibroTrack.Statistics.Numerics;

/// <summary>Checks on a series on the calendar grid, where NaN marks a day without a value.</summary>
internal static class Series
{
    /// <summary>Days with a value.</summary>
    public static int CountPresent(ReadOnlySpan<double> values)
    {
        var count = 0;
        foreach (var v in values)
        {
            count += double.IsNaN(v) ? 0 : 1;
        }

        return count;
    }

    /// <summary>Whether every recorded value is the same (true for no values at all).</summary>
    public static bool IsConstant(ReadOnlySpan<double> values)
    {
        var first = double.NaN;
        foreach (var v in values)
        {
            if (double.IsNaN(v))
            {
                continue;
            }

            if (double.IsNaN(first))
            {
                first = v;
            }
            else if (v != first)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every recorded value is 0 or 1: a yes/no series.</summary>
    public static bool IsBinary(ReadOnlySpan<double> values)
    {
        foreach (var v in values)
        {
            if (!double.IsNaN(v) && v != 0 && v != 1)
            {
                return false;
            }
        }

        return true;
    }
}
