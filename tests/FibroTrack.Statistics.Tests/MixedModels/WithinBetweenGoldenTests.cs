using FibroTrack.Statistics.MixedModels;
using FibroTrack.Statistics.Tests.Numerics;

namespace FibroTrack.Statistics.Tests.MixedModels;

/// <summary>
/// WithinBetweenModel against nlme::lme(y ~ xw + xb, random = ~ 1 | id, method = "REML"); data and values written by
/// bench/reference/mixed_reference.R into Reference/mixed (nlme 3.1 on R 4.2).
/// </summary>
public sealed class WithinBetweenGoldenTests
{
    /// <summary>REML is iterative on both sides (STATS.md: 1e-5 for ML/REML fits).</summary>
    private const double Tolerance = 1e-5;

    private static readonly string[] Terms = [WithinBetweenModel.Intercept, WithinBetweenModel.Within, WithinBetweenModel.Between];

    public static TheoryData<int> Datasets => [1, 2, 3];

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Fit_GoldenData_MatchesNlmeFixedEffects(int dataset)
    {
        var fit = FitDataset(dataset);
        var expected = ReferenceFiles.ReadCsv("mixed", "mixed_coefficients.csv");

        for (var row = 0; row < expected["dataset"].Length; row++)
        {
            if ((int)expected["dataset"][row] != dataset)
            {
                continue;
            }

            var term = Terms[(int)expected["term"][row]];
            var actual = fit.Model.Coefficient(term);
            Close.Equal(expected["estimate"][row], actual.Estimate, Tolerance, $"{term} estimate");
            Close.Equal(expected["std_error"][row], actual.StandardError, Tolerance, $"{term} SE");
            Assert.Equal(expected["df"][row], actual.DegreesOfFreedom);
            Close.Equal(expected["t_value"][row], actual.T, Tolerance, $"{term} t");
            Close.Equal(expected["p_value"][row], actual.P, Tolerance, $"{term} p");
            Close.Equal(expected["lower95"][row], actual.Lower, Tolerance, $"{term} lower");
            Close.Equal(expected["upper95"][row], actual.Upper, Tolerance, $"{term} upper");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Fit_GoldenData_MatchesNlmeVarianceComponentsAndRestrictedLogLikelihood(int dataset)
    {
        var fit = FitDataset(dataset);
        var expected = FitRow(dataset);

        Close.Equal(expected["sigma"], fit.Model.Sigma, Tolerance, "sigma");
        Close.Equal(expected["tau"], fit.Model.Tau, Tolerance, "tau");
        Close.Equal(expected["loglik_reml"], fit.Model.RestrictedLogLikelihood, Tolerance, "REML log-likelihood");
        Assert.Equal((int)expected["n"], fit.Model.Observations);
        Assert.Equal((int)expected["groups"], fit.Model.Groups);
        Assert.False(fit.Model.TauAtZero);
    }

    [Fact]
    public void Fit_TauAtBoundary_ReportsZeroWhereNlmeStopsAtATinyValue()
    {
        var fit = FitDataset(3);
        var expected = FitRow(3);

        Assert.True(fit.Model.TauAtZero);
        Assert.Equal(0, fit.Model.Tau);
        Assert.True(expected["tau"] < 1e-3, "the reference data set should have tau near zero");
        Close.Equal(expected["sigma"], fit.Model.Sigma, Tolerance, "sigma");
        Close.Equal(expected["loglik_reml"], fit.Model.RestrictedLogLikelihood, Tolerance, "REML log-likelihood");
    }

    private static Dictionary<string, double> FitRow(int dataset)
    {
        var fits = ReferenceFiles.ReadCsv("mixed", "mixed_fits.csv");
        var row = Array.IndexOf(fits["dataset"], dataset);
        return fits.ToDictionary(c => c.Key, c => c.Value[row], StringComparer.Ordinal);
    }

    private static WithinBetweenFit FitDataset(int dataset)
    {
        var inputs = ReferenceFiles.ReadCsv("mixed", "mixed_inputs.csv");
        var rows = Enumerable.Range(0, inputs["dataset"].Length).Where(i => (int)inputs["dataset"][i] == dataset).ToArray();
        return WithinBetweenModel.Fit(
            [.. rows.Select(i => (int)inputs["id"][i])],
            [.. rows.Select(i => inputs["x"][i])],
            [.. rows.Select(i => inputs["y"][i])]);
    }
}
