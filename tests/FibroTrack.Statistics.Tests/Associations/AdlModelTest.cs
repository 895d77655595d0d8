using FibroTrack.Statistics.Associations;
using FibroTrack.Statistics.Tests.Numerics;

namespace FibroTrack.Statistics.Tests.Associations;

public sealed class AdlModelTest
{
    private const double Tolerance = 1e-8;

    // Reference: R 4.2.2 lm(y ~ y_lag1 + x_lag1 + x_lag2 + x_lag3 + ns(day, df)) on the complete lag windows of a
    // calendar series with gaps, and Box.test on the residuals put back on the calendar grid
    // (bench/reference/ols_reference.py, r_adl_cases). Checks the row rule, the trend basis and the Ljung–Box gap handling together.
    [Theory]
    [InlineData("adl_spline")]
    [InlineData("adl_linear")]
    public void Fit_SeriesWithGaps_MatchesRLmWithNaturalSpline(string name)
    {
        var data = ReferenceFiles.ReadCsv("ols", name + ".csv");
        var expected = ReferenceFiles.ReadJson("ols", name + ".json");

        var fit = AdlModel.Fit(data["y"], data["x"]);

        Assert.Equal(AdlStatus.Estimated, fit.Status);
        Assert.Equal(expected.GetProperty("n").GetInt32(), fit.UsableDays);
        Assert.Equal(expected.GetProperty("df_resid").GetInt32(), fit.Model!.DegreesOfFreedom);
        Assert.Equal(expected.GetProperty("trend_df").GetInt32(), fit.TrendDegreesOfFreedom);
        var coef = expected.GetProperty("coef").Doubles();
        var se = expected.GetProperty("se").Doubles();
        var p = expected.GetProperty("p").Doubles();
        var lower = expected.GetProperty("lower").Doubles();
        var upper = expected.GetProperty("upper").Doubles();
        Close.Equal(coef[0], fit.Model.Coefficients[1], Tolerance, "y_lag1");
        Close.Equal(se[0], fit.Model.StandardErrors[1], Tolerance, "se y_lag1");
        for (var l = 1; l <= 3; l++)
        {
            var lag = fit.Lags[l - 1];
            Assert.Equal(l, lag.Lag);
            Close.Equal(coef[l], lag.Estimate, Tolerance, $"x_lag{l}");
            Close.Equal(se[l], lag.StandardError, Tolerance, $"se x_lag{l}");
            Close.Equal(p[l], lag.P, Tolerance, $"p x_lag{l}");
            Close.Equal(lower[l], lag.Lower, Tolerance, $"lower x_lag{l}");
            Close.Equal(upper[l], lag.Upper, Tolerance, $"upper x_lag{l}");
        }

        Close.Equal(expected.GetProperty("sigma2").GetDouble(), fit.Model.ResidualVariance, Tolerance, "σ²");
        Close.Equal(expected.GetProperty("lb_q").GetDouble(), fit.ResidualCheck!.Q, 1e-6, "Ljung–Box Q");
        Close.Equal(expected.GetProperty("lb_p").GetDouble(), fit.ResidualCheck.P, 1e-6, "Ljung–Box p");
    }

    [Fact]
    public void UsableRows_GapInOutcomeOrExposure_NeverSpansIt()
    {
        double[] y = [1, 2, 3, 4, double.NaN, 6, 7, 8, 9, 10, 11];
        double[] x = [0, 1, 0, 1, 0, 1, double.NaN, 0, 1, 0, 1];

        var rows = AdlModel.UsableRows(y, x, 1);

        // t = 3 ✓; t = 4, 5: y4 is missing (as the day or the day before); t = 6 ✓ (its window is x3..x5);
        // t = 7, 8, 9: x6 sits in the exposure window; t = 10 ✓.
        Assert.Equal([3, 6, 10], rows);
    }

    [Fact]
    public void UsableRows_ArOrderTwo_NeedsTwoPreviousRatings()
    {
        double[] y = [1, double.NaN, 3, 4, 5, 6];
        double[] x = [0, 1, 0, 1, 0, 1];

        Assert.Equal([3, 4, 5], AdlModel.UsableRows(y, x, 1));
        Assert.Equal([4, 5], AdlModel.UsableRows(y, x, 2));
    }

    [Fact]
    public void Fit_FewerThanSixtyRatedDays_NotEnoughDataWithCount()
    {
        var sim = new SyntheticSeries(1);
        var y = sim.Ar1(200, 0.5);
        var x = sim.Markov(200, 0.4, 0.3);
        for (var t = 55; t < 200; t++)
        {
            y[t] = double.NaN;
        }

        var fit = AdlModel.Fit(y, x);

        Assert.Equal(AdlStatus.NotEnoughData, fit.Status);
        Assert.Equal(55, fit.RatedDays);
        Assert.Equal(5, fit.MoreRatedDaysNeeded);
        Assert.Empty(fit.Lags);
    }

