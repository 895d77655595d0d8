using FibroTrack.Statistics.Flares;

namespace FibroTrack.Statistics.Tests.Flares;

public sealed class Ar1FitTest
{
    [Fact]
    public void Estimate_TenYearAr1_RecoversPhiAndInnovationSd()
    {
        // φ = 0.6, marginal SD 1.25 → innovation SD 1.25·√(1 − 0.36) = 1.0. SE of φ̂ at n = 3650 is √((1 − φ²)/n) ≈ 0.013.
        var y = FlareSimulation.Ar1(3650, 0.6, 1.25, seed: 11);

        var fit = Assert.IsType<Ar1Fit>(Ar1Fit.Estimate(y));

        Assert.Equal(0.6, fit.Phi, 0.04);
        Assert.Equal(1.0, fit.InnovationSd, 0.05);
        Assert.Equal(3649, fit.Pairs);
        Assert.Equal(61, fit.TrendDf);
    }

    [Fact]
    public void Estimate_EveryThirdDayMissing_PairsOnlyConsecutiveDays()
    {
        var full = FlareSimulation.Ar1(3000, 0.6, 1.25, seed: 12);
        var gappy = (double[])full.Clone();
        for (var t = 2; t < gappy.Length; t += 3)
        {
            gappy[t] = double.NaN;
        }

        // No trend terms here: with isolated pairs the trend's bias correction overshoots (see Ar1Fit), not the point.
        var fit = Assert.IsType<Ar1Fit>(Ar1Fit.Estimate(gappy, trendDf: 0));

        // Days 0-1, 3-4, 6-7, …: one pair per three days.
        Assert.Equal(1000, fit.Pairs);
        Assert.Equal(0.6, fit.Phi, 0.06);

        // Squeezing the gaps out pairs days one and two apart alternately: φ̂ drifts towards (φ + φ²)/2 = 0.48.
        var squeezed = Assert.IsType<Ar1Fit>(Ar1Fit.Estimate([.. gappy.Where(v => !double.IsNaN(v))], trendDf: 0));
        Assert.True(squeezed.Phi < 0.54, $"squeezed φ̂ = {squeezed.Phi}");
    }

    [Fact]
    public void Estimate_ExcludedDays_NoPairTouchesThem()
    {
        var y = FlareSimulation.Ar1(100, 0.5, 1, seed: 13);
        var excluded = new bool[100];
        excluded[10] = true;
        excluded[50] = true;
        excluded[51] = true;

        var fit = Assert.IsType<Ar1Fit>(Ar1Fit.Estimate(y, excluded));

        // 99 pairs, minus the two touching day 10 and the three touching days 50–51.
        Assert.Equal(94, fit.Pairs);
    }

    [Fact]
    public void Estimate_SlowSeasonalDrift_DoesNotPassForPersistence()
    {
        // A year of φ = 0.6 noise plus a seasonal swing of ±1.5 points, as in real diaries (the demo uses ±1 on pain).
        var noise = FlareSimulation.Ar1(365, 0.6, 1.0, seed: 14);
        var y = noise.Select((v, t) => v + (1.5 * Math.Cos(2 * Math.PI * t / 365.0))).ToArray();

        var withTrend = Assert.IsType<Ar1Fit>(Ar1Fit.Estimate(y));
        var plain = Assert.IsType<Ar1Fit>(Ar1Fit.Estimate(y, trendDf: 0));

        Assert.Equal(0.6, withTrend.Phi, 0.08);
        Assert.True(plain.Phi > 0.75, $"without the trend φ̂ = {plain.Phi}");
    }

    [Fact]
    public void Estimate_ShortSeries_BiasCorrectionCentresPhi()
    {
        // 300 series of 90 days: least squares with an intercept and trend is about 0.07 low at φ = 0.6
        // ((1 + 3φ) + D(1 + φ))/m with D = 2, m = 89; the corrected mean should sit within 0.02 of the truth.
        double corrected = 0, leastSquares = 0;
        const int Series = 300;
        for (var i = 0; i < Series; i++)
        {
            var fit = Ar1Fit.Estimate(FlareSimulation.Ar1(90, 0.6, 1.0, seed: 1000 + i))!;
            corrected += fit.Phi;
            leastSquares += fit.LeastSquaresPhi;
        }

        Assert.Equal(0.6, corrected / Series, 0.02);
        Assert.True(leastSquares / Series < 0.56, $"mean least-squares φ̂ = {leastSquares / Series}");
    }

    [Fact]
    public void Estimate_TooFewPairs_IsNull()
    {
        double[] y = [1, 2, double.NaN, 3, 4, double.NaN, 5, 6];
        Assert.Null(Ar1Fit.Estimate(y));
    }

    [Fact]
    public void Estimate_ConstantSeries_IsNull() => Assert.Null(Ar1Fit.Estimate(FlareSimulation.Constant(100, 5)));
}
