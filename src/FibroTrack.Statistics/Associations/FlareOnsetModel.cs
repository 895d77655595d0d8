using System.Collections.Immutable;
using System.Globalization;
using FibroTrack.Statistics.Flares;
using FibroTrack.Statistics.Numerics;
using FibroTrack.Statistics.Regression;
using MathNet.Numerics.LinearAlgebra;

namespace FibroTrack.Statistics.Associations;

/// <summary>
/// The logistic ADL for flare onset (STATS.md §1, "Binary outcomes (flare onset): logistic ADL; require ≥ 10 events"):
/// logit P(onset_t) = α + γ·composite_{t−1} + Σ_{l=1..3} β_l x_{t−l} + trend(t) [+ weekday], fitted by maximum
/// likelihood (<see cref="Logistic"/>) with Wald z tests, on the days at risk.
/// </summary>
/// <remarks>
/// <para>The onset series (see <see cref="FlareOnsetSeries.Build"/>) is 1 on the first day of a flare, 0 on a day at
/// risk without onset, and NaN on days inside an ongoing flare (already in one, so not at risk of starting one) and on
/// unrecorded days. The composite's previous day is the autoregressive term: a rising composite is how a flare begins,
/// and without it an exposure that follows bad days ("less exercise when it hurts") would look like a trigger.</para>
/// <para>Gaps: a day t is a row only if onset_t is 0 or 1 and composite_{t−1} and x_{t−1..t−3} are all recorded,
/// t−k being the calendar day k days earlier, so no lag pair spans a missing day (STATS.md "Data"); nothing is
/// imputed. The trend is <see cref="TrendBasis"/>'s on the calendar days of the rows (coarsened, df halved down to
/// linear, when the fit separates: see <see cref="FlareOnsetFit.TrendDegreesOfFreedomByRule"/>), the optional weekday
/// indicators those of <see cref="AdlModel"/>. Of <see cref="AssociationOptions"/>, the AR-order and Ljung–Box settings do not
/// apply (one lag of the composite; a logistic model has no residual series to check).</para>
/// <para>Minimum data (all shortfalls reported together, as "not enough data yet"): ≥
/// <see cref="AssociationOptions.MinRatedDays"/> days with a composite; ≥ <see cref="MinOnsets"/> flare onsets among
/// the usable days (STATS.md); for a yes/no exposure ≥ <see cref="AssociationOptions.MinDaysWithAndWithout"/> usable
/// days with x_{t−1} = 1 and as many with 0; ≥ <see cref="AssociationOptions.MinUsableDays"/> usable days.</para>
/// <para>Implementation note, calibration (seeded null simulations: AR(1) composite, φ = 0.6, raised 2.5 points in
/// flares of 3–6 days; independent yes/no Markov exposure, prevalence 0.35, autocorrelation 0.5; onset risk
/// expit(α + 0.3·(composite_{t−1} − 5)); people with &lt; 10 onsets left out). Lag-1 Wald z test at α = 0.05:
/// 0.049 at 365 days with ~15 onsets (4,000 people), 0.051 with 10% of days missing (~12 usable onsets, 2,564 estimated),
/// 0.049 at 730 days (~20 onsets, 1,990), 0.055 at 120 days (~11 onsets, 3,178); at 10–14 onsets 0.044–0.055. The
/// likelihood-ratio test on the same fits was liberal (0.058–0.072; 0.061–0.073 at 10–14 onsets): with ~12
/// coefficients and 10–20 events its χ² approximation runs hot, while the Wald test's slight conservatism for a
/// yes/no term (Hauck &amp; Donner, JASA 1977;72:851–853) offsets it, so the Wald test is the one reported. The joint
/// Wald χ² over the three lags is conservative at few events (0.023 at 120 days, 0.03–0.045 otherwise). Before
/// the trend coarsening described above, 10% of null people at 730 days had no result (separation along the spline);
/// with it, 0.2–1.3% do, all genuinely separated on an exposure lag (e.g. no onset ever followed the exposure).</para>
/// </remarks>
public static class FlareOnsetModel
{
    /// <summary>Flare onsets among usable days needed before anything is estimated (STATS.md: 10).</summary>
    public const int MinOnsets = 10;

