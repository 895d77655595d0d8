using System.Collections.Immutable;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Statistics.Associations;
using FibroTrack.Statistics.Numerics;
using FibroTrack.Statistics.Regression;
using MathNet.Numerics.LinearAlgebra;

namespace FibroTrack.Statistics.Pacing;

/// <summary>
/// Pacing (STATS.md §4): is there an activity level above which the next day's (or the day after's) pain or fatigue
/// climbs faster? A hinge inside the ADL model, y_t = α + φ·y_{t−1} + β₁·L_{t−h} + β₂·(L_{t−h} − c)₊ + trend(t) + ε_t,
/// with L the activity load (intensity-weighted minutes, <see cref="MatrixCodes.ActivityLoad"/>) and h = 1 or 2.
/// </summary>
/// <remarks>
/// <para>Rows follow <see cref="AdlModel"/>'s gap rule (see <see cref="HingeDesign"/>); the trend is
/// <see cref="TrendBasis"/>; fits are <see cref="Ols"/>. The breakpoint c is the grid point with the smallest RSS
/// over the 20th–80th percentiles of the used loads. The envelope is c when the slope above it, β₁ + β₂, is credibly
/// positive: its t at ĉ beats the simulated null distribution of that same search (one-sided, α = 0.05; see
/// <see cref="BreakpointSearch"/>), so picking c does not inflate the false "envelope found" rate, and its own 95%
/// interval lies above zero (so the number shown beside an envelope never says "could be nothing"; this can only
/// lower the rates below).</para>
/// <para>Calibration (seeded, 4,000 replications each, 999 null draws; no effect of load, AR(1) outcome φ = 0.6,
/// persistent load, 10% of days missing): false "envelope found" 0.0505 (120 days, h = 1), 0.0495 (120, h = 2),
/// 0.0524 (75 days), 0.0545 and 0.0558 (365 days, h = 1 and 2; MC SE 0.0035), against 0.100–0.108 for the naive
/// t at ĉ. Power for 0.6 points per extra 60 minutes above 120 (h = 1): 0.61 at 120 days; see the tests.</para>
/// <para>Minimum data as the ADL scan: ≥ 60 rated days, then ≥ 40 used rows, else "not enough data yet".</para>
/// <para>Chart line: the fitted hinge with the other terms at their means. Because the fit has an intercept it
/// passes through the means of all columns, so that line is ȳ + β₁(L − L̄) + β₂((L − c)₊ − mean (L − c)₊).</para>
/// </remarks>
public static class PacingAnalysis
{
    /// <summary>Horizons analysed: the next day and two days later.</summary>
    public static ImmutableArray<int> Horizons { get; } = [1, 2];

    /// <summary>The outcomes <see cref="Analyse(DailyMatrix, PacingOptions?)"/> reads, with the words used for them.</summary>
    public static ImmutableArray<(string Code, string Label)> Outcomes { get; } =
        [(BuiltInVariables.Pain, "pain"), (BuiltInVariables.Fatigue, "fatigue")];

    /// <summary>Pain and fatigue at horizons 1 and 2 (in that order) from a person's daily matrix.</summary>
    public static ImmutableArray<PacingResult> Analyse(DailyMatrix matrix, PacingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var missing = new double[matrix.DayCount];
        Array.Fill(missing, double.NaN);
        var load = matrix.HasColumn(MatrixCodes.ActivityLoad) ? matrix.Column(MatrixCodes.ActivityLoad) : missing;
        var results = ImmutableArray.CreateBuilder<PacingResult>(Outcomes.Length * Horizons.Length);
        foreach (var (code, label) in Outcomes)
        {
            var outcome = matrix.HasColumn(code) ? matrix.Column(code) : missing;
            results.AddRange(Analyse(load, outcome, matrix.Start, code, label, options));
        }

        return results.MoveToImmutable();
    }

    /// <summary>One outcome at horizons 1 and 2 from two series on the same calendar grid (index 0 = <paramref name="firstDate"/>, NaN = missing).</summary>
    public static ImmutableArray<PacingResult> Analyse(
        ReadOnlySpan<double> load, ReadOnlySpan<double> outcome, DateOnly firstDate, string outcomeCode, string outcomeLabel, PacingOptions? options = null)
    {
        var results = ImmutableArray.CreateBuilder<PacingResult>(Horizons.Length);
        foreach (var h in Horizons)
        {
            results.Add(Fit(load, outcome, h, firstDate, outcomeCode, outcomeLabel, options));
        }

        return results.MoveToImmutable();
    }

