using System.Text.Json;
using FibroTrack.Statistics.Regression;
using FibroTrack.Statistics.Tests.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace FibroTrack.Statistics.Tests.Regression;

public sealed class LogisticTest
{
    private const double Tolerance = 1e-6;

    // Reference: statsmodels 0.13.5 Logit(y, X).fit(method="newton", tol=1e-10), checked against GLM Binomial
    // (bench/reference/logistic_reference.py). logistic_onset is a gap-derived flare-onset design with a spline trend,
    // logistic_near_separation has a finite but large slope (≈ 6.9, SE 3.4).
    [Theory]
    [InlineData("logistic_basic")]
    [InlineData("logistic_onset")]
    [InlineData("logistic_near_separation")]
    public void Fit_ReferenceData_MatchesStatsmodelsLogit(string name)
    {
        var (design, response, names) = ReadCase(name);
        var expected = ReferenceFiles.ReadJson("logistic", name + ".json");

        var fit = Logistic.Fit(design, response, names);

        Assert.True(fit.Status == LogisticStatus.Converged, $"{fit.Status} after {fit.Iterations}");
        Assert.Equal(expected.GetProperty("n").GetInt32(), fit.Observations);
        Assert.Equal(expected.GetProperty("events").GetInt32(), fit.Events);
        var lower = new double[fit.Parameters];
        var upper = new double[fit.Parameters];
        for (var j = 0; j < fit.Parameters; j++)
        {
            (lower[j], upper[j]) = fit.ConfidenceInterval(j);
        }

        Compare(expected, "params", fit.Coefficients);
        Compare(expected, "bse", fit.StandardErrors);
        Compare(expected, "zvalues", fit.ZStatistics);
        Compare(expected, "pvalues", fit.PValues);
        Compare(expected, "conf_int_lower", lower);
        Compare(expected, "conf_int_upper", upper);
        Compare(expected, "fitted", fit.FittedProbabilities);
        Close.Equal(expected.GetProperty("llf").GetDouble(), fit.LogLikelihood, Tolerance, "llf");
        Close.Equal(expected.GetProperty("llnull").GetDouble(), fit.NullLogLikelihood, Tolerance, "llnull");
        Close.Equal(expected.GetProperty("deviance").GetDouble(), fit.Deviance, Tolerance, "deviance");
        Close.Equal(expected.GetProperty("null_deviance").GetDouble(), fit.NullDeviance, Tolerance, "null deviance");
        Close.Equal(expected.GetProperty("prsquared").GetDouble(), fit.PseudoRSquared, Tolerance, "pseudo R²");
        Close.Equal(expected.GetProperty("aic").GetDouble(), fit.Aic, Tolerance, "AIC");
        Close.Equal(expected.GetProperty("bic").GetDouble(), fit.Bic, Tolerance, "BIC");
        Assert.InRange(fit.Iterations, 3, 40);
        if (expected.TryGetProperty("wald_lags", out var wald))
        {
            var test = fit.WaldTest([.. wald.GetProperty("indices").EnumerateArray().Select(e => e.GetInt32())]);
            Close.Equal(wald.GetProperty("statistic").GetDouble(), test.Statistic, Tolerance, "Wald χ²");
            Close.Equal(wald.GetProperty("p").GetDouble(), test.P, Tolerance, "Wald p");
            Assert.Equal(3, test.DegreesOfFreedom);
        }
    }

    // statsmodels raises PerfectSeparationError on this response: a tilted line in (z, w) separates it.
    [Fact]
    public void Fit_SeparatedByTwoCovariatesTogether_ReportsSeparation()
    {
        var (design, response, names) = ReadCase("logistic_separated");

        var fit = Logistic.Fit(design, response, names);

        Assert.Equal(LogisticStatus.Separation, fit.Status);
        Assert.False(fit.IsEstimated);
        Assert.Contains(1, fit.SeparatedColumns);
        Assert.Empty(fit.Coefficients);
        Assert.Throws<InvalidOperationException>(() => fit.ConfidenceInterval(1));
    }

    [Fact]
    public void Fit_CompleteSeparation_ReportsSeparationNotAHugeEstimate()
    {
        // y = 1 exactly when x > 0.
        var x = Enumerable.Range(0, 40).Select(i => (i - 19.5) / 10).ToArray();
        var y = x.Select(v => v > 0 ? 1.0 : 0.0).ToArray();

        var fit = Logistic.Fit(WithIntercept(x), Vector<double>.Build.DenseOfArray(y), ["const", "x"]);

        Assert.Equal(LogisticStatus.Separation, fit.Status);
        Assert.Contains(1, fit.SeparatedColumns);
        Assert.True(double.IsNaN(fit.LogLikelihood));
    }

    [Fact]
    public void Fit_QuasiCompleteSeparationByBinaryCovariate_ReportsSeparation()
    {
        // Every row with b = 1 is an event; rows with b = 0 are mixed: the MLE of b's coefficient is +∞ and the
        // others stay finite (quasi-complete separation).
        var random = new Random(5);
        var n = 200;
        var b = new double[n];
        var z = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            b[i] = i % 7 == 0 ? 1 : 0;
            z[i] = (random.NextDouble() * 4) - 2;
            y[i] = b[i] == 1 || random.NextDouble() < 1 / (1 + Math.Exp(1 - z[i])) ? 1 : 0;
        }

        var design = Matrix<double>.Build.Dense(n, 3, (i, j) => j switch { 0 => 1, 1 => z[i], _ => b[i] });

