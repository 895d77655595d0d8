using FibroTrack.Statistics.Numerics;
using FibroTrack.Statistics.Regression;
using FibroTrack.Statistics.TimeSeries;

namespace FibroTrack.Statistics.MixedModels;

/// <summary>
/// yᵢⱼ = xᵢⱼᵀβ + bᵢ + εᵢⱼ with bᵢ ~ N(0, τ²) and εᵢⱼ ~ N(0, σ²): the random-intercept linear mixed model, fitted by
/// restricted maximum likelihood as R's <c>nlme::lme(y ~ x, random = ~ 1 | id, method = "REML")</c>.
/// </summary>
/// <remarks>
/// <para>Implementation note (profiled REML): with λ = τ²/σ² a group's covariance is σ²Hᵢ, Hᵢ = I + λ11ᵀ, whose inverse
/// square root is I − aᵢ·11ᵀ/nᵢ with aᵢ = 1 − 1/√(1 + nᵢλ). Subtracting aᵢ times the group mean from every column and
/// from y therefore whitens the data, and for fixed λ the GLS estimate is ordinary least squares on the whitened data
/// (a Householder QR, never forming XᵀH⁻¹X). σ² and β profile out, leaving one dimension:
/// ℓ_R(λ) = −(N−p)/2·[log(2πσ̂²) + 1] − ½ Σᵢ log(1 + nᵢλ) − Σⱼ log|Rⱼⱼ|, σ̂² = RSS/(N−p)
/// (Pinheiro &amp; Bates 2000, §2.2.5; like nlme it omits Harville's +½ log det XᵀX). It is maximised over log λ: a grid
/// from e⁻¹⁴ to e⁸ brackets the optimum, then Brent's method polishes it. An optimum at the lower end of the grid means
/// τ² = 0 (λ &lt; 10⁻⁶), and the fit is reported as ordinary least squares.</para>
/// <para>Degrees of freedom follow nlme's between/within rule (Pinheiro &amp; Bates 2000, §2.4.2): a column constant within
/// every group is a between-group term tested on G − (number of between-group terms) − 1 df; the intercept and every
/// column that varies within a group are tested on N − G − (number of within-group terms) df. For the hybrid
/// within/between model that gives the person-mean effect G − 2 df, as a regression on the G person means would.</para>
/// </remarks>
public static class RandomInterceptModel
{
    private const double LowerLogLambda = -14;
    private const double UpperLogLambda = 8;
    private const double GridStep = 0.5;

