using FibroTrack.Statistics.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace FibroTrack.Statistics.Regression;

/// <summary>
/// Maximum-likelihood logistic regression, logit P(yᵢ = 1) = xᵢᵀβ, with Wald inference, as R
/// <c>glm(family = binomial)</c> and statsmodels <c>Logit</c>.
/// </summary>
/// <remarks>
/// <para>Implementation note, the fit: Newton–Raphson, which for the canonical logit link is the same as IRLS (Fisher
/// scoring; McCullagh &amp; Nelder, <i>Generalized Linear Models</i>, 2nd ed., §2.5 and §4.4). Each step solves
/// (XᵀWX)δ = Xᵀ(y − μ), W = diag(μᵢ(1 − μᵢ)), through a thin Householder QR of W^½X = QR, so XᵀWX = RᵀR and δ comes
/// from two triangular solves; XᵀWX is never formed, which would square the condition number (Golub &amp; Van Loan,
/// <i>Matrix Computations</i>, 4th ed., §5.3), and the weights are never inverted, as the working-response form
/// z = η + (y − μ)/w would need. Inside the loop only R is needed, so a plain R-only Householder pass is used
/// (see <c>NewtonStep</c>); Math.NET's QR does the rank check of X and the final factorization behind the covariance.
/// The log-likelihood is concave, so Newton from β = 0 converges quadratically when the
/// maximum is finite; a step that lowers the log-likelihood is halved (at most <see cref="MaxStepHalvings"/> times).
/// Converged means max ⱼ |δⱼ|/(1 + |βⱼ|) ≤ <see cref="Tolerance"/>, an absolute/relative criterion on the full
/// Newton step that a stalled or diverging fit never meets.</para>
/// <para>Inference: Cov(β̂) = (XᵀŴX)⁻¹ = R⁻¹R⁻ᵀ at the maximum, Wald z = β̂ⱼ/SEⱼ with a two-sided normal p-value from
/// erfc(|z|/√2) (no 1 − Φ cancellation, STATS.md "Numerics in C#") and β̂ⱼ ± z_{1−α/2}·SEⱼ intervals, as
/// statsmodels' <c>Logit.fit()</c> and R's <c>summary.glm</c>/<c>confint.default</c>. (R's <c>confint()</c> on a glm
/// profiles the likelihood instead.)</para>
/// <para>Rank: as in <see cref="Ols"/>, the unpivoted QR of X exposes a column that is (numerically) a combination of
/// the columns before it by |Rⱼⱼ| ≤ <see cref="Ols.RankTolerance"/>·‖xⱼ‖; such a design gets
/// <see cref="LogisticStatus.RankDeficient"/> ("no variation"). A response that is all 0 or all 1 gets
/// <see cref="LogisticStatus.ConstantResponse"/>.</para>
/// <para>Separation: when a direction d exists with (2yᵢ − 1)·xᵢᵀd ≥ 0 for every row and &gt; 0 for some (complete or
/// quasi-complete separation, Albert &amp; Anderson, Biometrika 1984;71:1–10), the likelihood keeps rising as β moves
/// along d and no maximum exists; R and statsmodels then return huge coefficients with enormous SEs and at most a
/// warning ("fitted probabilities numerically 0 or 1 occurred"). Here Newton runs until it converges, its system
/// becomes numerically singular (every row informing some column has a weight below ~1e-14, see
/// <see cref="WeightedRankTolerance"/>) or <see cref="MaxIterations"/> pass. A finite maximum, even a large one near
/// separation, is reached with quadratically shrinking steps; along a separating direction each step instead adds about
/// one unit of log-odds to the separated rows and never shrinks. So a fit that did not converge while some rows are
/// already fitted to within e^−20 ≈ 2e-9 of their observed 0 or 1 ((2yᵢ − 1)ηᵢ &gt; <see cref="PerfectFitLogOdds"/>)
/// is reported as <see cref="LogisticStatus.Separation"/>, without an estimate, naming the columns the last step moved
/// along; one that did not converge without such rows is <see cref="LogisticStatus.NotConverged"/>. (An exact check
/// would solve Konis's linear program, R package <c>detectseparation</c>; the rule here agrees with statsmodels'
/// PerfectSeparationError on the reference data and also catches quasi-complete separation.)</para>
/// </remarks>
public static class Logistic
{
    /// <summary>Convergence criterion on the Newton step (see the remarks).</summary>
    public const double Tolerance = 1e-10;

