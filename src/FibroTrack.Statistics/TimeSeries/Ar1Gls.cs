using FibroTrack.Statistics.Numerics;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace FibroTrack.Statistics.TimeSeries;

/// <summary>
/// Generalized least squares with AR(1) errors fitted by restricted maximum likelihood, aware of missing
/// days: the equivalent of R's <c>nlme::gls(y ~ …, correlation = corAR1(form = ~ t) | corCAR1(form = ~ day),
/// method = "REML")</c>.
/// </summary>
/// <remarks>
/// <para>Implementation note (model and whitening). y = Xβ + ε with Var(ε) = σ²Λ, Λᵢⱼ = φ^|dᵢ − dⱼ| for
/// observed days d₁ &lt; … &lt; dₙ. With Δᵢ = dᵢ − dᵢ₋₁ and ρᵢ = φ^Δᵢ, the transform
/// z₁ = e₁, zᵢ = (eᵢ − ρᵢ eᵢ₋₁) / √(1 − ρᵢ²) makes the errors independent with variance σ² (the Markov
/// property of the AR(1) sampled at the observed days; Jones 1981, "Fitting a continuous time autoregression
/// to discrete data"; Pinheiro &amp; Bates 2000, §5.3.1), so a gap never becomes a lag-1 pair. Its log-Jacobian is
/// −½ log det Λ = −½ Σᵢ log(1 − ρᵢ²), computed as log(−expm1(2Δ log|φ|)) so φ near 1 keeps its digits.</para>
/// <para>Implementation note (REML profile). For fixed φ, whiten [X | y] and take a Householder QR; with
/// R the (k+1)×(k+1) triangle, RSS_w = R²ₖₖ, β̂ solves R₁₁β = R₁y and σ̂² = RSS_w / (n − k). The
/// restricted log-likelihood profiled over β and σ² is then exactly nlme's (gls.c, <c>gls_estimate</c>,
/// plus the correlation structure's log-determinant, <c>corAR1</c>/<c>corCAR1</c> <c>recalc</c>):
/// ℓ_R(φ) = (n−k)/2·[log(n−k) − log 2π − 1] − (n−k)·log|Rₖₖ| − Σⱼ₌₀..ₖ₋₁ log|Rⱼⱼ| − ½ Σᵢ log(1 − ρᵢ²),
/// that is −(n−k)/2·log(2πσ̂²) − (n−k)/2 − ½ log det(XᵀΛ⁻¹X) − ½ log det Λ. Like nlme it omits the
/// +½ log det(XᵀX) some texts add (Harville 1974), so the value changes if the design's columns are rescaled,
/// and only fits on the same X are comparable.</para>
/// <para>Implementation note (optimiser). ℓ_R(φ) is maximised over φ ∈ [−1 + 10⁻⁶, 1 − 10⁻⁶] for
/// <see cref="Ar1Correlation.Discrete"/> and [10⁻⁶, 1 − 10⁻⁶] for <see cref="Ar1Correlation.ContinuousTime"/>
/// (nlme's <c>corCAR1</c> range): a grid of step 0.05 brackets the best point, then Brent's <c>fmin</c>
/// refines it to ~1e-8 (nlme's nlminb stops within ~1e-6 of the exact maximum on the golden data, so
/// φ agrees to about that). Standard errors treat φ as known, as nlme's t table does; the coefficients' t tests use
/// n − k df like nlme, and <see cref="Ar1GlsFit.SatterthwaiteDegreesOfFreedom"/> gives a contrast the df that also
/// counts φ̂'s uncertainty (what <see cref="InterruptedTimeSeries"/> uses).</para>
/// </remarks>
public static class Ar1Gls
{
    private const double Edge = 1e-6;
    private const double GridStep = 0.05;
    private const double BoundTolerance = 1e-4;