    /// <summary>Lags of the exposure in the model (1–3, jointly), as in <see cref="AdlModel"/>.</summary>
    public const int ExposureLags = AdlModel.ExposureLags;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Fits the model from a flare analysis and an exposure on the same calendar grid (index 0 = <see cref="FlareAnalysis.Start"/>).</summary>
    public static FlareOnsetFit Fit(FlareAnalysis analysis, ReadOnlySpan<double> exposure, AssociationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Fit(FlareOnsetSeries.Build(analysis), analysis.Composite.AsSpan(), exposure, options, analysis.Start);
    }

    /// <summary>Fits the model for series on one calendar grid (index 0 = <paramref name="firstDate"/>).</summary>
    /// <param name="onset">1 on the first day of a flare, 0 on a day at risk, NaN inside an ongoing flare or unrecorded.</param>
    /// <param name="composite">The daily composite symptom score, NaN = missing.</param>
    /// <param name="exposure">The exposure, NaN = missing.</param>
    /// <param name="firstDate">Date of index 0; used for the day-of-week option and the reported days.</param>
    public static FlareOnsetFit Fit(
        ReadOnlySpan<double> onset, ReadOnlySpan<double> composite, ReadOnlySpan<double> exposure, AssociationOptions? options = null, DateOnly firstDate = default)
    {
        options ??= AssociationOptions.Default;
        options.Validate();
        Preconditions.CheckArgument(composite.Length == onset.Length, nameof(composite), $"The onset series has {onset.Length} days but the composite {composite.Length}.");
        Preconditions.CheckArgument(exposure.Length == onset.Length, nameof(exposure), $"The onset series has {onset.Length} days but the exposure {exposure.Length}.");
        foreach (var v in onset)
        {
            Preconditions.CheckArgument(double.IsNaN(v) || v is 0 or 1, nameof(onset), $"Onset values must be 0, 1 or NaN; found {v}.");
        }

        var rated = Series.CountPresent(composite);
        var binary = Series.IsBinary(exposure);
        var recorded = Series.CountPresent(exposure);
        if (recorded > 0 && Series.IsConstant(exposure))
        {
            return new FlareOnsetFit { Status = FlareOnsetStatus.NoVariation, RatedDays = rated, ExposureIsBinary = binary, NoVariationIn = NoVariationIn.Exposure };
        }

        var rows = UsableRows(onset, composite, exposure);
        var onsets = 0;
        foreach (var t in rows)
        {
            onsets += onset[t] == 1 ? 1 : 0;
        }

        var (with, without) = binary ? CountWithWithout(exposure, rows, 1) : (0, 0);
        var result = new FlareOnsetFit
        {
            Status = FlareOnsetStatus.NotEnoughData,
            RatedDays = rated,
            UsableDays = rows.Length,
            Onsets = onsets,
            ExposureIsBinary = binary,
            DaysWith = with,
            DaysWithout = without,
            MoreRatedDaysNeeded = Math.Max(0, options.MinRatedDays - rated),
            MoreOnsetsNeeded = Math.Max(0, MinOnsets - onsets),
            MoreDaysWithNeeded = binary ? Math.Max(0, options.MinDaysWithAndWithout - with) : 0,
            MoreDaysWithoutNeeded = binary ? Math.Max(0, options.MinDaysWithAndWithout - without) : 0,
            MoreUsableDaysNeeded = Math.Max(0, options.MinUsableDays - rows.Length),
        };
        if (result.MoreRatedDaysNeeded > 0 || result.MoreOnsetsNeeded > 0 || result.MoreDaysWithNeeded > 0
            || result.MoreDaysWithoutNeeded > 0 || result.MoreUsableDaysNeeded > 0)
        {
            return result;
        }

        if (!VariesOver(exposure, rows, 1))
        {
            return result with { Status = FlareOnsetStatus.NoVariation, NoVariationIn = NoVariationIn.Exposure };
        }

        var response = Vector<double>.Build.Dense(rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            response[i] = onset[rows[i]];
        }

        // A spline trend with one df per 60 days can leave a stretch without onsets that it fits as log-odds → −∞
        // (separation along the trend, ~10% of null people at two years with ~20 onsets). Then the trend is coarsened,
        // halving its df down to a linear trend, before giving up: the exposure's lags still get their slow-drift control.
        var ruleDf = TrendBasis.DegreesOfFreedom(rows[^1] - rows[0] + 1, options);
        var trendDf = ruleDf;
        string[] names;
        LogisticResult model;
        while (true)
        {
            var design = BuildDesign(composite, exposure, rows, trendDf, options, firstDate, out names);
            model = Logistic.Fit(design, response, names);
            if (model.Status != LogisticStatus.Separation || trendDf == 1)
            {
                break;
            }

            trendDf /= 2;
        }

        result = result with
        {
            TrendDegreesOfFreedom = trendDf,
            TrendDegreesOfFreedomByRule = ruleDf,
            FirstDay = firstDate.AddDays(rows[0]),
            LastDay = firstDate.AddDays(rows[^1]),
            Model = model,
        };
        switch (model.Status)
        {
            case LogisticStatus.Converged:
                break;
            case LogisticStatus.Separation:
                return result with { Status = FlareOnsetStatus.Separation, SeparatedTerms = [.. model.SeparatedColumns.Select(j => names[j])] };
            case LogisticStatus.NotConverged:
                return result with { Status = FlareOnsetStatus.NotConverged };
            case LogisticStatus.ConstantResponse:
                return result with { Status = FlareOnsetStatus.NoVariation, NoVariationIn = NoVariationIn.Outcome };
            default:
                return result with { Status = FlareOnsetStatus.NoVariation, NoVariationIn = NoVariationIn.Design };
        }

        var lags = ImmutableArray.CreateBuilder<LagEffect>(ExposureLags);
        for (var l = 1; l <= ExposureLags; l++)
        {
            var j = 1 + l;
            var (lo, hi) = model.ConfidenceInterval(j, options.ConfidenceLevel);
            var (w, wo) = binary ? CountWithWithout(exposure, rows, l) : (0, 0);
            lags.Add(new LagEffect(l, model.Coefficients[j], model.StandardErrors[j], model.ZStatistics[j], 0, model.PValues[j], lo, hi, w, wo));
        }

        return result with
        {
            Status = FlareOnsetStatus.Estimated,
            Lags = lags.MoveToImmutable(),
            JointLags = model.WaldTest([2, 3, 4]),
        };
    }