    /// <summary>One outcome at one horizon (1 or 2).</summary>
    public static PacingResult Fit(
        ReadOnlySpan<double> load, ReadOnlySpan<double> outcome, int horizon, DateOnly firstDate, string outcomeCode, string outcomeLabel,
        PacingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(outcomeCode);
        ArgumentNullException.ThrowIfNull(outcomeLabel);
        options ??= PacingOptions.Default;
        options.Validate();
        Preconditions.CheckArgumentRange(horizon, nameof(horizon), 1, 2);
        Preconditions.CheckArgument(load.Length == outcome.Length, nameof(load), $"The outcome has {outcome.Length} days but the load {load.Length}.");

        var rated = Series.CountPresent(outcome);
        var result = new PacingResult
        {
            Status = PacingStatus.NotEnoughData, OutcomeCode = outcomeCode, OutcomeLabel = outcomeLabel, Horizon = horizon, Text = string.Empty,
            RatedDays = rated,
        };
        if (rated < options.MinRatedDays)
        {
            var more = options.MinRatedDays - rated;
            return result with { MoreRatedDaysNeeded = more, Text = PacingText.NotEnoughRatings(outcomeLabel, more) };
        }

        if (Series.IsConstant(outcome))
        {
            return NoVariation(result, PacingNoVariationIn.Outcome);
        }

        var rows = HingeDesign.UsableRows(outcome, load, horizon);
        result = result with { UsableDays = rows.Length };
        if (rows.Length < options.MinUsableDays)
        {
            var more = options.MinUsableDays - rows.Length;
            return result with { MoreUsableDaysNeeded = more, Text = PacingText.NotEnoughRows(outcomeLabel, horizon, more) };
        }

        var loads = HingeDesign.Loads(load, rows, horizon);
        if (loads.All(v => v == loads[0]))
        {
            return NoVariation(result, PacingNoVariationIn.Load);
        }

        var grid = HingeDesign.Grid(loads, options);
        if (grid.Length == 0)
        {
            return NoVariation(result, PacingNoVariationIn.Breakpoint);
        }

        var trendDf = TrendBasis.DegreesOfFreedom(rows[^1] - rows[0] + 1, options.TrendOptions);
        result = result with { TrendDegreesOfFreedom = trendDf };
        var baseDesign = HingeDesign.Base(outcome, loads, rows, trendDf);
        var search = BreakpointSearch.Create(baseDesign, loads, grid);
        if (search is null)
        {
            return NoVariation(result, PacingNoVariationIn.Design);
        }

        if (search.Grid.Length == 0)
        {
            return NoVariation(result, PacingNoVariationIn.Breakpoint);
        }

        var y = HingeDesign.Responses(outcome, rows);
        var (best, t) = search.Evaluate(y, new double[baseDesign.ColumnCount]);
        var c = search.Grid[best];
        var (p, critical) = search.Calibrate(t, options.SimulationDraws, options.Seed, options.Alpha, options.StopAfterExceedances);

        var design = HingeDesign.Full(baseDesign, loads, c, horizon, out var names);
        if (!Ols.TryFit(design, Vector<double>.Build.Dense(y), out var ols, out _, names))
        {
            return NoVariation(result, PacingNoVariationIn.Breakpoint);
        }

        var below = Slope(ols, [HingeDesign.LoadColumn], options.ConfidenceLevel);
        var above = Slope(ols, [HingeDesign.LoadColumn, HingeDesign.HingeColumn], options.ConfidenceLevel);
        // Both: the search-corrected test, and the slope above's own 95% interval clear of zero, so an envelope is never
        // shown beside an interval that says "could be no effect" (the one-sided test alone is a 90% two-sided bound).
        var found = p <= options.Alpha && above.Lower > 0;

        var daysAbove = ImmutableArray.CreateBuilder<DateOnly>();
        for (var d = 0; d < load.Length; d++)
        {
            if (load[d] > c)
            {
                daysAbove.Add(firstDate.AddDays(d));
            }
        }

        double sumAbove = 0, sumBelow = 0;
        int nAbove = 0, nBelow = 0;
        var points = ImmutableArray.CreateBuilder<PacingPoint>(rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            points.Add(new PacingPoint(firstDate.AddDays(rows[i] - horizon), firstDate.AddDays(rows[i]), loads[i], y[i]));
            if (loads[i] > c)
            {
                sumAbove += y[i];
                nAbove++;
            }
            else
            {
                sumBelow += y[i];
                nBelow++;
            }
        }

        var daysAboveList = daysAbove.ToImmutable();
        return result with
        {
            Status = PacingStatus.Estimated,
            Grid = [.. search.Grid],
            Breakpoint = c,
            EnvelopeFound = found,
            SlopeBelow = below,
            SlopeAbove = above,
            T = t,
            P = p,
            CriticalT = critical,
            DaysAboveBreakpoint = daysAboveList,
            MeanOutcomeAfterAbove = nAbove > 0 ? sumAbove / nAbove : double.NaN,
            MeanOutcomeAfterAtOrBelow = nBelow > 0 ? sumBelow / nBelow : double.NaN,
            Points = points.MoveToImmutable(),
            Curve = Curve(ols, loads, y, c, options.ChartPoints),
            Model = ols,
            Text = found
                ? PacingText.Found(outcomeLabel, horizon, c, above, daysAboveList.Length, options)
                : PacingText.NotFound(outcomeLabel, horizon),
        };
    }