        var fit = Logistic.Fit(design, Vector<double>.Build.DenseOfArray(y), ["const", "z", "b"]);

        Assert.True(fit.Status == LogisticStatus.Separation, $"{fit.Status} after {fit.Iterations}: {string.Join(",", fit.Coefficients)}");
        Assert.Contains(2, fit.SeparatedColumns);
        Assert.DoesNotContain(1, fit.SeparatedColumns);
    }

    [Fact]
    public void Fit_DuplicatedColumn_RankDeficientNamesTheColumn()
    {
        var sim = new Random(6);
        var n = 80;
        var x = Enumerable.Range(0, n).Select(_ => sim.NextDouble()).ToArray();
        var y = x.Select(v => sim.NextDouble() < v ? 1.0 : 0.0).ToArray();
        var design = Matrix<double>.Build.Dense(n, 3, (i, j) => j == 0 ? 1 : j == 1 ? x[i] : 2 * x[i]);

        var fit = Logistic.Fit(design, Vector<double>.Build.DenseOfArray(y));

        Assert.Equal(LogisticStatus.RankDeficient, fit.Status);
        Assert.Equal(2, fit.AliasedColumn);
    }

    [Fact]
    public void Fit_CovariateWithoutVariation_RankDeficient()
    {
        var x = Enumerable.Repeat(3.0, 30).ToArray();
        var y = Enumerable.Range(0, 30).Select(i => i % 3 == 0 ? 1.0 : 0.0).ToArray();

        var fit = Logistic.Fit(WithIntercept(x), Vector<double>.Build.DenseOfArray(y));

        Assert.Equal(LogisticStatus.RankDeficient, fit.Status);
        Assert.Equal(1, fit.AliasedColumn);
    }

    [Fact]
    public void Fit_NoEvents_ConstantResponse()
    {
        var x = Enumerable.Range(0, 30).Select(i => (double)i).ToArray();

        var fit = Logistic.Fit(WithIntercept(x), Vector<double>.Build.Dense(30));

        Assert.Equal(LogisticStatus.ConstantResponse, fit.Status);
        Assert.Equal(0, fit.Events);
    }

    [Fact]
    public void Fit_ResponseNotZeroOrOne_Throws()
    {
        var x = Enumerable.Range(0, 10).Select(i => (double)i).ToArray();
        var y = x.Select(v => v % 2 == 0 ? 0.5 : 1).ToArray();

        Assert.Throws<ArgumentException>(() => Logistic.Fit(WithIntercept(x), Vector<double>.Build.DenseOfArray(y)));
    }

    [Fact]
    public void Fit_LargeSimulatedSample_RecoversTrueCoefficients()
    {
        // logit P = −1 + 0.8·z − 0.5·b, n = 20,000: each estimate within 4 SEs of the truth.
        var random = new Random(20260713);
        var n = 20_000;
        double[] truth = [-1, 0.8, -0.5];
        var design = Matrix<double>.Build.Dense(n, 3);
        var y = Vector<double>.Build.Dense(n);
        for (var i = 0; i < n; i++)
        {
            var z = (random.NextDouble() * 4) - 2;
            var b = random.NextDouble() < 0.3 ? 1.0 : 0.0;
            design[i, 0] = 1;
            design[i, 1] = z;
            design[i, 2] = b;
            var eta = truth[0] + (truth[1] * z) + (truth[2] * b);
            y[i] = random.NextDouble() < 1 / (1 + Math.Exp(-eta)) ? 1 : 0;
        }

        var fit = Logistic.Fit(design, y);

        Assert.True(fit.IsEstimated);
        for (var j = 0; j < 3; j++)
        {
            Assert.InRange((fit.Coefficients[j] - truth[j]) / fit.StandardErrors[j], -4, 4);
        }
    }

    [Fact]
    public void LikelihoodRatioTest_NestedModels_ChiSquareOnParameterDifference()
    {
        var (design, response, _) = ReadCase("logistic_basic");
        var full = Logistic.Fit(design, response);
        var reduced = Logistic.Fit(design.RemoveColumn(3), response);

        var test = Logistic.LikelihoodRatioTest(full, reduced);

        Assert.Equal(1, test.DegreesOfFreedom);
        Close.Equal(2 * (full.LogLikelihood - reduced.LogLikelihood), test.Statistic, 1e-12, "LR");
        // For one coefficient the LR and Wald tests agree to first order; both should say the same thing here.
        Assert.InRange(test.P / full.PValues[3], 0.5, 2);
    }

    private static void Compare(JsonElement expected, string property, IReadOnlyList<double> actual)
    {
        var values = expected.GetProperty(property).Doubles();
        Close.All(values, actual, Tolerance, property);
        TestContext.Current.TestOutputHelper?.WriteLine($"{property}: max |difference| {Close.MaxDifference(values, actual):E2}");
    }

    private static (Matrix<double> Design, Vector<double> Response, string[] Names) ReadCase(string name)
    {
        var data = ReferenceFiles.ReadCsv("logistic", name + ".csv");
        var header = File.ReadLines(ReferenceFiles.PathOf("logistic", name + ".csv")).First().Split(',');
        var names = header.Skip(1).ToArray();
        var n = data["y"].Length;
        var design = Matrix<double>.Build.Dense(n, names.Length, (i, j) => data[names[j]][i]);
        return (design, Vector<double>.Build.DenseOfArray(data["y"]), names);
    }

    private static Matrix<double> WithIntercept(double[] x) =>
        Matrix<double>.Build.Dense(x.Length, 2, (i, j) => j == 0 ? 1 : x[i]);
}
