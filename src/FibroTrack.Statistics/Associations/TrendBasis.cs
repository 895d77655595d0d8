namespace FibroTrack.Statistics.Associations;

/// <summary>The slow-trend terms of the ADL model (STATS.md §1).</summary>
/// <remarks>
/// <para>Rule: a series spanning ≤ <see cref="AssociationOptions.LinearTrendMaxDays"/> calendar days (first to last
/// used day) gets a linear trend; a longer one a natural cubic spline with
/// df = max(2, round(span / <see cref="AssociationOptions.TrendDaysPerDf"/>)) — 2 df just past 120 days, 6 at a year —
/// so the step from linear to spline adds one df. The intercept is the model's own column, so a spline with df
/// degrees of freedom contributes df columns.</para>
/// <para>Implementation note: the truncated-power basis of a natural cubic spline with K = df + 1 knots
/// ξ₁ &lt; … &lt; ξ_K (Hastie, Tibshirani &amp; Friedman, <i>Elements of Statistical Learning</i>, 2nd ed., eqs. 5.4–5.5):
/// N₁(u) = u and N_{k+1}(u) = d_k(u) − d_{K−1}(u) for k = 1..K−2, with
/// d_k(u) = ((u − ξ_k)₊³ − (u − ξ_K)₊³)/(ξ_K − ξ_k); it is linear beyond the boundary knots. u is the calendar day
/// rescaled to [0, 1] over the used rows (so the columns are O(1) and QR stays well conditioned), the boundary
/// knots are 0 and 1 and the df − 1 interior knots sit at the quantiles j/df (R type 7) of the used days. Together
/// with the intercept this spans exactly the space of R's <c>splines::ns(day, df = df)</c>, which places its knots
/// the same way, so fitted values and every other coefficient agree with <c>lm(y ~ … + ns(day, df))</c>.
/// Days are calendar days, not row numbers, so a gap in the diary is a gap in the trend's time axis.</para>
/// </remarks>
internal static class TrendBasis
{
    public static int DegreesOfFreedom(int spanDays, AssociationOptions options) =>
        spanDays <= options.LinearTrendMaxDays
            ? 1
            : Math.Max(2, (int)Math.Round(spanDays / (double)options.TrendDaysPerDf, MidpointRounding.AwayFromZero));

    /// <summary>Writes the df trend columns for the used <paramref name="days"/> (ascending) into <paramref name="columns"/>.</summary>
    public static void Fill(ReadOnlySpan<int> days, int df, Span<double[]> columns)
    {
        var n = days.Length;
        double first = days[0];
        var width = Math.Max(1, days[n - 1] - days[0]);
        var u = new double[n];
        for (var i = 0; i < n; i++)
        {
            u[i] = (days[i] - first) / width;
        }

        for (var i = 0; i < n; i++)
        {
            columns[0][i] = u[i];
        }

        if (df == 1)
        {
            return;
        }

        var knotCount = df + 1;
        var knots = new double[knotCount];
        knots[0] = 0;
        knots[^1] = 1;
        for (var j = 1; j < knotCount - 1; j++)
        {
            knots[j] = Quantile7(u, (double)j / df);
        }

        var last = knots[^1];
        var beforeLast = knots[^2];
        for (var k = 0; k < knotCount - 2; k++)
        {
            var column = columns[k + 1];
            for (var i = 0; i < n; i++)
            {
                column[i] = D(u[i], knots[k], last) - D(u[i], beforeLast, last);
            }
        }
    }

    private static double D(double u, double knot, double last) =>
        (Cube(Math.Max(0, u - knot)) - Cube(Math.Max(0, u - last))) / (last - knot);

    private static double Cube(double v) => v * v * v;

    /// <summary>R's default (type 7) quantile of sorted values.</summary>
    private static double Quantile7(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    /// <summary>
    /// Writes the trend columns and, if asked, six day-of-week indicators (Monday the reference) into a column-major
    /// design from column <paramref name="column"/> on, naming them; the shared tail of the ADL and flare-onset designs.
    /// </summary>
    /// <param name="storage">n × k column-major design (column j at j·n).</param>
    /// <param name="rows">Day indices of the design's rows (0 = <paramref name="firstDate"/>).</param>
    /// <returns>The first column after the ones written.</returns>
    public static int WriteColumns(double[] storage, string[] names, int column, int[] rows, int df, bool dayOfWeek, DateOnly firstDate)
    {
        var n = rows.Length;
        var trend = new double[df][];
        for (var j = 0; j < df; j++)
        {
            names[column + j] = df == 1 ? "trend" : $"trend_ns{j + 1}";
            trend[j] = new double[n];
        }

        Fill(rows, df, trend);
        for (var j = 0; j < df; j++, column++)
        {
            trend[j].CopyTo(storage, column * n);
        }

        if (!dayOfWeek)
        {
            return column;
        }

        var firstDow = (int)firstDate.DayOfWeek;
        for (var d = 0; d < 6; d++, column++)
        {
            var dow = (DayOfWeek)((d + 2) % 7);
            names[column] = $"dow_{dow}";
            for (var i = 0; i < n; i++)
            {
                storage[(column * n) + i] = (DayOfWeek)((firstDow + rows[i]) % 7) == dow ? 1 : 0;
            }
        }

        return column;
    }
}