    /// <summary>exp of a lag's log-odds estimate and interval ends: the odds ratio per "yes" (or per unit).</summary>
    public static OddsRatio ToOddsRatio(LagEffect lag)
    {
        ArgumentNullException.ThrowIfNull(lag);
        return new OddsRatio(Math.Exp(lag.Estimate), Math.Exp(lag.Lower), Math.Exp(lag.Upper));
    }

    /// <summary>
    /// The sentence the person reads, e.g. "Flares began more often 1 day after coffee: odds 2.1 times higher (1.2 to
    /// 3.7). Association, not proven cause."
    /// </summary>
    /// <param name="exposureIsBinary">Yes/no exposure ("after X"); otherwise the effect is per <paramref name="step"/> of it.</param>
    /// <param name="step">Continuous exposure: the amount the sentence speaks of (the log odds ratio is multiplied by it).</param>
    /// <param name="stepLabel">Continuous exposure: words for <paramref name="step"/>, e.g. "30 minutes".</param>
    public static string Describe(LagEffect lag, string exposureLabel, bool exposureIsBinary, double step = 1, string stepLabel = "unit")
    {
        ArgumentNullException.ThrowIfNull(lag);
        ArgumentNullException.ThrowIfNull(exposureLabel);
        ArgumentNullException.ThrowIfNull(stepLabel);
        Preconditions.CheckPositive(step, nameof(step));
        var scaled = exposureIsBinary ? lag : lag with { Estimate = lag.Estimate * step, Lower = lag.Lower * step, Upper = lag.Upper * step };
        var or = ToOddsRatio(scaled);
        var more = or.Ratio >= 1;
        var when = lag.Lag == 1 ? "1 day" : $"{lag.Lag} days";
        var odds = more ? $"odds {Ratio(or.Ratio)} times higher" : $"odds {Ratio(or.Ratio)} times as high";
        var interval = $"({Ratio(or.Lower)} to {Ratio(or.Upper)})";
        var sentence = exposureIsBinary
            ? $"Flares began {(more ? "more" : "less")} often {when} after {exposureLabel}: {odds} {interval}."
            : $"Flares began {(more ? "more" : "less")} often {when} after more {exposureLabel}: {odds} for each extra {stepLabel} {interval}.";
        return $"{sentence} {AssociationText.NotProvenCause}";
    }