    /// <summary>Newton steps before giving up. A finite maximum is reached in well under 30 even near separation.</summary>
    public const int MaxIterations = 100;

    /// <summary>Halvings of a step that lowered the log-likelihood.</summary>
    public const int MaxStepHalvings = 30;

    /// <summary>(2y − 1)η beyond which a row counts as fitted perfectly, when Newton did not converge (see the remarks).</summary>
    public const double PerfectFitLogOdds = 20;

    /// <summary>
    /// |Rⱼⱼ| of W^½X relative to |Rⱼⱼ| of X below which column j's rows all have weights under ~1e-14 (fitted
    /// probabilities within 1e-14 of 0 or 1, |η| ≳ 32): the fit is running off to infinity along that column.
    /// </summary>
    private const double WeightedRankTolerance = 1e-7;

    /// <summary>Fits logit P(y = 1) = Xβ by maximum likelihood.</summary>
    /// <param name="design">n × k design matrix; include a column of ones for an intercept.</param>
    /// <param name="response">The n responses, each 0 or 1.</param>
    /// <param name="names">Optional names of the k coefficients.</param>
    /// <returns>The fit; its <see cref="LogisticResult.Status"/> says whether there are estimates.</returns>
    public static LogisticResult Fit(Matrix<double> design, Vector<double> response, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(response);
        var n = design.RowCount;
        var k = design.ColumnCount;
        Preconditions.CheckArgument(k >= 1, nameof(design), "The design needs at least one column.");
        Preconditions.CheckArgument(response.Count == n, nameof(response), $"The response has {response.Count} values but the design has {n} rows.");
        Preconditions.CheckArgument(n > k, nameof(design), $"Logistic regression needs more rows than coefficients ({n} rows, {k} coefficients).");
        Preconditions.CheckArgument(names is null || names.Count == k, nameof(names), $"Expected {k} names.");
        var events = 0;
        for (var i = 0; i < n; i++)
        {
            Preconditions.CheckArgument(response[i] is 0 or 1, nameof(response), $"Response value {i} is {response[i]}; it must be 0 or 1.");
            events += response[i] == 1 ? 1 : 0;
            for (var j = 0; j < k; j++)
            {
                Preconditions.CheckArgument(double.IsFinite(design[i, j]), nameof(design), $"Design value ({i}, {j}) is not a finite number.");
            }
        }

        var labels = names is null ? [.. Enumerable.Range(0, k).Select(j => $"x{j}")] : names.ToArray();
        var shell = new LogisticResult(LogisticStatus.NotConverged, n, k, events, [.. labels]);
        if (events == 0 || events == n)
        {
            return shell with { Status = LogisticStatus.ConstantResponse };
        }

        var columnNorms = new double[k];
        for (var j = 0; j < k; j++)
        {
            columnNorms[j] = design.Column(j).L2Norm();
        }

        var unweightedR = design.QR(QRMethod.Thin).R;
        var aliased = FirstAliasedColumn(unweightedR, columnNorms, Ols.RankTolerance);
        if (aliased >= 0)
        {
            return shell with { Status = LogisticStatus.RankDeficient, AliasedColumn = aliased };
        }

        // Scale of each column's own information at unit weight, for the weighted rank check in NewtonStep.
        var ownNorms = new double[k];
        for (var j = 0; j < k; j++)
        {
            ownNorms[j] = Math.Abs(unweightedR[j, j]);
        }

        var y = response.ToArray();
        var x = design.ToColumnMajorArray();
        var beta = new double[k];
        var eta = new double[n];
        var logLikelihood = LogLikelihood(y, eta);
        var lastStep = new double[k];
        var candidate = new double[k];
        var candidateEta = new double[n];
        var iterations = 0;
        var converged = false;
        while (iterations < MaxIterations)
        {
            var step = NewtonStep(x, n, k, y, eta, ownNorms);
            if (step is null)
            {
                // Weights of every row informing some column underflowed: fitted probabilities numerically 0 or 1.
                break;
            }

            iterations++;
            var scale = 1.0;
            var candidateLl = TryStep(x, y, beta, step, scale, candidate, candidateEta);
            // Halve only a real decrease: near the maximum ℓ is flat to rounding, and halving on noise would stall Newton.
            var slack = 1e-12 * (1 + Math.Abs(logLikelihood));
            for (var h = 0; h < MaxStepHalvings && !(candidateLl >= logLikelihood - slack); h++)
            {
                scale /= 2;
                candidateLl = TryStep(x, y, beta, step, scale, candidate, candidateEta);
            }

            var size = 0.0;
            for (var j = 0; j < k; j++)
            {
                size = Math.Max(size, Math.Abs(step[j]) / (1 + Math.Abs(candidate[j])));
                lastStep[j] = candidate[j] - beta[j];
            }

            (beta, candidate) = (candidate, beta);
            (eta, candidateEta) = (candidateEta, eta);
            logLikelihood = candidateLl;
            if (size <= Tolerance)
            {
                converged = true;
                break;
            }
        }

        if (!converged)
        {
            var perfect = 0;
            for (var i = 0; i < n; i++)
            {
                perfect += ((2 * y[i]) - 1) * eta[i] > PerfectFitLogOdds ? 1 : 0;
            }

            return perfect > 0
                ? shell with
                {
                    Status = LogisticStatus.Separation,
                    Iterations = iterations,
                    PerfectlyPredicted = perfect,
                    SeparatedColumns = [.. DivergingColumns(lastStep, columnNorms)],
                }
                : shell with { Iterations = iterations };
        }

        // The reported covariance comes from Math.NET's QR of W^½X at the maximum (the loop's own R-only QR is for speed).
        var r = WeightedDesign(x, n, k, eta).QR(QRMethod.Thin).R;
        var rInverse = InvertUpperTriangular(r);
        var covariance = rInverse.TransposeAndMultiply(rInverse);
        var coefficients = new double[k];
        var se = new double[k];
        var z = new double[k];
        var p = new double[k];
        for (var j = 0; j < k; j++)
        {
            coefficients[j] = beta[j];
            se[j] = Math.Sqrt(covariance[j, j]);
            z[j] = coefficients[j] / se[j];
            p[j] = Distributions.StudentTTwoSidedP(z[j], double.PositiveInfinity);
        }

        var fitted = new double[n];
        for (var i = 0; i < n; i++)
        {
            fitted[i] = Expit(eta[i]);
        }

        // The intercept-only model, as statsmodels' llnull: its maximum is at the event share.
        var share = (double)events / n;
        var nullLl = (events * Math.Log(share)) + ((n - events) * Math.Log(1 - share));
        return shell with
        {
            Status = LogisticStatus.Converged,
            Iterations = iterations,
            Coefficients = [.. coefficients],
            StandardErrors = [.. se],
            ZStatistics = [.. z],
            PValues = [.. p],
            FittedProbabilities = [.. fitted],
            LogLikelihood = logLikelihood,
            NullLogLikelihood = nullLl,
            CovarianceMatrix = covariance.ToArray(),
        };
    }

