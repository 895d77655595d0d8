using System.Numerics;
using System.Runtime.InteropServices;

namespace FibroTrack.Statistics.Regression;

/// <summary>
/// Least squares by Householder QR on a column-major copy of the design, keeping only what inference needs: R and
/// Qᵀy. Q itself is never formed.
/// </summary>
/// <remarks>
/// Why not Math.NET's <c>QR(QRMethod.Thin)</c>: it forms the n × k matrix Q explicitly and, in the managed provider,
/// took about 1 ms for a 300 × 17 design; the association scan fits a few hundred such designs per person, so that
/// alone blew the 100 ms per person-year budget (docs/performance.md). This is the same algorithm (Golub &amp; Van
/// Loan, Matrix Computations, §5.2) without Q, with vectorised inner products; the golden tests against R and
/// statsmodels hold to 1e-13.
/// </remarks>
internal sealed class HouseholderQr
{
    private readonly double[] _a; // reflected columns; the strict upper triangle holds R above the diagonal
    private readonly double[] _diagonal;

    private HouseholderQr(double[] a, double[] diagonal, double[] qty, int rows, int columns)
    {
        _a = a;
        _diagonal = diagonal;
        QtY = qty;
        Rows = rows;
        Columns = columns;
    }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>Qᵀy; its first <see cref="Columns"/> entries are the right-hand side of Rβ = Qᵀy.</summary>
    public double[] QtY { get; }

    /// <summary>R[i, j] for i ≤ j.</summary>
    public double R(int i, int j) => i == j ? _diagonal[i] : _a[(j * Rows) + i];

    /// <param name="design">n × k, column-major (column j at j·n); not modified.</param>
    public static HouseholderQr Factor(ReadOnlySpan<double> design, ReadOnlySpan<double> response, int rows, int columns)
    {
        var a = design[..(rows * columns)].ToArray();
        var qty = response.ToArray();
        var diagonal = new double[columns];
        for (var j = 0; j < columns; j++)
        {
            var v = a.AsSpan((j * rows) + j, rows - j);
            var norm = Math.Sqrt(Dot(v, v));
            if (norm == 0)
            {
                diagonal[j] = 0;
                continue;
            }

            // v = x − αe₁ with α = −sign(x₀)‖x‖ (no cancellation); H = I − 2vvᵀ/vᵀv.
            var alpha = v[0] > 0 ? -norm : norm;
            v[0] -= alpha;
            var vv = Dot(v, v);
            diagonal[j] = alpha;
            for (var c = j + 1; c < columns; c++)
            {
                var column = a.AsSpan((c * rows) + j, rows - j);
                Axpy(-2 * Dot(v, column) / vv, v, column);
            }

            var tail = qty.AsSpan(j, rows - j);
            Axpy(-2 * Dot(v, tail) / vv, v, tail);
        }

        return new HouseholderQr(a, diagonal, qty, rows, columns);
    }

    /// <summary>β from Rβ = (Qᵀy)[..k] by back substitution.</summary>
    public double[] Solve()
    {
        var k = Columns;
        var beta = new double[k];
        for (var i = k - 1; i >= 0; i--)
        {
            var sum = QtY[i];
            for (var j = i + 1; j < k; j++)
            {
                sum -= R(i, j) * beta[j];
            }

            beta[i] = sum / _diagonal[i];
        }

        return beta;
    }

    /// <summary>(XᵀX)⁻¹ = R⁻¹R⁻ᵀ, as a k × k array.</summary>
    public double[,] InverseGram()
    {
        var k = Columns;
        var inverse = new double[k, k]; // R⁻¹, upper triangular
        for (var col = 0; col < k; col++)
        {
            for (var i = col; i >= 0; i--)
            {
                var sum = i == col ? 1.0 : 0.0;
                for (var j = i + 1; j <= col; j++)
                {
                    sum -= R(i, j) * inverse[j, col];
                }

                inverse[i, col] = sum / _diagonal[i];
            }
        }

        var gram = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = i; j < k; j++)
            {
                double sum = 0;
                for (var m = j; m < k; m++)
                {
                    sum += inverse[i, m] * inverse[j, m];
                }

                gram[i, j] = sum;
                gram[j, i] = sum;
            }
        }

        return gram;
    }

    internal static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double sum = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<double>.Count)
        {
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            var vy = MemoryMarshal.Cast<double, Vector<double>>(y[..x.Length]);
            var acc = Vector<double>.Zero;
            for (var v = 0; v < vx.Length; v++)
            {
                acc += vx[v] * vy[v];
            }

            sum = Vector.Sum(acc);
            i = vx.Length * Vector<double>.Count;
        }

        for (; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    /// <summary>y += a·x.</summary>
    private static void Axpy(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<double>.Count)
        {
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            var vy = MemoryMarshal.Cast<double, Vector<double>>(y[..x.Length]);
            var va = new Vector<double>(a);
            for (var v = 0; v < vx.Length; v++)
            {
                vy[v] += va * vx[v];
            }

            i = vx.Length * Vector<double>.Count;
        }

        for (; i < x.Length; i++)
        {
            y[i] += a * x[i];
        }
    }
}
