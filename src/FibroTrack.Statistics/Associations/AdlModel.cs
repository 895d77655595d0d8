using System.Collections.Immutable;
using FibroTrack.Core.Matrix;
using FibroTrack.Statistics.Diagnostics;
using FibroTrack.Statistics.Numerics;
using FibroTrack.Statistics.Regression;
using MathNet.Numerics.LinearAlgebra;

namespace FibroTrack.Statistics.Associations;

/// <summary>
/// The autoregressive distributed-lag model of STATS.md §1 for one outcome y and one exposure x on the calendar grid:
/// y_t = α + Σ_{k=1..p} φ_k y_{t−k} + Σ_{l=1..3} β_l x_{t−l} + trend(t) [+ weekday] + ε_t, fitted by OLS with t tests.
/// </summary>
/// <remarks>
/// <para>Gaps: a day t is a row only if y_t, y_{t−1..t−p} and x_{t−1..t−3} are all recorded, where t−k is the
/// calendar day k days earlier. So no lag pair ever spans a missing day (STATS.md "Data": ignoring gaps doubled the
/// false-positive rate of an AR model). Nothing is imputed.</para>
/// <para>Lags 1–3 of x are fitted jointly: fitting one lag at a time lets a persistent exposure's lag-1 effect leak
/// into the others. Same-day (lag 0) co-occurrence is not in the model and never reported as a trigger: it cannot tell
/// direction ("less exercise on bad days").</para>
/// <para>Minimum data (checked in this order, each giving a "not enough data yet" result rather than a number):
/// ≥ <see cref="AssociationOptions.MinRatedDays"/> rated days; for a yes/no exposure ≥
/// <see cref="AssociationOptions.MinDaysWithAndWithout"/> usable rows with x_{t−1} = 1 and as many with x_{t−1} = 0;
/// ≥ <see cref="AssociationOptions.MinUsableDays"/> usable rows. A constant outcome or exposure is reported as
/// <see cref="AdlStatus.NoVariation"/>, as is a design the QR finds rank deficient.</para>
/// </remarks>
public static class AdlModel
{
    /// <summary>Lags of the exposure in the model (1–3, jointly).</summary>
    public const int ExposureLags = 3;

    /// <summary>Fits the model for two columns of a person's daily matrix.</summary>
    public static AdlFit Fit(DailyMatrix matrix, string outcomeCode, string exposureCode, AssociationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(outcomeCode);
        ArgumentNullException.ThrowIfNull(exposureCode);
        return Fit(matrix.Column(outcomeCode), matrix.Column(exposureCode), options, matrix.Start);
    }

    /// <summary>Fits the model for two series on the same calendar grid (index 0 = <paramref name="firstDate"/>, NaN = missing).</summary>
    /// <param name="firstDate">Date of index 0; only used for the day-of-week option and the reported days.</param>
    public static AdlFit Fit(ReadOnlySpan<double> outcome, ReadOnlySpan<double> exposure, AssociationOptions? options = null, DateOnly firstDate = default)
    {
        options ??= AssociationOptions.Default;
        options.Validate();
        Preconditions.CheckArgument(outcome.Length == exposure.Length, nameof(exposure), $"The outcome has {outcome.Length} days but the exposure {exposure.Length}.");

        var rated = Series.CountPresent(outcome);
        if (rated < options.MinRatedDays)
        {
            return new AdlFit { Status = AdlStatus.NotEnoughData, RatedDays = rated, MoreRatedDaysNeeded = options.MinRatedDays - rated };
        }

        if (Series.IsConstant(outcome))
        {
            return new AdlFit { Status = AdlStatus.NoVariation, RatedDays = rated, NoVariationIn = NoVariationIn.Outcome };
        }

        var binary = Series.IsBinary(exposure);
        if (Series.CountPresent(exposure) == 0 || Series.IsConstant(exposure))
        {
            // Never recorded counts as "not enough data"; recorded but always the same value is "no variation".
            return Series.CountPresent(exposure) == 0
                ? new AdlFit
                {
                    Status = AdlStatus.NotEnoughData, RatedDays = rated, ExposureIsBinary = binary,
                    MoreDaysWithNeeded = options.MinDaysWithAndWithout, MoreDaysWithoutNeeded = options.MinDaysWithAndWithout,
                    MoreUsableDaysNeeded = options.MinUsableDays,
                }
                : new AdlFit { Status = AdlStatus.NoVariation, RatedDays = rated, ExposureIsBinary = binary, NoVariationIn = NoVariationIn.Exposure };
        }

        var p = options.ArOrderRule == ArOrderRule.Bic ? ChooseOrderByBic(outcome, exposure, options, firstDate) : options.ArOrder;
        var fit = FitOrder(outcome, exposure, p, rated, binary, options, firstDate);
        while (options.ArOrderRule == ArOrderRule.LjungBoxStepUp && fit.ResidualAutocorrelationRemains && p < options.MaxArOrder)
        {
            var next = FitOrder(outcome, exposure, p + 1, rated, binary, options, firstDate);
            if (next.Status != AdlStatus.Estimated)
            {
                break;
            }

            p++;
            fit = next;
        }

        return fit;
    }

