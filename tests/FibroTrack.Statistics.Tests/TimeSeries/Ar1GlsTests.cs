using FibroTrack.Statistics.TimeSeries;
using MathNet.Numerics.LinearAlgebra;

namespace FibroTrack.Statistics.Tests.TimeSeries;

public sealed class Ar1GlsTests
{
    private static readonly double[] Y = [3, 4, 6, 5, 7, 6, 8, 7, 9, 8];
    private static readonly int[] Days = [1, 2, 3, 5, 6, 7, 9, 10, 11, 12];
    private static readonly Matrix<double> Design = Matrix<double>.Build.Dense(10, 2, (i, j) => j == 0 ? 1 : Days[i]);

    [Fact]
    public void Fit_DaysNotIncreasing_Throws()
    {
        int[] days = [1, 2, 3, 5, 5, 7, 9, 10, 11, 12];

        Assert.Throws<ArgumentException>(() => Ar1Gls.Fit(Y, days, Design, Ar1Correlation.Discrete));
    }

    [Fact]
    public void Fit_NonFiniteResponse_Throws()
    {
        var y = Y.ToArray();
        y[3] = double.NaN;

        Assert.Throws<ArgumentException>(() => Ar1Gls.Fit(y, Days, Design, Ar1Correlation.Discrete));
    }

    [Fact]
    public void Fit_RankDeficientDesign_Throws()
    {
        var design = Matrix<double>.Build.Dense(10, 3, (i, j) => j == 0 ? 1 : j == 1 ? Days[i] : 2 * Days[i]);

        Assert.Throws<ArgumentException>(() => Ar1Gls.Fit(Y, Days, design, Ar1Correlation.Discrete));
    }

    [Fact]
    public void Fit_TooFewObservations_Throws()
    {
        Assert.Throws<ArgumentException>(() => Ar1Gls.Fit(Y.AsSpan(0, 3), Days.AsSpan(0, 3), Design.SubMatrix(0, 3, 0, 2), Ar1Correlation.Discrete));
    }

    [Fact]
    public void Fit_ExactFit_Throws()
    {
        var y = Days.Select(d => 2 + (0.5 * d)).ToArray();

        Assert.Throws<ArgumentException>(() => Ar1Gls.Fit(y, Days, Design, Ar1Correlation.Discrete));
    }

    [Fact]
    public void Fit_NoNames_NamesTermsByPosition()
    {
        var fit = Ar1Gls.Fit(Y, Days, Design, Ar1Correlation.Discrete);

        Assert.Equal(["x0", "x1"], fit.Coefficients.Select(c => c.Term));
        Assert.Equal(2, fit.Gaps);
        Assert.Equal(8, fit.DegreesOfFreedom);
    }

    [Fact]
    public void Fit_Covariance_IsSymmetricWithSquaredStandardErrorsOnTheDiagonal()
    {
        var fit = Ar1Gls.Fit(Y, Days, Design, Ar1Correlation.Discrete);

        Assert.Equal(fit.Covariance[0][1], fit.Covariance[1][0], 1e-15);
        Assert.Equal(fit.Coefficients[1].StandardError * fit.Coefficients[1].StandardError, fit.Covariance[1][1], 1e-15);
    }

    [Fact]
    public void Fit_Residuals_AreResponseMinusFitted()
    {
        var fit = Ar1Gls.Fit(Y, Days, Design, Ar1Correlation.Discrete);

        for (var i = 0; i < Y.Length; i++)
        {
            Assert.Equal(Y[i] - fit.Coefficients[0].Estimate - (fit.Coefficients[1].Estimate * Days[i]), fit.Residuals[i], 1e-12);
        }
    }
}