    /// <summary>Fits logit P(y = 1) = Xβ from a row-major design array.</summary>
    public static LogisticResult Fit(double[,] design, IReadOnlyList<double> response, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(response);
        return Fit(Matrix<double>.Build.DenseOfArray(design), Vector<double>.Build.DenseOfEnumerable(response), names);
    }

    /// <summary>
    /// Likelihood-ratio test of a fitted model against a nested one fitted to the same rows: 2(ℓ − ℓ₀) on the difference
    /// in parameters, χ² upper tail. Both fits must have converged.
    /// </summary>
    public static ChiSquareTestResult LikelihoodRatioTest(LogisticResult full, LogisticResult reduced)
    {
        ArgumentNullException.ThrowIfNull(full);
        ArgumentNullException.ThrowIfNull(reduced);
        Preconditions.CheckArgument(full.IsEstimated && reduced.IsEstimated, nameof(full), "Both models must have converged.");
        Preconditions.CheckArgument(full.Observations == reduced.Observations, nameof(reduced), "The models must be fitted to the same rows.");
        var df = full.Parameters - reduced.Parameters;
        Preconditions.CheckArgument(df >= 1, nameof(reduced), "The reduced model must have fewer parameters.");
        var statistic = Math.Max(0, 2 * (full.LogLikelihood - reduced.LogLikelihood));
        return new ChiSquareTestResult(statistic, df, Distributions.ChiSquareUpperP(statistic, df));
    }