    private static AdlFit FitOrder(
        ReadOnlySpan<double> y, ReadOnlySpan<double> x, int p, int rated, bool binary, AssociationOptions options, DateOnly firstDate)
    {
        var rows = UsableRows(y, x, p);
        var baseFit = new AdlFit { Status = AdlStatus.NotEnoughData, RatedDays = rated, UsableDays = rows.Length, ExposureIsBinary = binary, ArOrder = p };
        int with = 0, without = 0;
        if (binary)
        {
            (with, without) = CountWithWithout(x, rows, 1);
            baseFit = baseFit with { DaysWith = with, DaysWithout = without };
            if (with < options.MinDaysWithAndWithout || without < options.MinDaysWithAndWithout)
            {
                return baseFit with
                {
                    MoreDaysWithNeeded = Math.Max(0, options.MinDaysWithAndWithout - with),
                    MoreDaysWithoutNeeded = Math.Max(0, options.MinDaysWithAndWithout - without),
                };
            }
        }

        if (rows.Length < options.MinUsableDays)
        {
            return baseFit with { MoreUsableDaysNeeded = options.MinUsableDays - rows.Length };
        }

        if (!VariesOver(x, rows, 1))
        {
            return baseFit with { Status = AdlStatus.NoVariation, NoVariationIn = NoVariationIn.Exposure };
        }

        var design = BuildDesign(y, x, rows, p, options, firstDate, out var names, out var trendDf);
        var response = Response(y, rows);
        if (!Ols.TryFit(design, response, out var ols, out _, names))
        {
            return baseFit with { Status = AdlStatus.NoVariation, NoVariationIn = NoVariationIn.Design, TrendDegreesOfFreedom = trendDf };
        }

        var lags = ImmutableArray.CreateBuilder<LagEffect>(ExposureLags);
        for (var l = 1; l <= ExposureLags; l++)
        {
            var j = p + l;
            var (lo, hi) = ols.ConfidenceInterval(j, options.ConfidenceLevel);
            var (w, wo) = binary ? CountWithWithout(x, rows, l) : (0, 0);
            lags.Add(new LagEffect(l, ols.Coefficients[j], ols.StandardErrors[j], ols.TStatistics[j], ols.DegreesOfFreedom, ols.PValues[j], lo, hi, w, wo));
        }

        // Residuals back on the calendar grid, NaN on days that are not rows, so the Ljung–Box autocorrelations
        // pair only days exactly k apart (see LjungBox).
        var span = rows[^1] - rows[0] + 1;
        var gridResiduals = new double[span];
        Array.Fill(gridResiduals, double.NaN);
        for (var i = 0; i < rows.Length; i++)
        {
            gridResiduals[rows[i] - rows[0]] = ols.Residuals[i];
        }

        var lb = LjungBox.Test(gridResiduals, options.LjungBoxLag, p);
        return baseFit with
        {
            Status = AdlStatus.Estimated,
            TrendDegreesOfFreedom = trendDf,
            FirstDay = firstDate.AddDays(rows[0]),
            LastDay = firstDate.AddDays(rows[^1]),
            Lags = lags.MoveToImmutable(),
            JointLags = ols.FTest([p + 1, p + 2, p + 3]),
            ResidualCheck = lb,
            ResidualAutocorrelationRemains = lb.P < options.LjungBoxAlpha,
            Model = ols,
        };
    }