    /// <summary>Fits the model. <paramref name="design"/> is n × k column-major and includes a column of ones.</summary>
    /// <param name="groups">The group (person) of each row, numbered 0..G−1 with every number used.</param>
    /// <param name="design">n × k, column-major (column j at j·n).</param>
    /// <param name="response">The n responses.</param>
    /// <param name="names">The k coefficient names.</param>
    public static RandomInterceptFit Fit(ReadOnlySpan<int> groups, ReadOnlySpan<double> design, ReadOnlySpan<double> response, IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var n = response.Length;
        var k = names.Count;
        Preconditions.CheckArgument(groups.Length == n, nameof(groups), $"Expected {n} group numbers, got {groups.Length}.");
        Preconditions.CheckArgument(design.Length == n * k, nameof(design), $"Expected an {n} × {k} design.");
        var g = 0;
        foreach (var group in groups)
        {
            Preconditions.CheckArgument(group >= 0, nameof(groups), $"Group numbers must not be negative ({group}).");
            g = Math.Max(g, group + 1);
        }

        Preconditions.CheckArgument(n > g + k, nameof(response), $"Needs more rows ({n}) than groups plus coefficients ({g} + {k}).");
        for (var i = 0; i < design.Length; i++)
        {
            Preconditions.CheckArgument(double.IsFinite(design[i]), nameof(design), $"Design value {i} is not a finite number.");
        }

        for (var i = 0; i < n; i++)
        {
            Preconditions.CheckArgument(double.IsFinite(response[i]), nameof(response), $"Response value {i} is not a finite number.");
        }

        var problem = new Problem(groups.ToArray(), g, design.ToArray(), response.ToArray(), k);
        Preconditions.CheckArgument(problem.Sizes.All(s => s > 0), nameof(groups), "Every group number from 0 to G − 1 must have rows.");

        var logLambda = Maximise(problem);
        var atZero = double.IsNegativeInfinity(logLambda);
        var lambda = atZero ? 0 : Math.Exp(logLambda);
        var state = problem.Evaluate(lambda);
        for (var j = 0; j < k; j++)
        {
            Preconditions.CheckArgument(
                Math.Abs(state.Qr.R(j, j)) > Ols.RankTolerance * problem.ColumnNorm(j),
                nameof(design),
                $"The design is rank deficient: '{names[j]}' is a linear combination of the columns before it.");
        }

        var beta = state.Qr.Solve();
        var covariance = state.Qr.InverseGram();
        var dfs = DegreesOfFreedom(problem, n, g, k);
        var coefficients = new MixedCoefficient[k];
        for (var j = 0; j < k; j++)
        {
            var se = Math.Sqrt(state.Sigma2 * covariance[j, j]);
            var t = beta[j] / se;
            var q = Distributions.StudentTQuantile(0.975, dfs[j]);
            coefficients[j] = new MixedCoefficient(names[j], beta[j], se, dfs[j], t, Distributions.StudentTTwoSidedP(t, dfs[j]), beta[j] - (q * se), beta[j] + (q * se));
        }

        return new RandomInterceptFit
        {
            Coefficients = coefficients,
            Sigma = Math.Sqrt(state.Sigma2),
            Tau = Math.Sqrt(lambda * state.Sigma2),
            RestrictedLogLikelihood = state.LogLikelihood,
            Observations = n,
            Groups = g,
            TauAtZero = atZero,
        };
    }

    /// <summary>log λ at the maximum of the profiled REML criterion, or −∞ when τ² = 0 fits best.</summary>
    private static double Maximise(Problem problem)
    {
        var steps = (int)Math.Round((UpperLogLambda - LowerLogLambda) / GridStep);
        var best = 0;
        var bestValue = double.NegativeInfinity;
        for (var s = 0; s <= steps; s++)
        {
            var value = problem.Evaluate(Math.Exp(LowerLogLambda + (s * GridStep))).LogLikelihood;
            if (value > bestValue)
            {
                bestValue = value;
                best = s;
            }
        }

        // The profile is smooth in log λ; the grid's best point and its neighbours bracket a local maximum.
        if (best == 0 && problem.Evaluate(0).LogLikelihood >= bestValue)
        {
            return double.NegativeInfinity;
        }

        var lower = LowerLogLambda + (Math.Max(0, best - 1) * GridStep);
        var upper = LowerLogLambda + (Math.Min(steps, best + 1) * GridStep);
        return BrentMaximizer.Maximize(x => problem.Evaluate(Math.Exp(x)).LogLikelihood, lower, upper, 1e-10);
    }

    private static double[] DegreesOfFreedom(Problem problem, int n, int g, int k)
    {
        var between = new bool[k];
        var intercept = new bool[k];
        for (var j = 0; j < k; j++)
        {
            intercept[j] = problem.IsConstant(j);
            between[j] = !intercept[j] && problem.IsConstantWithinGroups(j);
        }

        var betweenTerms = between.Count(b => b);
        var withinTerms = k - betweenTerms - intercept.Count(i => i);
        var dfs = new double[k];
        for (var j = 0; j < k; j++)
        {
            dfs[j] = between[j] ? g - betweenTerms - 1 : n - g - withinTerms;
        }

        return dfs;
    }

    private readonly record struct State(HouseholderQr Qr, double Sigma2, double LogLikelihood);

