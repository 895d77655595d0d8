using System.Diagnostics.CodeAnalysis;
using FibroTrack.Statistics.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Storage;

namespace FibroTrack.Statistics.Regression;

/// <summary>Ordinary least squares with classical (homoscedastic) inference, as R <c>lm()</c> and statsmodels <c>OLS</c>.</summary>
/// <remarks>
/// <para>Implementation note: the fit uses a thin Householder QR of the design, X = QR, so β = R⁻¹Qᵀy and
/// (XᵀX)⁻¹ = R⁻¹R⁻ᵀ without ever forming XᵀX, which would square the condition number (Golub &amp; Van Loan,
/// <i>Matrix Computations</i>, 4th ed., §5.3). Standard errors are √(σ̂²·[(XᵀX)⁻¹]ⱼⱼ) with σ̂² = RSS/(n − k), t tests
/// on n − k df (STATS.md §1).</para>
/// <para>Rank: the QR (<see cref="HouseholderQr"/>) does not pivot, so a column that is (numerically) a linear combination of the
/// columns before it shows up as a tiny diagonal entry of R. |Rⱼⱼ| is the length of the part of column j
/// outside the span of columns 0..j−1, so |Rⱼⱼ| ≤ <see cref="RankTolerance"/>·‖xⱼ‖ means that column carries
/// no information of its own (a constant exposure next to the intercept, a dummy that never varies). Such a
/// design is refused instead of returning an arbitrary solution as a pseudo-inverse would.</para>
/// </remarks>
public static class Ols
{
    /// <summary>Relative size below which a column counts as aliased (see the remarks).</summary>
    public const double RankTolerance = 1e-10;

    /// <summary>Fits y = Xβ + ε. Throws if the design is rank deficient or leaves no residual degrees of freedom.</summary>
    /// <param name="design">n × k design matrix; include a column of ones for an intercept.</param>
    /// <param name="response">The n responses.</param>
    /// <param name="names">Optional names of the k coefficients, for messages and display.</param>
    public static OlsResult Fit(Matrix<double> design, Vector<double> response, IReadOnlyList<string>? names = null)
    {
        if (TryFit(design, response, out var result, out var aliased, names))
        {
            return result;
        }

        var label = names is null ? $"column {aliased}" : $"'{names[aliased]}'";
        throw new ArgumentException(
            $"The design is rank deficient: {label} is a linear combination of the columns before it (e.g. a variable with no variation).",
            nameof(design));
    }

    /// <summary>
    /// Fits y = Xβ + ε, or returns false with the index of the first aliased column when the design is rank deficient.
    /// </summary>
    public static bool TryFit(
        Matrix<double> design,
        Vector<double> response,
        [NotNullWhen(true)] out OlsResult? result,
        out int aliasedColumn,
        IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(response);
        var n = design.RowCount;
        var k = design.ColumnCount;
        Preconditions.CheckArgument(k >= 1, nameof(design), "The design needs at least one column.");
        Preconditions.CheckArgument(response.Count == n, nameof(response), $"The response has {response.Count} values but the design has {n} rows.");
        Preconditions.CheckArgument(n > k, nameof(design), $"OLS needs more rows than coefficients ({n} rows, {k} coefficients).");
        Preconditions.CheckArgument(names is null || names.Count == k, nameof(names), $"Expected {k} names.");

        // Column-major raw storage: the designs we build are dense column-major already, so this is no copy.
        var x = design.Storage is DenseColumnMajorMatrixStorage<double> dense ? dense.Data : design.ToColumnMajorArray();
        var y = response.Storage is DenseVectorStorage<double> denseY ? denseY.Data : response.ToArray();
        for (var i = 0; i < n; i++)
        {
            Preconditions.CheckArgument(double.IsFinite(y[i]), nameof(response), $"Response value {i} is not a finite number.");
        }

        for (var j = 0; j < k; j++)
        {
            for (var i = 0; i < n; i++)
            {
                Preconditions.CheckArgument(double.IsFinite(x[(j * n) + i]), nameof(design), $"Design value ({i}, {j}) is not a finite number.");
            }
        }

        var qr = HouseholderQr.Factor(x, y.AsSpan(0, n), n, k);
        for (var j = 0; j < k; j++)
        {
            var column = x.AsSpan(j * n, n);
            var norm = Math.Sqrt(HouseholderQr.Dot(column, column));
            if (Math.Abs(qr.R(j, j)) <= RankTolerance * norm)
            {
                result = null;
                aliasedColumn = j;
                return false;
            }
        }

        aliasedColumn = -1;
        var coefficients = qr.Solve();
        var residuals = new double[n];
        y.AsSpan(0, n).CopyTo(residuals);
        for (var j = 0; j < k; j++)
        {
            var b = coefficients[j];
            var column = x.AsSpan(j * n, n);
            for (var i = 0; i < n; i++)
            {
                residuals[i] -= b * column[i];
            }
        }

        var rss = HouseholderQr.Dot(residuals, residuals);
        var df = n - k;
        var sigma2 = rss / df;
        var xtxInverse = qr.InverseGram();

        var se = new double[k];
        var t = new double[k];
        var p = new double[k];
        for (var j = 0; j < k; j++)
        {
            se[j] = Math.Sqrt(sigma2 * xtxInverse[j, j]);
            t[j] = coefficients[j] / se[j];
            p[j] = Distributions.StudentTTwoSidedP(t[j], df);
        }

        var hasIntercept = HasConstantColumn(x, n, k);
        double tss;
        if (hasIntercept)
        {
            double mean = 0;
            for (var i = 0; i < n; i++)
            {
                mean += y[i];
            }

            mean /= n;
            tss = 0;
            for (var i = 0; i < n; i++)
            {
                tss += (y[i] - mean) * (y[i] - mean);
            }
        }
        else
        {
            // Without a constant the total sum of squares is uncentred, as in R and statsmodels.
            tss = HouseholderQr.Dot(y.AsSpan(0, n), y.AsSpan(0, n));
        }

        var rSquared = 1 - (rss / tss);
        var centredDf = hasIntercept ? n - 1 : n;
        result = new OlsResult(
            n,
            k,
            df,
            names is null ? [.. Enumerable.Range(0, k).Select(j => $"x{j}")] : [.. names],
            [.. coefficients],
            [.. se],
            [.. t],
            [.. p],
            [.. residuals],
            rss,
            sigma2,
            rSquared,
            1 - ((1 - rSquared) * centredDf / df),
            hasIntercept,
            xtxInverse);
        return true;
    }

    /// <summary>Fits y = Xβ + ε from a row-major design array.</summary>
    public static OlsResult Fit(double[,] design, IReadOnlyList<double> response, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(response);
        return Fit(Matrix<double>.Build.DenseOfArray(design), Vector<double>.Build.DenseOfEnumerable(response), names);
    }

    private static bool HasConstantColumn(double[] x, int n, int k)
    {
        for (var j = 0; j < k; j++)
        {
            var column = x.AsSpan(j * n, n);
            var first = column[0];
            if (first == 0)
            {
                continue;
            }

            var constant = true;
            for (var i = 1; i < n && constant; i++)
            {
                constant = column[i] == first;
            }

            if (constant)
            {
                return true;
            }
        }

        return false;
    }
}
