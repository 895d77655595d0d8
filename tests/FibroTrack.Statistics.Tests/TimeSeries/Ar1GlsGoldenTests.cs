using FibroTrack.Statistics.TimeSeries;

namespace FibroTrack.Statistics.Tests.TimeSeries;

/// <summary>Ar1Gls against nlme::gls(method = "REML"); reference values in Reference/its (see <see cref="ItsReference"/>).</summary>
public sealed class Ar1GlsGoldenTests
{
    public static TheoryData<string> Datasets => ItsReference.Names;

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Fit_GoldenData_MatchesNlmeCoefficientsAndStandardErrors(string name)
    {
        var data = ItsReference.Load(name);

        var fit = Fit(data, CorrelationOf(data));

        foreach (var term in ItsReference.Terms)
        {
            var expected = data.Coefficients[term];
            var actual = fit.Coefficient(term);
            Assert.Equal(expected.Estimate, actual.Estimate, ItsReference.Tolerance);
            Assert.Equal(expected.StandardError, actual.StandardError, ItsReference.Tolerance);
            Assert.Equal(expected.T, actual.T, ItsReference.Tolerance);
            Assert.Equal(expected.P, actual.P, ItsReference.Tolerance);
        }
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Fit_GoldenData_MatchesNlmePhiSigmaAndRestrictedLogLikelihood(string name)
    {
        var data = ItsReference.Load(name);

        var fit = Fit(data, CorrelationOf(data));

        Assert.Equal(data.Phi, fit.Phi, ItsReference.Tolerance);
        Assert.Equal(data.Sigma, fit.Sigma, ItsReference.Tolerance);
        Assert.Equal(data.LogLik, fit.RestrictedLogLikelihood, ItsReference.Tolerance);
        Assert.Equal(data.Df, fit.DegreesOfFreedom);
        Assert.False(fit.PhiAtBound);
    }

    [Theory]
    [InlineData("gaps_car1")]
    [InlineData("phi085_car1")]
    public void Fit_GapsWithPositivePhi_DiscreteEqualsContinuousTime(string name)
    {
        var data = ItsReference.Load(name);

        var discrete = Fit(data, Ar1Correlation.Discrete);
        var continuous = Fit(data, Ar1Correlation.ContinuousTime);

        Assert.Equal(continuous.Phi, discrete.Phi, 1e-7);
        Assert.Equal(continuous.RestrictedLogLikelihood, discrete.RestrictedLogLikelihood, 1e-9);
        Assert.Equal(data.Coefficients["post"].Estimate, discrete.Coefficient("post").Estimate, ItsReference.Tolerance);
        Assert.True(discrete.Gaps > 0);
    }

    [Fact]
    public void Fit_NegativeAutocorrelation_ContinuousTimeStopsAtItsLowerBound()
    {
        // corCAR1 cannot represent φ < 0: the search ends at its edge, and the fit says so.
        var data = ItsReference.Load("negphi_ar1");

        var fit = Fit(data, Ar1Correlation.ContinuousTime);

        Assert.True(fit.PhiAtBound);
        Assert.True(fit.Phi < 1e-3);
    }

    private static Ar1Correlation CorrelationOf(ItsReference.Dataset data) =>
        data.Correlation == "corCAR1" ? Ar1Correlation.ContinuousTime : Ar1Correlation.Discrete;

    private static Ar1GlsFit Fit(ItsReference.Dataset data, Ar1Correlation correlation) =>
        Ar1Gls.Fit(data.Y, data.Days, data.Design, correlation, ItsReference.Terms);
}
