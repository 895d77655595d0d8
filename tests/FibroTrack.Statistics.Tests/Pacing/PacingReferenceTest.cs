using FibroTrack.Statistics.Pacing;
using FibroTrack.Statistics.Tests.Numerics;

namespace FibroTrack.Statistics.Tests.Pacing;

/// <summary>
/// For a fixed breakpoint the hinge model is plain OLS. Reference: statsmodels 0.13.5 OLS on rows and a grid built
/// independently in <c>bench/reference/pacing_reference.py</c> (trend: linear, or patsy's cr() natural spline, which
/// spans the same space as <c>TrendBasis</c> with other columns, so only y_lag1, load and hinge compare there).
/// </summary>
public sealed class PacingReferenceTest
{
    private const double Tolerance = 1e-8;

    [Theory]
    [InlineData("pacing_linear_h1", true)]
    [InlineData("pacing_linear_h2", true)]
    [InlineData("pacing_spline_h1", false)]
    public void FitAtBreakpoint_FixedBreakpoint_MatchesStatsmodelsOls(string name, bool linearTrend)
    {
        var (load, y, expected) = Read(name);
        var h = expected.GetProperty("horizon").GetInt32();

        var ols = PacingAnalysis.FitAtBreakpoint(load, y, h, expected.GetProperty("breakpoint").GetDouble());

        Assert.Equal(expected.GetProperty("n").GetInt32(), ols.Observations);
        Assert.Equal(expected.GetProperty("df_resid").GetInt32(), ols.DegreesOfFreedom);
        // With the spline only y_lag1, load and hinge are basis-free (the intercept moves with the trend's centring).
        var (first, compared) = linearTrend ? (0, ols.Parameters) : (1, 4);
        var (lower, upper) = (expected.GetProperty("conf_int_lower").Doubles(), expected.GetProperty("conf_int_upper").Doubles());
        for (var j = first; j < compared; j++)
        {
            Close.Equal(expected.GetProperty("params").Doubles()[j], ols.Coefficients[j], Tolerance, $"{ols.Names[j]}");
            Close.Equal(expected.GetProperty("bse").Doubles()[j], ols.StandardErrors[j], Tolerance, $"se {ols.Names[j]}");
            Close.Equal(expected.GetProperty("pvalues").Doubles()[j], ols.PValues[j], Tolerance, $"p {ols.Names[j]}");
            var (lo, hi) = ols.ConfidenceInterval(j);
            Close.Equal(lower[j], lo, Tolerance, $"lower {ols.Names[j]}");
            Close.Equal(upper[j], hi, Tolerance, $"upper {ols.Names[j]}");
        }

        Close.Equal(expected.GetProperty("scale").GetDouble(), ols.ResidualVariance, Tolerance, "σ²");
        Close.Equal(expected.GetProperty("ssr").GetDouble(), ols.ResidualSumOfSquares, Tolerance, "RSS");
    }

    [Theory]
    [InlineData("pacing_linear_h1")]
    [InlineData("pacing_linear_h2")]
    [InlineData("pacing_spline_h1")]
    public void Fit_GridSearch_SameGridBreakpointAndSlopeAboveAsStatsmodels(string name)
    {
        var (load, y, expected) = Read(name);
        var h = expected.GetProperty("horizon").GetInt32();

        var result = PacingAnalysis.Fit(load, y, h, new DateOnly(2026, 1, 1), "symptom.pain", "pain");

        Assert.Equal(PacingStatus.Estimated, result.Status);
        Assert.Equal(expected.GetProperty("n").GetInt32(), result.UsableDays);
        Assert.Equal(expected.GetProperty("trend_df").GetInt32(), result.TrendDegreesOfFreedom);
        Close.All(expected.GetProperty("grid").Doubles(), result.Grid, Tolerance, "grid");
        Close.Equal(expected.GetProperty("breakpoint").GetDouble(), result.Breakpoint!.Value, Tolerance, "breakpoint");
        Close.Equal(expected.GetProperty("above").GetDouble(), result.SlopeAbove!.Estimate, Tolerance, "slope above");
        Close.Equal(expected.GetProperty("above_se").GetDouble(), result.SlopeAbove.StandardError, Tolerance, "se above");
        Close.Equal(expected.GetProperty("above_lower").GetDouble(), result.SlopeAbove.Lower, Tolerance, "lower above");
        Close.Equal(expected.GetProperty("above_upper").GetDouble(), result.SlopeAbove.Upper, Tolerance, "upper above");
        Close.Equal(expected.GetProperty("params").Doubles()[2], result.SlopeBelow!.Estimate, Tolerance, "slope below");
        // The fast search's t (QR updating) is the OLS t of the slope above at the chosen breakpoint.
        Close.Equal(result.SlopeAbove.Estimate / result.SlopeAbove.StandardError, result.T, Tolerance, "t above");
    }

    private static (double[] Load, double[] Y, System.Text.Json.JsonElement Expected) Read(string name)
    {
        var data = ReferenceFiles.ReadCsv("pacing", name + ".csv");
        return (data["load"], data["y"], ReferenceFiles.ReadJson("pacing", name + ".json"));
    }
}
