using FibroTrack.Statistics.Numerics;

namespace FibroTrack.Statistics.Flares;

/// <summary>
/// The person's own baseline for the flare rule (STATS.md §3): for each day, the median composite of the
/// previous <c>windowDays</c> valid days, flare days excluded.
/// </summary>
/// <remarks>
/// <para>"Valid" means a day with a composite value that is not excluded; missing days are skipped, so the
/// window reaches back past gaps (28 valid days, not 28 calendar days). The day itself is never in its own
/// window, so a rise cannot raise its own bar. A day with fewer than <c>minDays</c> valid days before it has no
/// baseline (NaN): the first weeks of a diary cannot show a flare.</para>
/// <para>Implementation note: a trailing running median (Tukey, <em>Exploratory Data Analysis</em>, 1977) is
/// used rather than a mean because bad days are skewed upwards and a single 9 should not move the bar; with
/// flare days excluded the median stays at the person's ordinary level through a flare instead of climbing
/// with it after about half a window. The window is kept sorted (the oldest value is found by binary search and
/// the new one slides into its place), so a series costs O(n·window) at worst.</para>
/// <para>Which days are flare days depends on the baseline, so the detector iterates: detect with no
/// exclusion, exclude the detected days, recompute, detect again, until the flare days no longer change or
/// <see cref="FlareOptions.MaxBaselinePasses"/> passes have run (see <see cref="FlareDetector"/>). This class
/// computes one pass for a given exclusion.</para>
/// </remarks>
public static class PersonalBaseline
{
    /// <summary>Length of the window in valid days (STATS.md §3).</summary>
    public const int DefaultWindowDays = 28;

    /// <summary>Fewest valid earlier days that give a baseline: half a window.</summary>
    public const int DefaultMinDays = 14;

    /// <summary>The baseline of every day of <paramref name="composite"/> (NaN = missing).</summary>
    /// <param name="excluded">Days left out of every window (flare days); empty means none. Same length as <paramref name="composite"/> otherwise.</param>
    public static double[] Compute(ReadOnlySpan<double> composite, ReadOnlySpan<bool> excluded = default, int windowDays = DefaultWindowDays, int minDays = DefaultMinDays)
    {
        Preconditions.CheckArgumentRange(windowDays, nameof(windowDays), 1, 3660);
        Preconditions.CheckArgumentRange(minDays, nameof(minDays), 1, windowDays);
        Preconditions.CheckArgument(excluded.IsEmpty || excluded.Length == composite.Length, nameof(excluded), "The exclusion mask must cover the same days as the series.");

        var result = new double[composite.Length];
        new Window(windowDays).Fill(composite, excluded, minDays, result);
        return result;
    }

    /// <summary>Reusable sorted window, so the calibration's thousands of passes allocate nothing.</summary>
    internal sealed class Window(int size)
    {
        private readonly double[] _sorted = new double[size];
        private readonly double[] _ring = new double[size];

        public void Fill(ReadOnlySpan<double> y, ReadOnlySpan<bool> excluded, int minDays, Span<double> result)
        {
            var count = 0;
            var head = 0;
            for (var t = 0; t < y.Length; t++)
            {
                result[t] = count >= minDays ? Median(count) : double.NaN;

                var value = y[t];
                if (double.IsNaN(value) || (!excluded.IsEmpty && excluded[t]))
                {
                    continue;
                }

                if (count == size)
                {
                    Replace(_ring[head], value, count);
                }
                else
                {
                    Insert(value, count);
                    count++;
                }

                _ring[head] = value;
                head = head + 1 == size ? 0 : head + 1;
            }
        }

        private double Median(int count)
        {
            var mid = count / 2;
            return count % 2 == 1 ? _sorted[mid] : 0.5 * (_sorted[mid - 1] + _sorted[mid]);
        }

        private void Insert(double value, int count)
        {
            var i = Find(value, count);
            Array.Copy(_sorted, i, _sorted, i + 1, count - i);
            _sorted[i] = value;
        }

        /// <summary>Swaps <paramref name="old"/> for <paramref name="value"/>, shifting only the values between them.</summary>
        private void Replace(double old, double value, int count)
        {
            var i = Find(old, count);
            while (i + 1 < count && _sorted[i + 1] < value)
            {
                _sorted[i] = _sorted[i + 1];
                i++;
            }

            while (i > 0 && _sorted[i - 1] > value)
            {
                _sorted[i] = _sorted[i - 1];
                i--;
            }

            _sorted[i] = value;
        }

        /// <summary>The first index whose value is not less than <paramref name="value"/> (lower bound).</summary>
        private int Find(double value, int count)
        {
            int lo = 0, hi = count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_sorted[mid] < value)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}
