using FibroTrack.Statistics.Regression;
using FibroTrack.Statistics.Tests.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace FibroTrack.Statistics.Tests.Regression;

// Reference values: statsmodels 0.13.5 OLS(y, X).fit(), f_test and conf_int (bench/reference/ols_reference.py);
// the inputs are read from the same CSV files the script wrote.
public sealed class OlsTest
{
    private const double Tolerance = 1e-8;

    [Theory]
    [InlineData("ols_basic")]
    [InlineData("ols_adl")]
    [InlineData("ols_no_intercept")]
    public void Fit_ReferenceData_MatchesStatsmodels(string name)
    {
        var (fit, expected) = FitReference(name);

        Assert.Equal(expected.GetProperty("n").GetInt32(), fit.Observations);
        Assert.Equal(expected.GetProperty("df_resid").GetInt32(), fit.DegreesOfFreedom);
        Close.All(expected.GetProperty("params").Doubles(), fit.Coefficients, Tolerance, "params");
        Close.All(expected.GetProperty("bse").Doubles(), fit.StandardErrors, Tolerance, "bse");
        Close.All(expected.GetProperty("tvalues").Doubles(), fit.TStatistics, Tolerance, "t");
        Close.All(expected.GetProperty("pvalues").Doubles(), fit.PValues, Tolerance, "p");
        Close.All(expected.GetProperty("resid").Doubles(), fit.Residuals, Tolerance, "resid");
        Close.Equal(expected.GetProperty("scale").GetDouble(), fit.ResidualVariance, Tolerance, "scale");
        Close.Equal(expected.GetProperty("ssr").GetDouble(), fit.ResidualSumOfSquares, Tolerance, "ssr");
        Close.Equal(expected.GetProperty("rsquared").GetDouble(), fit.RSquared, Tolerance, "R²");
        Close.Equal(expected.GetProperty("rsquared_adj").GetDouble(), fit.AdjustedRSquared, Tolerance, "adj R²");
        Close.Equal(expected.GetProperty("llf").GetDouble(), fit.LogLikelihood, Tolerance, "llf");
        Close.Equal(expected.GetProperty("bic").GetDouble(), fit.Bic, Tolerance, "bic");
    }

    [Theory]
    [InlineData("ols_basic")]
    [InlineData("ols_adl")]
    [InlineData("ols_no_intercept")]
    public void ConfidenceInterval_ReferenceData_MatchesStatsmodels(string name)
    {
        var (fit, expected) = FitReference(name);
        var lower = expected.GetProperty("conf_int_lower").Doubles();
        var upper = expected.GetProperty("conf_int_upper").Doubles();
        for (var j = 0; j < fit.Parameters; j++)
        {
            var (lo, hi) = fit.ConfidenceInterval(j);
            Close.Equal(lower[j], lo, Tolerance, $"lower[{j}]");
            Close.Equal(upper[j], hi, Tolerance, $"upper[{j}]");
        }
    }

    [Theory]
    [InlineData("ols_basic")]
    [InlineData("ols_adl")]
    [InlineData("ols_no_intercept")]
    public void FTest_ReferenceData_MatchesStatsmodels(string name)
    {
        var (fit, expected) = FitReference(name);
        foreach (var test in expected.GetProperty("f_tests").EnumerateArray())
        {
            var indices = test.GetProperty("indices").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            var f = fit.FTest(indices);
            Close.Equal(test.GetProperty("f").GetDouble(), f.F, Tolerance, $"F{string.Join(",", indices)}");
            Close.Equal(test.GetProperty("p").GetDouble(), f.P, Tolerance, $"p{string.Join(",", indices)}");
            Assert.Equal(test.GetProperty("df_num").GetInt32(), f.NumeratorDf);
            Assert.Equal(test.GetProperty("df_denom").GetInt32(), f.DenominatorDf);
        }
    }

    [Fact]
    public void FTest_SingleCoefficient_EqualsSquaredT()
    {
        var (fit, _) = FitReference("ols_basic");
        var f = fit.FTest([1]);
        Assert.Equal(fit.TStatistics[1] * fit.TStatistics[1], f.F, 10);
        Assert.Equal(fit.PValues[1], f.P, 12);
    }

    [Fact]
    public void Fit_ConstantColumnBesideIntercept_ThrowsNoVariation()
    {
        var design = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 3, 0.1 }, { 1, 3, 0.5 }, { 1, 3, 0.2 }, { 1, 3, 0.9 }, { 1, 3, 0.4 } });
        var y = Vector<double>.Build.Dense([1.0, 2, 3, 4, 5]);

        var ex = Assert.Throws<ArgumentException>(() => Ols.Fit(design, y, ["const", "exposure", "z"]));
        Assert.Contains("'exposure'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no variation", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryFit_CollinearColumns_ReturnsAliasedColumn()
    {
        var design = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 1, 2 }, { 1, 2, 4 }, { 1, 3, 6 }, { 1, 4, 8 }, { 1, 7, 14 } });
        var y = Vector<double>.Build.Dense([1.0, 2, 2, 4, 5]);

        Assert.False(Ols.TryFit(design, y, out var result, out var aliased));
        Assert.Null(result);
        Assert.Equal(2, aliased);
    }

    [Fact]
    public void Fit_NoResidualDegreesOfFreedom_Throws()
    {
        var design = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0 }, { 1, 1 } });
        Assert.Throws<ArgumentException>(() => Ols.Fit(design, Vector<double>.Build.Dense([1.0, 2])));
    }

    [Fact]
    public void Fit_NaNResponse_Throws()
    {
        var design = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0 }, { 1, 1 }, { 1, 2 } });
        Assert.Throws<ArgumentException>(() => Ols.Fit(design, Vector<double>.Build.Dense([1.0, double.NaN, 2])));
    }

    private static (OlsResult Fit, System.Text.Json.JsonElement Expected) FitReference(string name)
    {
        var data = ReferenceFiles.ReadCsv("ols", name + ".csv");
        var expected = ReferenceFiles.ReadJson("ols", name + ".json");
        var names = expected.GetProperty("names").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var design = Matrix<double>.Build.DenseOfColumnArrays(names.Select(n => data[n]));
        var fit = Ols.Fit(design, Vector<double>.Build.DenseOfArray(data["y"]), names);
        return (fit, expected);
    }
}