    /// <summary>The data with per-group sizes and column means, so each λ costs one pass and one QR.</summary>
    private sealed class Problem
    {
        private readonly int[] _groups;
        private readonly double[] _design;
        private readonly double[] _response;
        private readonly int _n;
        private readonly int _k;
        private readonly double[] _designMeans; // k × G, column j at j·G
        private readonly double[] _responseMeans;
        private readonly double[] _whiteDesign;
        private readonly double[] _whiteResponse;

        public Problem(int[] groups, int g, double[] design, double[] response, int k)
        {
            _groups = groups;
            _design = design;
            _response = response;
            _n = response.Length;
            _k = k;
            Sizes = new int[g];
            foreach (var group in groups)
            {
                Sizes[group]++;
            }

            _designMeans = new double[k * g];
            _responseMeans = new double[g];
            for (var i = 0; i < _n; i++)
            {
                _responseMeans[groups[i]] += response[i];
                for (var j = 0; j < k; j++)
                {
                    _designMeans[(j * g) + groups[i]] += design[(j * _n) + i];
                }
            }

            for (var c = 0; c < g; c++)
            {
                var size = Math.Max(1, Sizes[c]);
                _responseMeans[c] /= size;
                for (var j = 0; j < k; j++)
                {
                    _designMeans[(j * g) + c] /= size;
                }
            }

            _whiteDesign = new double[design.Length];
            _whiteResponse = new double[_n];
        }

        public int[] Sizes { get; }

        public State Evaluate(double lambda)
        {
            var g = Sizes.Length;
            var shrink = new double[g];
            var logDetH = 0.0;
            for (var c = 0; c < g; c++)
            {
                var inflation = 1 + (Sizes[c] * lambda);
                shrink[c] = 1 - (1 / Math.Sqrt(inflation));
                logDetH += Math.Log(inflation);
            }

            for (var i = 0; i < _n; i++)
            {
                var c = _groups[i];
                _whiteResponse[i] = _response[i] - (shrink[c] * _responseMeans[c]);
                for (var j = 0; j < _k; j++)
                {
                    _whiteDesign[(j * _n) + i] = _design[(j * _n) + i] - (shrink[c] * _designMeans[(j * g) + c]);
                }
            }

            var qr = HouseholderQr.Factor(_whiteDesign, _whiteResponse, _n, _k);
            var rss = 0.0;
            for (var i = _k; i < _n; i++)
            {
                rss += qr.QtY[i] * qr.QtY[i];
            }

            var dof = _n - _k;
            var sigma2 = rss / dof;
            var logLik = (-0.5 * dof * (Math.Log(2 * Math.PI * sigma2) + 1)) - (0.5 * logDetH);
            for (var j = 0; j < _k; j++)
            {
                logLik -= Math.Log(Math.Abs(qr.R(j, j)));
            }

            return new State(qr, sigma2, logLik);
        }

        public double ColumnNorm(int j)
        {
            var sum = 0.0;
            foreach (var v in _design.AsSpan(j * _n, _n))
            {
                sum += v * v;
            }

            return Math.Sqrt(sum);
        }

        public bool IsConstant(int j)
        {
            var column = _design.AsSpan(j * _n, _n);
            var first = column[0];
            foreach (var v in column)
            {
                if (Math.Abs(v - first) > Tolerance(first))
                {
                    return false;
                }
            }

            return true;
        }

        public bool IsConstantWithinGroups(int j)
        {
            var g = Sizes.Length;
            for (var i = 0; i < _n; i++)
            {
                var mean = _designMeans[(j * g) + _groups[i]];
                if (Math.Abs(_design[(j * _n) + i] - mean) > Tolerance(mean))
                {
                    return false;
                }
            }

            return true;
        }

        private static double Tolerance(double scale) => 1e-10 * Math.Max(1, Math.Abs(scale));
    }
}