    /// <summary>The OLS fit at a fixed breakpoint (no search): the closed-form part the golden values check.</summary>
    internal static OlsResult FitAtBreakpoint(ReadOnlySpan<double> load, ReadOnlySpan<double> outcome, int horizon, double breakpoint, PacingOptions? options = null)
    {
        options ??= PacingOptions.Default;
        var rows = HingeDesign.UsableRows(outcome, load, horizon);
        var loads = HingeDesign.Loads(load, rows, horizon);
        var trendDf = TrendBasis.DegreesOfFreedom(rows[^1] - rows[0] + 1, options.TrendOptions);
        var design = HingeDesign.Full(HingeDesign.Base(outcome, loads, rows, trendDf), loads, breakpoint, horizon, out var names);
        return Ols.Fit(design, Vector<double>.Build.Dense(HingeDesign.Responses(outcome, rows)), names);
    }

    private static HingeSlope Slope(OlsResult ols, int[] columns, double level)
    {
        double estimate = 0, variance = 0;
        foreach (var i in columns)
        {
            estimate += ols.Coefficients[i];
            foreach (var j in columns)
            {
                variance += ols.Covariance(i, j);
            }
        }

        var se = Math.Sqrt(variance);
        var half = Distributions.StudentTQuantile(0.5 + (level / 2), ols.DegreesOfFreedom) * se;
        return new HingeSlope(estimate, se, estimate - half, estimate + half);
    }

    private static ImmutableArray<PacingCurvePoint> Curve(OlsResult ols, double[] loads, double[] y, double c, int count)
    {
        var hinge = HingeDesign.Hinge(loads, c);
        var b1 = ols.Coefficients[HingeDesign.LoadColumn];
        var b2 = ols.Coefficients[HingeDesign.HingeColumn];
        var yMean = y.Average();
        var loadMean = loads.Average();
        var hingeMean = hinge.Average();
        var lo = loads.Min();
        var hi = loads.Max();
        var curve = ImmutableArray.CreateBuilder<PacingCurvePoint>(count);
        for (var i = 0; i < count; i++)
        {
            var l = lo + ((hi - lo) * i / (count - 1));
            curve.Add(new PacingCurvePoint(l, yMean + (b1 * (l - loadMean)) + (b2 * (Math.Max(0, l - c) - hingeMean))));
        }

        return curve.MoveToImmutable();
    }

    private static PacingResult NoVariation(PacingResult result, PacingNoVariationIn what) =>
        result with { Status = PacingStatus.NoVariation, NoVariationIn = what, Text = PacingText.NoVariation(result.OutcomeLabel, what) };
}
