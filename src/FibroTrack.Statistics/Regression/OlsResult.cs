using System.Collections.Immutable;
using FibroTrack.Statistics.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace FibroTrack.Statistics.Regression;

/// <summary>An OLS fit with classical inference (see <see cref="Ols"/>).</summary>
public sealed record OlsResult
{
    private readonly double[,] _xtxInverse;

    internal OlsResult(
        int observations,
        int parameters,
        int degreesOfFreedom,
        ImmutableArray<string> names,
        ImmutableArray<double> coefficients,
        ImmutableArray<double> standardErrors,
        ImmutableArray<double> tStatistics,
        ImmutableArray<double> pValues,
        ImmutableArray<double> residuals,
        double residualSumOfSquares,
        double residualVariance,
        double rSquared,
        double adjustedRSquared,
        bool hasIntercept,
        double[,] xtxInverse)
    {
        Observations = observations;
        Parameters = parameters;
        DegreesOfFreedom = degreesOfFreedom;
        Names = names;
        Coefficients = coefficients;
        StandardErrors = standardErrors;
        TStatistics = tStatistics;
        PValues = pValues;
        Residuals = residuals;
        ResidualSumOfSquares = residualSumOfSquares;
        ResidualVariance = residualVariance;
        RSquared = rSquared;
        AdjustedRSquared = adjustedRSquared;
        HasIntercept = hasIntercept;
        _xtxInverse = xtxInverse;
    }

    /// <summary>n, the rows used.</summary>
    public int Observations { get; }

    /// <summary>k, the coefficients including the intercept.</summary>
    public int Parameters { get; }

    /// <summary>Residual degrees of freedom, n − k.</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>Coefficient names (<c>x0</c>, <c>x1</c>, … when none were given).</summary>
    public ImmutableArray<string> Names { get; }

    public ImmutableArray<double> Coefficients { get; }

    public ImmutableArray<double> StandardErrors { get; }

    public ImmutableArray<double> TStatistics { get; }

    /// <summary>Two-sided p-values of the t tests of βⱼ = 0 on n − k df.</summary>
    public ImmutableArray<double> PValues { get; }

    /// <summary>y − Xβ̂, one per row in design order.</summary>
    public ImmutableArray<double> Residuals { get; }

    /// <summary>Σ eᵢ².</summary>
    public double ResidualSumOfSquares { get; }

    /// <summary>σ̂² = RSS / (n − k).</summary>
    public double ResidualVariance { get; }

    /// <summary>1 − RSS/TSS; TSS is centred when the design has a constant column, uncentred otherwise.</summary>
    public double RSquared { get; }

    /// <summary>1 − (1 − R²)(n − c)/(n − k), c = 1 with a constant column, 0 without.</summary>
    public double AdjustedRSquared { get; }

    /// <summary>Whether some column of the design is a nonzero constant.</summary>
    public bool HasIntercept { get; }

    /// <summary>Gaussian log-likelihood at the ML variance RSS/n: −n/2·(ln 2π + ln(RSS/n) + 1), as statsmodels' <c>llf</c>.</summary>
    public double LogLikelihood => -Observations / 2.0 * (Math.Log(2 * Math.PI) + Math.Log(ResidualSumOfSquares / Observations) + 1);

    /// <summary>Schwarz's BIC, −2·llf + k·ln n (statsmodels' <c>bic</c>).</summary>
    public double Bic => (-2 * LogLikelihood) + (Parameters * Math.Log(Observations));

    /// <summary>Estimated covariance of β̂ᵢ and β̂ⱼ: σ̂²·[(XᵀX)⁻¹]ᵢⱼ.</summary>
    public double Covariance(int i, int j)
    {
        Preconditions.CheckArgumentRange(i, nameof(i), 0, Parameters - 1);
        Preconditions.CheckArgumentRange(j, nameof(j), 0, Parameters - 1);
        return ResidualVariance * _xtxInverse[i, j];
    }

    /// <summary>The t-based confidence interval β̂ⱼ ± t_{1−α/2, n−k}·SEⱼ.</summary>
    public (double Lower, double Upper) ConfidenceInterval(int index, double level = 0.95)
    {
        Preconditions.CheckArgumentRange(index, nameof(index), 0, Parameters - 1);
        Preconditions.CheckArgument(level > 0 && level < 1, nameof(level), "The level must lie strictly between 0 and 1.");
        var half = Distributions.StudentTQuantile(0.5 + (level / 2), DegreesOfFreedom) * StandardErrors[index];
        return (Coefficients[index] - half, Coefficients[index] + half);
    }

    /// <summary>
    /// Joint Wald F test that the coefficients at <paramref name="indices"/> are all zero:
    /// F = β̂ₛᵀ V̂ₛ⁻¹ β̂ₛ / q on (q, n − k) df, V̂ = σ̂²(XᵀX)⁻¹. Under homoscedastic OLS this equals the
    /// restricted-versus-full model F test ((RSS₀ − RSS)/q)/(RSS/(n − k)).
    /// </summary>
    public FTestResult FTest(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        Preconditions.CheckArgument(indices.Count >= 1, nameof(indices), "Name at least one coefficient.");
        Preconditions.CheckArgument(indices.Distinct().Count() == indices.Count, nameof(indices), "Coefficient indices must be distinct.");
        var q = indices.Count;
        var v = Matrix<double>.Build.Dense(q, q);
        var b = Vector<double>.Build.Dense(q);
        for (var a = 0; a < q; a++)
        {
            Preconditions.CheckArgumentRange(indices[a], nameof(indices), 0, Parameters - 1);
            b[a] = Coefficients[indices[a]];
            for (var c = 0; c < q; c++)
            {
                v[a, c] = Covariance(indices[a], indices[c]);
            }
        }

        var wald = b.DotProduct(v.Cholesky().Solve(b));
        var f = wald / q;
        return new FTestResult(f, q, DegreesOfFreedom, Distributions.FUpperP(f, q, DegreesOfFreedom));
    }
}
