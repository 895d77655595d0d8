using System.Collections.Immutable;
using FibroTrack.Statistics.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace FibroTrack.Statistics.Regression;

/// <summary>Whether a <see cref="Logistic"/> fit has estimates.</summary>
public enum LogisticStatus
{
    /// <summary>Newton converged to the (finite) maximum; estimates and Wald tests are available.</summary>
    Converged,

    /// <summary>No variation: a column is (numerically) a linear combination of the columns before it; see <see cref="LogisticResult.AliasedColumn"/>.</summary>
    RankDeficient,

    /// <summary>No variation in the outcome: every response is 0, or every response is 1.</summary>
    ConstantResponse,

    /// <summary>Complete or quasi-complete separation: no finite maximum exists; see <see cref="LogisticResult.SeparatedColumns"/>.</summary>
    Separation,

    /// <summary>Newton neither converged nor ran into separation within <see cref="Logistic.MaxIterations"/> steps.</summary>
    NotConverged,
}

/// <summary>A χ² test: the statistic, its degrees of freedom and the upper-tail p-value.</summary>
public sealed record ChiSquareTestResult(double Statistic, int DegreesOfFreedom, double P);

/// <summary>A logistic regression fit with Wald inference (see <see cref="Logistic"/>).</summary>
/// <remarks>The estimate members (<see cref="Coefficients"/> to <see cref="FittedProbabilities"/>, the likelihoods and the
/// methods) are filled only when <see cref="IsEstimated"/>; otherwise the arrays are empty and the numbers NaN.</remarks>
public sealed record LogisticResult
{
    internal LogisticResult(LogisticStatus status, int observations, int parameters, int events, ImmutableArray<string> names)
    {
        Status = status;
        Observations = observations;
        Parameters = parameters;
        Events = events;
        Names = names;
    }

    public LogisticStatus Status { get; internal init; }

    /// <summary>Whether <see cref="Status"/> is <see cref="LogisticStatus.Converged"/>.</summary>
    public bool IsEstimated => Status == LogisticStatus.Converged;

    /// <summary>n, the rows used.</summary>
    public int Observations { get; }

    /// <summary>k, the coefficients including the intercept.</summary>
    public int Parameters { get; }

    /// <summary>Rows with y = 1.</summary>
    public int Events { get; }

    /// <summary>Coefficient names (<c>x0</c>, <c>x1</c>, … when none were given).</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>Newton steps taken.</summary>
    public int Iterations { get; internal init; }

    /// <summary><see cref="LogisticStatus.RankDeficient"/>: index of the first aliased column; −1 otherwise.</summary>
    public int AliasedColumn { get; internal init; } = -1;

    /// <summary><see cref="LogisticStatus.Separation"/>: indices of the columns along which the likelihood keeps rising.</summary>
    public ImmutableArray<int> SeparatedColumns { get; internal init; } = [];

    /// <summary><see cref="LogisticStatus.Separation"/>: rows already fitted to within ~2e-9 of their observed 0 or 1.</summary>
    public int PerfectlyPredicted { get; internal init; }

    /// <summary>β̂ on the log-odds scale.</summary>
    public ImmutableArray<double> Coefficients { get; internal init; } = [];

    /// <summary>√[(XᵀŴX)⁻¹]ⱼⱼ.</summary>
    public ImmutableArray<double> StandardErrors { get; internal init; } = [];

    /// <summary>Wald z = β̂ⱼ/SEⱼ.</summary>
    public ImmutableArray<double> ZStatistics { get; internal init; } = [];

    /// <summary>Two-sided normal p-values of the Wald tests of βⱼ = 0.</summary>
    public ImmutableArray<double> PValues { get; internal init; } = [];

    /// <summary>μ̂ᵢ = P̂(yᵢ = 1), one per row in design order.</summary>
    public ImmutableArray<double> FittedProbabilities { get; internal init; } = [];

    /// <summary>ℓ(β̂) = Σ yᵢ log μ̂ᵢ + (1 − yᵢ) log(1 − μ̂ᵢ) (statsmodels' <c>llf</c>).</summary>
    public double LogLikelihood { get; internal init; } = double.NaN;

    /// <summary>ℓ of the intercept-only model, n·[p̄ log p̄ + (1 − p̄) log(1 − p̄)] (statsmodels' <c>llnull</c>).</summary>
    public double NullLogLikelihood { get; internal init; } = double.NaN;

    /// <summary>Residual deviance −2ℓ (the saturated model of 0/1 data has ℓ = 0), as R's <c>deviance()</c>.</summary>
    public double Deviance => -2 * LogLikelihood;

    /// <summary>Deviance of the intercept-only model, −2·<see cref="NullLogLikelihood"/>.</summary>
    public double NullDeviance => -2 * NullLogLikelihood;

    /// <summary>McFadden's pseudo-R², 1 − ℓ/ℓ₀ (statsmodels' <c>prsquared</c>).</summary>
    public double PseudoRSquared => 1 - (LogLikelihood / NullLogLikelihood);

    /// <summary>−2ℓ + 2k.</summary>
    public double Aic => (-2 * LogLikelihood) + (2 * Parameters);

    /// <summary>−2ℓ + k·ln n.</summary>
    public double Bic => (-2 * LogLikelihood) + (Parameters * Math.Log(Observations));

    internal double[,]? CovarianceMatrix { get; init; }

    /// <summary>Estimated covariance of β̂ᵢ and β̂ⱼ: [(XᵀŴX)⁻¹]ᵢⱼ.</summary>
    public double Covariance(int i, int j)
    {
        var covariance = RequireEstimates();
        Preconditions.CheckArgumentRange(i, nameof(i), 0, Parameters - 1);
        Preconditions.CheckArgumentRange(j, nameof(j), 0, Parameters - 1);
        return covariance[i, j];
    }

    /// <summary>The Wald interval β̂ⱼ ± z_{1−α/2}·SEⱼ on the log-odds scale (statsmodels' <c>conf_int</c>).</summary>
    public (double Lower, double Upper) ConfidenceInterval(int index, double level = 0.95)
    {
        RequireEstimates();
        Preconditions.CheckArgumentRange(index, nameof(index), 0, Parameters - 1);
        Preconditions.CheckArgument(level > 0 && level < 1, nameof(level), "The level must lie strictly between 0 and 1.");
        var half = Distributions.StudentTQuantile(0.5 + (level / 2), double.PositiveInfinity) * StandardErrors[index];
        return (Coefficients[index] - half, Coefficients[index] + half);
    }

    /// <summary>Joint Wald test that the coefficients at <paramref name="indices"/> are all zero: W = β̂ₛᵀ V̂ₛ⁻¹ β̂ₛ, χ² on q df.</summary>
    public ChiSquareTestResult WaldTest(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        RequireEstimates();
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
        return new ChiSquareTestResult(wald, q, Distributions.ChiSquareUpperP(wald, q));
    }

    private double[,] RequireEstimates() =>
        CovarianceMatrix ?? throw new InvalidOperationException($"The logistic fit has no estimates (status {Status}).");
}