    /// <summary>"Not enough data yet" wording for a <see cref="FlareOnsetStatus.NotEnoughData"/> fit.</summary>
    public static string NotEnoughDataMessage(FlareOnsetFit fit, string exposureLabel)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(exposureLabel);
        var needs = new List<string>();
        if (fit.MoreOnsetsNeeded > 0)
        {
            needs.Add($"{fit.MoreOnsetsNeeded} more flare {(fit.MoreOnsetsNeeded == 1 ? "onset" : "onsets")} (there {(fit.Onsets == 1 ? "is" : "are")} {fit.Onsets}; at least {MinOnsets} are needed)");
        }

        if (fit.MoreRatedDaysNeeded > 0)
        {
            needs.Add($"{fit.MoreRatedDaysNeeded} more {Days(fit.MoreRatedDaysNeeded)} with pain and fatigue rated");
        }

        if (fit.MoreDaysWithNeeded > 0)
        {
            needs.Add($"{fit.MoreDaysWithNeeded} more {Days(fit.MoreDaysWithNeeded)} with {exposureLabel}");
        }

        if (fit.MoreDaysWithoutNeeded > 0)
        {
            needs.Add($"{fit.MoreDaysWithoutNeeded} more {Days(fit.MoreDaysWithoutNeeded)} without {exposureLabel}");
        }

        if (fit.MoreUsableDaysNeeded > 0)
        {
            needs.Add($"{fit.MoreUsableDaysNeeded} more {Days(fit.MoreUsableDaysNeeded)} recorded together with the three days before");
        }

        return needs.Count == 0 ? string.Empty : $"Not enough data yet to link {exposureLabel} with flares: need {string.Join(", ", needs)}.";
    }

    /// <summary>Days t with onset_t ∈ {0, 1} and composite_{t−1}, x_{t−1..t−3} recorded (calendar lags: never across a gap).</summary>
    /// <summary>
    /// The days behind a fit: indices of the days at risk whose onset, yesterday's composite and the exposure's three
    /// lags are all recorded (the model's rows), with the onset series (1 = a flare began that day).
    /// </summary>
    public static (int[] Days, double[] Onset) DaysBehind(FlareAnalysis analysis, ReadOnlySpan<double> exposure)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var onset = FlareOnsetSeries.Build(analysis);
        return (UsableRows(onset, analysis.Composite.AsSpan(), exposure), onset);
    }

    internal static int[] UsableRows(ReadOnlySpan<double> onset, ReadOnlySpan<double> composite, ReadOnlySpan<double> exposure)
    {
        var rows = new List<int>(onset.Length);
        for (var t = ExposureLags; t < onset.Length; t++)
        {
            var ok = !double.IsNaN(onset[t]) && !double.IsNaN(composite[t - 1]);
            for (var l = 1; ok && l <= ExposureLags; l++)
            {
                ok = !double.IsNaN(exposure[t - l]);
            }

            if (ok)
            {
                rows.Add(t);
            }
        }

        return [.. rows];
    }

    private static Matrix<double> BuildDesign(
        ReadOnlySpan<double> composite, ReadOnlySpan<double> x, int[] rows, int trendDf, AssociationOptions options, DateOnly firstDate,
        out string[] names)
    {
        var n = rows.Length;
        var weekdays = options.IncludeDayOfWeek ? 6 : 0;
        var k = 2 + ExposureLags + trendDf + weekdays;
        var storage = new double[n * k];
        names = new string[k];
        var c = 0;
        names[c] = "const";
        storage.AsSpan(0, n).Fill(1);
        c++;
        names[c] = "composite_lag1";
        for (var i = 0; i < n; i++)
        {
            storage[(c * n) + i] = composite[rows[i] - 1];
        }

        c++;
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

    private static string Ratio(double v) => v.ToString(v >= 10 ? "0" : v >= 1 ? "0.0" : "0.00", Invariant);

    private static string Days(int n) => n == 1 ? "day" : "days";

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
        if (rows.Length == 0)
        {
            return false;
        }

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