    /// <summary>ℓ = Σ yᵢηᵢ − log(1 + e^ηᵢ), with log(1 + e^η) evaluated without overflow or loss for large |η|.</summary>
    internal static double LogLikelihood(double[] y, double[] eta)
    {
        var sum = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            sum += (y[i] * eta[i]) - LogOnePlusExp(eta[i]);
        }

        return sum;
    }

    private static double LogOnePlusExp(double eta) => eta > 0 ? eta + Math.Log(1 + Math.Exp(-eta)) : Math.Log(1 + Math.Exp(eta));

    private static double Expit(double eta) => eta >= 0 ? 1 / (1 + Math.Exp(-eta)) : Math.Exp(eta) / (1 + Math.Exp(eta));

    /// <summary>w = μ(1 − μ) = e^{−|η|}/(1 + e^{−|η|})², which keeps its precision where μ rounds to 0 or 1.</summary>
    private static double Weight(double eta)
    {
        var e = Math.Exp(-Math.Abs(eta));
        return e / ((1 + e) * (1 + e));
    }

    /// <summary>β + scale·step into <paramref name="candidate"/>, its linear predictor into <paramref name="candidateEta"/>; returns its ℓ.</summary>
    private static double TryStep(double[] x, double[] y, double[] beta, double[] step, double scale, double[] candidate, double[] candidateEta)
    {
        var n = candidateEta.Length;
        Array.Clear(candidateEta);
        for (var j = 0; j < beta.Length; j++)
        {
            candidate[j] = beta[j] + (scale * step[j]);
            var b = candidate[j];
            var offset = j * n;
            for (var i = 0; i < n; i++)
            {
                candidateEta[i] += x[offset + i] * b;
            }
        }

        return LogLikelihood(y, candidateEta);
    }

    /// <summary>The Newton step, or null when W^½X is numerically rank deficient at the current fit.</summary>
    /// <remarks>Implementation note: the loop's QR only needs R, so it is a plain Householder triangularisation of a
    /// column-major copy (Golub &amp; Van Loan, Alg. 5.2.1) without forming Q; Math.NET's QR also builds Q and, at these
    /// sizes (n ≈ 300, k ≈ 12), spends most of its time on parallel-loop overhead, about 0.4 ms a call.</remarks>
    private static double[]? NewtonStep(double[] x, int n, int k, double[] y, double[] eta, double[] ownNorms)
    {
        var weighted = new double[n * k];
        for (var i = 0; i < n; i++)
        {
            var root = Math.Sqrt(Weight(eta[i]));
            for (var c = i; c < weighted.Length; c += n)
            {
                weighted[c] = x[c] * root;
            }
        }

        var r = UpperTriangle(weighted, n, k);
        for (var j = 0; j < k; j++)
        {
            if (!(Math.Abs(r[j, j]) > WeightedRankTolerance * ownNorms[j]))
            {
                return null;
            }
        }

        // Gradient Xᵀ(y − μ); then RᵀR δ = g by a forward and a back substitution. y − μ is 1 − μ = expit(−η) for an
        // event, −expit(η) otherwise: 1 − expit(η) would round to 0 for η ≳ 37, so a separated fit would look converged.
        var residuals = new double[n];
        for (var i = 0; i < n; i++)
        {
            residuals[i] = y[i] == 1 ? Expit(-eta[i]) : -Expit(eta[i]);
        }

        var gradient = new double[k];
        for (var j = 0; j < k; j++)
        {
            var sum = 0.0;
            var offset = j * n;
            for (var i = 0; i < n; i++)
            {
                sum += x[offset + i] * residuals[i];
            }

            gradient[j] = sum;
        }

        var u = new double[k];
        for (var i = 0; i < k; i++)
        {
            var sum = gradient[i];
            for (var j = 0; j < i; j++)
            {
                sum -= r[j, i] * u[j];
            }

            u[i] = sum / r[i, i];
        }

        var step = new double[k];
        for (var i = k - 1; i >= 0; i--)
        {
            var sum = u[i];
            for (var j = i + 1; j < k; j++)
            {
                sum -= r[i, j] * step[j];
            }

            step[i] = sum / r[i, i];
        }

        return step;
    }

    /// <summary>R of a Householder QR of the column-major n × k matrix <paramref name="a"/> (overwritten).</summary>
    private static double[,] UpperTriangle(double[] a, int n, int k)
    {
        var r = new double[k, k];
        for (var j = 0; j < k; j++)
        {
            var col = j * n;
            var norm = 0.0;
            for (var i = j; i < n; i++)
            {
                norm += a[col + i] * a[col + i];
            }

            norm = Math.Sqrt(norm);
            if (norm == 0)
            {
                continue;
            }

            // v = a − α e₁ with α = −sign(a_jj)·‖a‖ (no cancellation); ‖v‖² = 2‖a‖(‖a‖ + |a_jj|).
            var alpha = a[col + j] > 0 ? -norm : norm;
            a[col + j] -= alpha;
            var vNorm2 = 2 * norm * (norm + Math.Abs(a[col + j] + alpha));
            r[j, j] = alpha;
            for (var c = j + 1; c < k; c++)
            {
                var other = c * n;
                var dot = 0.0;
                for (var i = j; i < n; i++)
                {
                    dot += a[col + i] * a[other + i];
                }

                var f = 2 * dot / vNorm2;
                for (var i = j; i < n; i++)
                {
                    a[other + i] -= f * a[col + i];
                }

                r[j, c] = a[other + j];
            }
        }

        return r;
    }

    private static Matrix<double> WeightedDesign(double[] x, int n, int k, double[] eta)
    {
        var storage = new double[n * k];
        for (var i = 0; i < n; i++)
        {
            var root = Math.Sqrt(Weight(eta[i]));
            for (var c = i; c < storage.Length; c += n)
            {
                storage[c] = x[c] * root;
            }
        }

        return Matrix<double>.Build.Dense(n, k, storage);
    }

    private static int FirstAliasedColumn(Matrix<double> r, double[] norms, double tolerance)
    {
        for (var j = 0; j < norms.Length; j++)
        {
            if (!(Math.Abs(r[j, j]) > tolerance * norms[j]))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Columns the last Newton step moved along, on the scale of their values (|dⱼ|·‖xⱼ‖ ≥ 1e-3 of the largest).</summary>
    private static int[] DivergingColumns(double[] direction, double[] columnNorms)
    {
        var contributions = new double[direction.Length];
        var top = 0.0;
        for (var j = 0; j < direction.Length; j++)
        {
            contributions[j] = Math.Abs(direction[j]) * columnNorms[j];
            top = Math.Max(top, contributions[j]);
        }

        return [.. Enumerable.Range(0, direction.Length).Where(j => contributions[j] >= 1e-3 * top)];
    }

    private static Matrix<double> InvertUpperTriangular(Matrix<double> r)
    {
        var k = r.RowCount;
        var inverse = Matrix<double>.Build.Dense(k, k);
        for (var col = 0; col < k; col++)
        {
            for (var i = col; i >= 0; i--)
            {
                var sum = i == col ? 1.0 : 0.0;
                for (var j = i + 1; j <= col; j++)
                {
                    sum -= r[i, j] * inverse[j, col];
                }

                inverse[i, col] = sum / r[i, i];
            }
        }

        return inverse;
    }
}
