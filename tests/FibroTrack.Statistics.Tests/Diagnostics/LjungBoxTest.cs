using FibroTrack.Statistics.Diagnostics;
using FibroTrack.Statistics.Tests.Numerics;

namespace FibroTrack.Statistics.Tests.Diagnostics;

public sealed class LjungBoxTest
{
    private const double Tolerance = 1e-6;

    // Reference: statsmodels 0.13.5 acorr_ljungbox(x, lags=[lag], model_df=fitdf) (bench/reference/ols_reference.py).
    [Fact]
    public void Test_ReferenceData_MatchesStatsmodels()
    {
        foreach (var c in ReferenceFiles.ReadJson("ols", "ljungbox.json").GetProperty("cases").EnumerateArray())
        {
            var x = ReferenceFiles.ReadCsv("ols", $"lb_{c.GetProperty("series").GetString()}.csv")["x"];
            var result = LjungBox.Test(x, c.GetProperty("lag").GetInt32(), c.GetProperty("fitdf").GetInt32());

            Close.Equal(c.GetProperty("q").GetDouble(), result.Q, Tolerance, $"Q {c}");
            Close.Equal(c.GetProperty("p").GetDouble(), result.P, Tolerance, $"p {c}");
            Assert.Equal(c.GetProperty("lag").GetInt32() - c.GetProperty("fitdf").GetInt32(), result.DegreesOfFreedom);
        }
    }

    // Reference: R 4.2.2 Box.test(x, lag, type = "Ljung-Box", fitdf) on a series with NA, which pairs only
    // values exactly k steps apart (acf with na.action = na.pass).
    [Fact]
    public void Test_SeriesWithGaps_MatchesRBoxTest()
    {
        var x = ReferenceFiles.ReadCsv("ols", "lb_na.csv")["x"];
        foreach (var c in ReferenceFiles.ReadJson("ols", "ljungbox_na.json").GetProperty("cases").EnumerateArray())
        {
            var result = LjungBox.Test(x, c.GetProperty("lag").GetInt32(), c.GetProperty("fitdf").GetInt32());

            Close.Equal(c.GetProperty("q").GetDouble(), result.Q, Tolerance, $"Q {c}");
            Close.Equal(c.GetProperty("p").GetDouble(), result.P, Tolerance, $"p {c}");
            Assert.Equal(x.Count(v => !double.IsNaN(v)), result.Observations);
        }
    }

    [Fact]
    public void Test_FitdfNotBelowLag_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LjungBox.Test(new double[50], lag: 3, fitdf: 3));

    [Fact]
    public void Test_TooShort_Throws() =>
        Assert.Throws<ArgumentException>(() => LjungBox.Test([1.0, 2, 3, 4, 5], lag: 7));
}
