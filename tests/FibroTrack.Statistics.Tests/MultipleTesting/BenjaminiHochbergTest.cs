using FibroTrack.Statistics.MultipleTesting;
using FibroTrack.Statistics.Tests.Numerics;

namespace FibroTrack.Statistics.Tests.MultipleTesting;

public sealed class BenjaminiHochbergTest
{
    private const double Tolerance = 1e-8;

    // Reference: statsmodels 0.13.5 multipletests(p, method="fdr_bh") (bench/reference/ols_reference.py).
    [Fact]
    public void Adjust_ReferenceData_MatchesStatsmodels()
    {
        var p = ReferenceFiles.ReadCsv("ols", "bh_p.csv")["p"];
        var expected = ReferenceFiles.ReadJson("ols", "bh.json").GetProperty("q").Doubles();

        Close.All(expected, BenjaminiHochberg.Adjust(p), Tolerance, "q");
    }

    // Reference: R 4.2.2 p.adjust(p, "BH") on a vector with NA (bench/reference/ols_reference.py).
    [Fact]
    public void Adjust_WithNaN_MatchesRAndKeepsNaN()
    {
        var p = ReferenceFiles.ReadCsv("ols", "bh_na_p.csv")["p"];
        var expected = ReferenceFiles.ReadJson("ols", "bh_na.json").GetProperty("q").Doubles();

        Close.All(expected, BenjaminiHochberg.Adjust(p), Tolerance, "q");
    }

    [Fact]
    public void Adjust_HandWorkedExample_StepUpWithCumulativeMinimum()
    {
        // m = 4: m·p/rank = 0.04, 0.04, 0.04, 0.04 → then the running minimum from the top.
        var q = BenjaminiHochberg.Adjust([0.03, 0.01, 0.02, 0.04]);
        Assert.All(q, v => Assert.Equal(0.04, v, 15));

        q = BenjaminiHochberg.Adjust([0.5, 0.001, 0.04]);
        Assert.Equal(0.003, q[1], 15);
        Assert.Equal(0.06, q[2], 15);
        Assert.Equal(0.5, q[0], 15);
    }

    [Fact]
    public void Adjust_NaN_ExcludedFromM()
    {
        var q = BenjaminiHochberg.Adjust([0.01, double.NaN, 0.02]);
        Assert.True(double.IsNaN(q[1]));
        Assert.Equal(0.02, q[0], 15);
        Assert.Equal(0.02, q[2], 15);
    }

    [Fact]
    public void Adjust_Empty_ReturnsEmpty() => Assert.Empty(BenjaminiHochberg.Adjust([]));

    [Fact]
    public void Adjust_NotAProbability_Throws() => Assert.Throws<ArgumentException>(() => BenjaminiHochberg.Adjust([0.2, 1.5]));
}