    /// <summary>
    /// BIC over p = 1..MaxArOrder on the rows usable for the largest p, so every candidate sees the same data (BIC is
    /// only comparable on one response vector); falls back to <see cref="AssociationOptions.ArOrder"/> when too few.
    /// </summary>
    private static int ChooseOrderByBic(ReadOnlySpan<double> y, ReadOnlySpan<double> x, AssociationOptions options, DateOnly firstDate)
    {
        var rows = UsableRows(y, x, options.MaxArOrder);
        if (rows.Length < options.MinUsableDays)
        {
            return options.ArOrder;
        }

        var response = Response(y, rows);
        var best = options.ArOrder;
        var bestBic = double.PositiveInfinity;
        for (var p = 1; p <= options.MaxArOrder; p++)
        {
            var design = BuildDesign(y, x, rows, p, options, firstDate, out _, out _);
            if (Ols.TryFit(design, response, out var fit, out _) && fit.Bic < bestBic)
            {
                bestBic = fit.Bic;
                best = p;
            }
        }

        return best;
    }

    /// <summary>
    /// The days behind a fit: indices of the days t whose y_t, y_{t−1..t−p} and x_{t−1..t−3} are all recorded, the
    /// rows the model is estimated on, so the person can see which days a finding rests on.
    /// </summary>
    public static int[] DaysBehind(DailyMatrix matrix, string outcomeCode, string exposureCode, int arOrder = 1)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        Preconditions.CheckArgumentRange(arOrder, nameof(arOrder), 1, 3);
        return UsableRows(matrix.Column(outcomeCode), matrix.Column(exposureCode), arOrder);
    }

    /// <summary>Days t with y_t, y_{t−1..t−p} and x_{t−1..t−3} all present (calendar lags: never across a gap).</summary>
    internal static int[] UsableRows(ReadOnlySpan<double> y, ReadOnlySpan<double> x, int p)
    {
        var start = Math.Max(p, ExposureLags);
        var rows = new List<int>(y.Length);
        for (var t = start; t < y.Length; t++)
        {
            var ok = !double.IsNaN(y[t]);
            for (var k = 1; ok && k <= p; k++)
            {
                ok = !double.IsNaN(y[t - k]);
            }

            for (var l = 1; ok && l <= ExposureLags; l++)
            {
                ok = !double.IsNaN(x[t - l]);
            }

            if (ok)
            {
                rows.Add(t);
            }
        }

        return [.. rows];
    }

    private static Matrix<double> BuildDesign(
        ReadOnlySpan<double> y, ReadOnlySpan<double> x, int[] rows, int p, AssociationOptions options, DateOnly firstDate,
        out string[] names, out int trendDf)
    {
        var n = rows.Length;
        trendDf = TrendBasis.DegreesOfFreedom(rows[^1] - rows[0] + 1, options);
        var weekdays = options.IncludeDayOfWeek ? 6 : 0;
        var k = 1 + p + ExposureLags + trendDf + weekdays;

        // Column-major storage handed to Math.NET without a copy; one allocation per design.
        var storage = new double[n * k];
        names = new string[k];
        var c = 0;
        names[c] = "const";
        storage.AsSpan(0, n).Fill(1);
        c++;
        for (var lag = 1; lag <= p; lag++, c++)
        {
            names[c] = $"y_lag{lag}";
            for (var i = 0; i < n; i++)
            {
                storage[(c * n) + i] = y[rows[i] - lag];
            }
        }

        for (var lag = 1; lag <= ExposureLags; lag++, c++)
        {
            names[c] = $"x_lag{lag}";
            for (var i = 0; i < n; i++)
            {
                storage[(c * n) + i] = x[rows[i] - lag];
            }
        }

        _ = TrendBasis.WriteColumns(storage, names, c, rows, trendDf, weekdays > 0, firstDate);
        return Matrix<double>.Build.Dense(n, k, storage);
    }

    private static Vector<double> Response(ReadOnlySpan<double> y, int[] rows)
    {
        var values = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            values[i] = y[rows[i]];
        }

        return Vector<double>.Build.Dense(values);
    }

    private static (int With, int Without) CountWithWithout(ReadOnlySpan<double> x, int[] rows, int lag)
    {
        int with = 0, without = 0;
        foreach (var t in rows)
        {
            if (x[t - lag] == 1)
            {
                with++;
            }
            else
            {
                without++;
            }
        }

        return (with, without);
    }

    private static bool VariesOver(ReadOnlySpan<double> x, int[] rows, int lag)
    {
        var first = x[rows[0] - lag];
        foreach (var t in rows)
        {
            if (x[t - lag] != first)
            {
                return true;
            }
        }

        return false;
    }

}