    /// <summary>Fits y = Xβ + ε with AR(1) errors by REML.</summary>
    /// <param name="y">Responses on the observed days; finite.</param>
    /// <param name="days">Day numbers of the observations, strictly increasing (gaps allowed).</param>
    /// <param name="design">The n × k design matrix X (include the intercept column yourself), full column rank.</param>
    /// <param name="correlation">Which AR(1), and so the range of φ.</param>
    /// <param name="termNames">Names of the k columns; "x0", "x1", … when omitted.</param>
    /// <exception cref="ArgumentException">Mismatched lengths, non-finite values, days not strictly increasing,
    /// fewer than k + 2 observations, a rank-deficient design, or a design that fits y exactly.</exception>
    public static Ar1GlsFit Fit(ReadOnlySpan<double> y, ReadOnlySpan<int> days, Matrix<double> design, Ar1Correlation correlation,
        IReadOnlyList<string>? termNames = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        var n = y.Length;
        var k = design.ColumnCount;
        Preconditions.CheckArgument(days.Length == n, nameof(days), $"There are {days.Length} days for {n} responses.");
        Preconditions.CheckArgument(design.RowCount == n, nameof(design), $"The design has {design.RowCount} rows for {n} responses.");
        Preconditions.CheckArgument(k >= 1, nameof(design), "The design has no columns.");
        Preconditions.CheckArgument(n >= k + 2, nameof(y), $"{n} observations cannot fit {k} coefficients and φ (need at least {k + 2}).");
        Preconditions.CheckArgument(termNames is null || termNames.Count == k, nameof(termNames), $"Expected {k} term names.");
        Preconditions.CheckArgument(Enum.IsDefined(correlation), nameof(correlation), "Unknown correlation structure.");
        for (var i = 0; i < n; i++)
        {
            Preconditions.CheckArgument(double.IsFinite(y[i]), nameof(y), $"Response {i} is not a finite number.");
            Preconditions.CheckArgument(i == 0 || days[i] > days[i - 1], nameof(days), $"Days must increase strictly (index {i}).");
            for (var j = 0; j < k; j++)
            {
                Preconditions.CheckArgument(double.IsFinite(design[i, j]), nameof(design), $"Design entry ({i}, {j}) is not a finite number.");
            }
        }

        var problem = new RemlProblem(y, days, design);
        problem.CheckRank();

        var (lower, upper) = correlation == Ar1Correlation.Discrete ? (-1 + Edge, 1 - Edge) : (Edge, 1 - Edge);
        var phi = Maximise(problem.RestrictedLogLikelihood, lower, upper);
        var loglik = problem.RestrictedLogLikelihood(phi);

        var atBound = phi - lower < BoundTolerance || upper - phi < BoundTolerance;
        var fit = problem.Summarise(phi, loglik, correlation, atBound,
            names: termNames ?? [.. Enumerable.Range(0, k).Select(j => "x" + j.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var parts = atBound ? null : problem.SatterthwaiteParts(fit.Sigma * fit.Sigma, phi, lower, upper);
        return parts is { } p ? fit with { ThetaCovariance = p.ThetaCovariance, CovarianceByPhi = p.CovarianceByPhi } : fit;
    }

    /// <summary>Grid to bracket the global maximum, then Brent inside the bracket.</summary>
    private static double Maximise(Func<double, double> f, double lower, double upper)
    {
        var intervals = (int)Math.Ceiling((upper - lower) / GridStep);
        var step = (upper - lower) / intervals;
        var best = 0;
        var bestValue = double.NegativeInfinity;
        for (var i = 0; i <= intervals; i++)
        {
            var value = f(lower + (i * step));
            if (value > bestValue)
            {
                bestValue = value;
                best = i;
            }
        }

        var a = lower + (Math.Max(best - 1, 0) * step);
        var b = lower + (Math.Min(best + 1, intervals) * step);
        var refined = BrentMaximizer.Maximize(f, a, b, 1e-10);
        return f(refined) >= bestValue ? refined : lower + (best * step);
    }

    /// <summary>The data of one fit and the work arrays its likelihood evaluations reuse.</summary>
    private sealed class RemlProblem
    {
        private readonly int _n;
        private readonly int _k;
        private readonly double[][] _columns;   // the k design columns and y last, unwhitened
        private readonly int[] _gaps;           // Δᵢ = dᵢ − dᵢ₋₁ for i ≥ 1
        private readonly double[][] _work;      // whitened [X | y], overwritten by the QR
        private readonly double[] _rho;
        private readonly double[] _scale;

        public RemlProblem(ReadOnlySpan<double> y, ReadOnlySpan<int> days, Matrix<double> design)
        {
            _n = y.Length;
            _k = design.ColumnCount;
            _columns = new double[_k + 1][];
            for (var j = 0; j < _k; j++)
            {
                _columns[j] = design.Column(j).ToArray();
            }

            _columns[_k] = y.ToArray();
            _gaps = new int[_n];
            for (var i = 1; i < _n; i++)
            {
                _gaps[i] = days[i] - days[i - 1];
            }

            _work = new double[_k + 1][];
            for (var j = 0; j <= _k; j++)
            {
                _work[j] = new double[_n];
            }

            _rho = new double[_n];
            _scale = new double[_n];
        }

        public int GapCount => _gaps.Count(g => g > 1);

        /// <summary>Rank and exact-fit checks on the unwhitened [X | y] (whitening is invertible, so it keeps both).</summary>
        public void CheckRank()
        {
            for (var j = 0; j <= _k; j++)
            {
                _columns[j].CopyTo(_work[j], 0);
            }

            var norms = _columns.Select(c => Math.Sqrt(c.Sum(v => v * v))).ToArray();
            var diagonal = Householder(_k + 1);
            for (var j = 0; j < _k; j++)
            {
                Preconditions.CheckArgument(Math.Abs(diagonal[j]) > 1e-10 * Math.Max(norms[j], 1e-300), "design",
                    $"The design is rank deficient (column {j} is a combination of the ones before it).");
            }

            // y in the column space of X stays there after whitening: no residual variation at any φ.
            Preconditions.CheckArgument(diagonal[_k] > 1e-10 * norms[_k], "y",
                "The design fits the responses exactly; there is no residual variation to model.");
        }

        /// <summary>ℓ_R(φ), profiled over β and σ².</summary>
        public double RestrictedLogLikelihood(double phi)
        {
            var halfLogDet = Whiten(phi);
            var diagonal = Householder(_k + 1);
            var dof = _n - _k;
            var value = (0.5 * dof * (Math.Log(dof) - Math.Log(2 * Math.PI) - 1)) - (dof * Math.Log(Math.Abs(diagonal[_k])));
            for (var j = 0; j < _k; j++)
            {
                value -= Math.Log(Math.Abs(diagonal[j]));
            }

            return value - halfLogDet;
        }

        /// <summary>
        /// The restricted log-likelihood at (σ², φ), not profiled: −(n−k)/2·log(2πσ²) − ½ log det Λ − ½ log det(XᵀΛ⁻¹X)
        /// − RSS_w(φ)/(2σ²). Its curvature at the optimum is the information behind the Satterthwaite df.
        /// </summary>
        public double RestrictedLogLikelihood(double sigma2, double phi)
        {
            var halfLogDet = Whiten(phi);
            var diagonal = Householder(_k + 1);
            var dof = _n - _k;
            var value = (-0.5 * dof * Math.Log(2 * Math.PI * sigma2)) - halfLogDet - (diagonal[_k] * diagonal[_k] / (2 * sigma2));
            for (var j = 0; j < _k; j++)
            {
                value -= Math.Log(Math.Abs(diagonal[j]));
            }

            return value;
        }

        /// <summary>(XᵀΛ(φ)⁻¹X)⁻¹ = R⁻¹R⁻ᵀ, k × k.</summary>
        public double[,] UnscaledCovariance(double phi)
        {
            _ = Whiten(phi);
            var diagonal = Householder(_k + 1);
            double R(int i, int j) => i == j ? diagonal[j] : _work[j][i];
            var inverse = new double[_k, _k];
            for (var j = 0; j < _k; j++)
            {
                inverse[j, j] = 1 / diagonal[j];
                for (var i = j - 1; i >= 0; i--)
                {
                    double s = 0;
                    for (var m = i + 1; m <= j; m++)
                    {
                        s += R(i, m) * inverse[m, j];
                    }

                    inverse[i, j] = -s / diagonal[i];
                }
            }

            var product = new double[_k, _k];
            for (var i = 0; i < _k; i++)
            {
                for (var j = 0; j < _k; j++)
                {
                    double s = 0;
                    for (var m = Math.Max(i, j); m < _k; m++)
                    {
                        s += inverse[i, m] * inverse[j, m];
                    }

                    product[i, j] = s;
                }
            }

            return product;
        }

        /// <summary>
        /// What the Satterthwaite df of any contrast needs (Giesbrecht &amp; Burns 1985): the covariance of θ̂ = (σ̂², φ̂)
        /// from the curvature of the restricted log-likelihood, and ∂V/∂φ with V = σ²(XᵀΛ⁻¹X)⁻¹, both by central
        /// differences. Null when φ̂ sits at its bound or the curvature is not that of a maximum.
        /// </summary>
        public (double[,] ThetaCovariance, double[,] CovarianceByPhi)? SatterthwaiteParts(double sigma2, double phi, double lower, double upper)
        {
            var hs = 1e-4 * sigma2;
            var hp = Math.Min(1e-4, 0.5 * Math.Min(phi - lower, upper - phi));
            if (hp <= 1e-9)
            {
                return null;
            }

            double L(double s2, double p) => RestrictedLogLikelihood(s2, p);
            var f0 = L(sigma2, phi);
            var hss = (L(sigma2 + hs, phi) - (2 * f0) + L(sigma2 - hs, phi)) / (hs * hs);
            var hpp = (L(sigma2, phi + hp) - (2 * f0) + L(sigma2, phi - hp)) / (hp * hp);
            var hsp = (L(sigma2 + hs, phi + hp) - L(sigma2 + hs, phi - hp) - L(sigma2 - hs, phi + hp) + L(sigma2 - hs, phi - hp)) / (4 * hs * hp);

            // Cov(θ̂) = (−H)⁻¹ for the 2 × 2 Hessian H.
            var a = -hss;
            var b = -hsp;
            var d = -hpp;
            var det = (a * d) - (b * b);
            if (!(a > 0 && d > 0 && det > 0))
            {
                return null;
            }

            var theta = new double[2, 2] { { d / det, -b / det }, { -b / det, a / det } };
            var plus = UnscaledCovariance(phi + hp);
            var minus = UnscaledCovariance(phi - hp);
            var derivative = new double[_k, _k];
            for (var i = 0; i < _k; i++)
            {
                for (var j = 0; j < _k; j++)
                {
                    derivative[i, j] = sigma2 * (plus[i, j] - minus[i, j]) / (2 * hp);
                }
            }

            return (theta, derivative);
        }

        public Ar1GlsFit Summarise(double phi, double loglik, Ar1Correlation correlation, bool atBound, IReadOnlyList<string> names)
        {
            // Re-run the decomposition at φ̂ and read β̂ and (XᵀΛ⁻¹X)⁻¹ off the triangle.
            _ = Whiten(phi);
            var diagonal = Householder(_k + 1);
            var r = new double[_k, _k];
            var qty = new double[_k];
            for (var j = 0; j < _k; j++)
            {
                for (var i = 0; i < j; i++)
                {
                    r[i, j] = _work[j][i];
                }

                r[j, j] = diagonal[j];
                qty[j] = _work[_k][j];
            }

            var beta = new double[_k];
            for (var i = _k - 1; i >= 0; i--)
            {
                var s = qty[i];
                for (var j = i + 1; j < _k; j++)
                {
                    s -= r[i, j] * beta[j];
                }

                beta[i] = s / r[i, i];
            }

            // R⁻¹ (upper triangular), then Cov = σ̂² R⁻¹R⁻ᵀ.
            var inverse = new double[_k, _k];
            for (var j = 0; j < _k; j++)
            {
                inverse[j, j] = 1 / r[j, j];
                for (var i = j - 1; i >= 0; i--)
                {
                    double s = 0;
                    for (var m = i + 1; m <= j; m++)
                    {
                        s += r[i, m] * inverse[m, j];
                    }

                    inverse[i, j] = -s / r[i, i];
                }
            }

            var dof = _n - _k;
            var sigma2 = diagonal[_k] * diagonal[_k] / dof;
            var covariance = new double[_k][];
            for (var i = 0; i < _k; i++)
            {
                covariance[i] = new double[_k];
                for (var j = 0; j < _k; j++)
                {
                    double s = 0;
                    for (var m = Math.Max(i, j); m < _k; m++)
                    {
                        s += inverse[i, m] * inverse[j, m];
                    }

                    covariance[i][j] = sigma2 * s;
                }
            }

            var coefficients = new GlsCoefficient[_k];
            for (var j = 0; j < _k; j++)
            {
                var se = Math.Sqrt(covariance[j][j]);
                var t = beta[j] / se;
                coefficients[j] = new GlsCoefficient(names[j], beta[j], se, t, Distributions.StudentTTwoSidedP(t, dof));
            }

            var residuals = new double[_n];
            for (var i = 0; i < _n; i++)
            {
                var fitted = 0.0;
                for (var j = 0; j < _k; j++)
                {
                    fitted += _columns[j][i] * beta[j];
                }

                residuals[i] = _columns[_k][i] - fitted;
            }

            return new Ar1GlsFit
            {
                Coefficients = coefficients,
                Covariance = covariance,
                Phi = phi,
                Correlation = correlation,
                PhiAtBound = atBound,
                Sigma = Math.Sqrt(sigma2),
                RestrictedLogLikelihood = loglik,
                Observations = _n,
                DegreesOfFreedom = dof,
                Gaps = GapCount,
                Residuals = residuals,
            };
        }

        /// <summary>Fills the work columns with the whitened [X | y]; returns ½ log det Λ = ½ Σ log(1 − ρᵢ²).</summary>
        private double Whiten(double phi)
        {
            var logAbsPhi = Math.Log(Math.Abs(phi));
            double halfLogDet = 0;
            for (var i = 1; i < _n; i++)
            {
                var lag = _gaps[i];
                if (phi == 0)
                {
                    _rho[i] = 0;
                    _scale[i] = 1;
                    continue;
                }

                var power = Math.Exp(lag * logAbsPhi);
                _rho[i] = phi < 0 && (lag & 1) == 1 ? -power : power;
                var oneMinusRho2 = -SpecialFunctions.Expm1(2 * lag * logAbsPhi);
                _scale[i] = 1 / Math.Sqrt(oneMinusRho2);
                halfLogDet += 0.5 * Math.Log(oneMinusRho2);
            }

            for (var j = 0; j <= _k; j++)
            {
                var source = _columns[j];
                var target = _work[j];
                target[0] = source[0];
                for (var i = 1; i < _n; i++)
                {
                    target[i] = (source[i] - (_rho[i] * source[i - 1])) * _scale[i];
                }
            }

            return halfLogDet;
        }

        /// <summary>
        /// In-place Householder QR of the first <paramref name="columns"/> work columns. Above the diagonal the
        /// columns hold R afterwards; the returned array holds R's diagonal (the last entry, for the y column,
        /// is the norm of the residual part, i.e. √RSS).
        /// </summary>
        private double[] Householder(int columns)
        {
            var diagonal = new double[columns];
            for (var j = 0; j < columns; j++)
            {
                var a = _work[j];
                double norm2 = 0;
                for (var i = j; i < _n; i++)
                {
                    norm2 += a[i] * a[i];
                }

                var norm = Math.Sqrt(norm2);
                if (j == columns - 1 || norm == 0)
                {
                    diagonal[j] = norm;
                    if (j == columns - 1)
                    {
                        break;
                    }

                    continue;
                }

                var alpha = a[j] >= 0 ? -norm : norm;
                var v0 = a[j] - alpha;
                var vv = norm2 - (a[j] * a[j]) + (v0 * v0);
                a[j] = v0;
                for (var c = j + 1; c < columns; c++)
                {
                    var target = _work[c];
                    var s = 0.0;
                    for (var i = j; i < _n; i++)
                    {
                        s += a[i] * target[i];
                    }

                    var factor = 2 * s / vv;
                    for (var i = j; i < _n; i++)
                    {
                        target[i] -= factor * a[i];
                    }
                }

                a[j] = alpha;
                diagonal[j] = alpha;
            }

            return diagonal;
        }
    }
}