    [Fact]
    public void Fit_RareBinaryExposure_NotEnoughDaysWith()
    {
        var sim = new SyntheticSeries(2);
        var y = sim.Ar1(120, 0.5);
        var x = new double[120];
        foreach (var t in new[] { 10, 30, 50, 70, 90, 110 })
        {
            x[t] = 1;
        }

        var fit = AdlModel.Fit(y, x);

        Assert.Equal(AdlStatus.NotEnoughData, fit.Status);
        Assert.True(fit.ExposureIsBinary);
        Assert.Equal(6, fit.DaysWith);
        Assert.Equal(4, fit.MoreDaysWithNeeded);
        Assert.Equal(0, fit.MoreDaysWithoutNeeded);
    }

    [Fact]
    public void Fit_ConstantExposure_NoVariation()
    {
        var y = new SyntheticSeries(3).Ar1(120, 0.5);
        var x = Enumerable.Repeat(1.0, 120).ToArray();

        var fit = AdlModel.Fit(y, x);

        Assert.Equal(AdlStatus.NoVariation, fit.Status);
        Assert.Equal(NoVariationIn.Exposure, fit.NoVariationIn);
    }

    [Fact]
    public void Fit_ConstantOutcome_NoVariation()
    {
        var y = Enumerable.Repeat(3.0, 120).ToArray();
        var x = new SyntheticSeries(4).Markov(120, 0.4, 0.3);

        Assert.Equal(NoVariationIn.Outcome, AdlModel.Fit(y, x).NoVariationIn);
    }

    [Fact]
    public void Fit_ContinuousExposure_EstimatesLaggedEffect()
    {
        // y_t = 0.6 y_{t−1} + 0.5 x_{t−2} + e_t: the joint fit puts the effect at lag 2 and not at lags 1 or 3.
        var sim = new SyntheticSeries(5);
        var x = sim.Ar1(365, 0.5);
        var e = sim.Ar1(365, 0);
        var y = new double[365];
        for (var t = 2; t < 365; t++)
        {
            y[t] = (0.6 * y[t - 1]) + (0.5 * x[t - 2]) + e[t];
        }

        var fit = AdlModel.Fit(y, x);

        Assert.False(fit.ExposureIsBinary);
        Assert.InRange(fit.Lags[1].Estimate, 0.4, 0.6);
        Assert.True(fit.Lags[1].P < 1e-6);
        Assert.InRange(fit.Lags[0].Estimate, -0.15, 0.15);
        Assert.InRange(fit.Lags[2].Estimate, -0.15, 0.15);
        Assert.Equal(6, fit.TrendDegreesOfFreedom);
    }

    [Fact]
    public void Fit_DayOfWeek_AddsSixIndicators()
    {
        var sim = new SyntheticSeries(6);
        var fit = AdlModel.Fit(sim.Ar1(100, 0.5), sim.Markov(100, 0.4, 0.3), new AssociationOptions { IncludeDayOfWeek = true }, new DateOnly(2026, 1, 5));

        Assert.Equal(1 + 1 + 3 + 1 + 6, fit.Model!.Parameters);
        Assert.Contains("dow_Sunday", fit.Model.Names);
        Assert.DoesNotContain("dow_Monday", fit.Model.Names);
    }

    [Theory]
    [InlineData(ArOrderRule.Bic)]
    [InlineData(ArOrderRule.LjungBoxStepUp)]
    public void Fit_Ar2Outcome_OrderRulesAddALag(ArOrderRule rule)
    {
        // Strong AR(2): an AR(1) model leaves clear residual autocorrelation.
        var sim = new SyntheticSeries(7);
        var e = sim.Ar1(365, 0);
        var y = new double[365];
        for (var t = 2; t < 365; t++)
        {
            y[t] = (0.3 * y[t - 1]) + (0.5 * y[t - 2]) + e[t];
        }

        var x = sim.Markov(365, 0.4, 0.3);

        Assert.True(AdlModel.Fit(y, x).ResidualAutocorrelationRemains);
        var fit = AdlModel.Fit(y, x, new AssociationOptions { ArOrderRule = rule });
        Assert.True(fit.ArOrder >= 2);
        Assert.Equal(7 - fit.ArOrder, fit.ResidualCheck!.DegreesOfFreedom);
    }
}
