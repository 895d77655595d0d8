using FibroTrack.Statistics.Associations;
using MathNet.Numerics.LinearAlgebra;

namespace FibroTrack.Statistics.Pacing;

/// <summary>Rows, breakpoint grid and design columns of the hinge ADL model (STATS.md §4).</summary>
/// <remarks>
/// Model for horizon h: y_t = α + φ·y_{t−1} + β₁·L_{t−h} + β₂·(L_{t−h} − c)₊ + trend(t) + ε_t. A day t is a row only
/// when y_t, y_{t−1} and L_{t−h} are recorded on their own calendar days, so no lag pair spans a missing day (the rule
/// of <see cref="AdlModel"/>). The load on the days between t − h and t is not required: it is not in the model.
/// </remarks>
internal static class HingeDesign
{
    /// <summary>Column of the load in the full design (const, y_lag1, load, hinge, trend…).</summary>
    public const int LoadColumn = 2;

    /// <summary>Column of the hinge (L − c)₊ in the full design.</summary>
    public const int HingeColumn = 3;

    public static int[] UsableRows(ReadOnlySpan<double> y, ReadOnlySpan<double> load, int horizon)
    {
        var rows = new List<int>(y.Length);
        for (var t = Math.Max(1, horizon); t < y.Length; t++)
        {
            if (!double.IsNaN(y[t]) && !double.IsNaN(y[t - 1]) && !double.IsNaN(load[t - horizon]))
            {
                rows.Add(t);
            }
        }

        return [.. rows];
    }

    public static double[] Loads(ReadOnlySpan<double> load, int[] rows, int horizon)
    {
        var values = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            values[i] = load[rows[i] - horizon];
        }

        return values;
    }

    public static double[] Responses(ReadOnlySpan<double> y, int[] rows)
    {
        var values = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            values[i] = y[rows[i]];
        }

        return values;
    }

    /// <summary>
    /// Candidate breakpoints: the evenly spaced percentiles from <see cref="PacingOptions.LowestPercentile"/> to
    /// <see cref="PacingOptions.HighestPercentile"/> of the used loads (R type 7), each value once, keeping only those
    /// with at least <see cref="PacingOptions.MinDaysEachSide"/> used days above and at or below.
    /// </summary>
    public static double[] Grid(double[] loads, PacingOptions options)
    {
        var sorted = (double[])loads.Clone();
        Array.Sort(sorted);
        var grid = new List<double>(options.GridPoints);
        for (var j = 0; j < options.GridPoints; j++)
        {
            var p = options.LowestPercentile + ((options.HighestPercentile - options.LowestPercentile) * j / (options.GridPoints - 1));
            var c = Quantile7(sorted, p);
            if (grid.Count > 0 && grid[^1] == c)
            {
                continue;
            }

            var atOrBelow = UpperBound(sorted, c);
            if (atOrBelow >= options.MinDaysEachSide && sorted.Length - atOrBelow >= options.MinDaysEachSide)
            {
                grid.Add(c);
            }
        }

        return [.. grid];
    }

    /// <summary>R's default (type 7) quantile of sorted values.</summary>
    public static double Quantile7(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    public static double[] Hinge(double[] loads, double c)
    {
        var values = new double[loads.Length];
        for (var i = 0; i < loads.Length; i++)
        {
            values[i] = Math.Max(0, loads[i] - c);
        }

        return values;
    }

    /// <summary>The design without the hinge: const, y_lag1, load, trend columns (the null model plus the load).</summary>
    public static Matrix<double> Base(ReadOnlySpan<double> y, double[] loads, int[] rows, int trendDf)
    {
        var n = rows.Length;
        var k = 3 + trendDf;
        var storage = new double[n * k];
        storage.AsSpan(0, n).Fill(1);
        for (var i = 0; i < n; i++)
        {
            storage[n + i] = y[rows[i] - 1];
        }

        loads.CopyTo(storage, 2 * n);
        var trend = new double[trendDf][];
        for (var j = 0; j < trendDf; j++)
        {
            trend[j] = new double[n];
        }

        TrendBasis.Fill(rows, trendDf, trend);
        for (var j = 0; j < trendDf; j++)
        {
            trend[j].CopyTo(storage, (3 + j) * n);
        }

        return Matrix<double>.Build.Dense(n, k, storage);
    }

    /// <summary>The full design const, y_lag1, load, hinge(c), trend…, and its column names, for <see cref="Regression.Ols"/>.</summary>
    public static Matrix<double> Full(Matrix<double> baseDesign, double[] loads, double c, int horizon, out string[] names)
    {
        var n = baseDesign.RowCount;
        var trendDf = baseDesign.ColumnCount - 3;
        var full = Matrix<double>.Build.Dense(n, baseDesign.ColumnCount + 1);
        full.SetSubMatrix(0, 0, baseDesign.SubMatrix(0, n, 0, 3));
        full.SetColumn(HingeColumn, HingeDesign.Hinge(loads, c));
        full.SetSubMatrix(0, HingeColumn + 1, baseDesign.SubMatrix(0, n, 3, trendDf));
        names = new string[full.ColumnCount];
        names[0] = "const";
        names[1] = "y_lag1";
        names[LoadColumn] = $"load_lag{horizon}";
        names[HingeColumn] = $"hinge_lag{horizon}";
        for (var j = 0; j < trendDf; j++)
        {
            names[HingeColumn + 1 + j] = trendDf == 1 ? "trend" : $"trend_ns{j + 1}";
        }

        return full;
    }

    /// <summary>Number of sorted values ≤ <paramref name="c"/>.</summary>
    private static int UpperBound(double[] sorted, double c)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= c)
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
