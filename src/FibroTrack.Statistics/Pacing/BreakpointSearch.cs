using FibroTrack.Statistics.Flares;
using FibroTrack.Statistics.Regression;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace FibroTrack.Statistics.Pacing;

/// <summary>
/// The grid search for the breakpoint and the search-adjusted test of the slope above it, on one set of rows.
/// </summary>
/// <remarks>
/// <para>Statistic: c is chosen by the smallest residual sum of squares over the grid; T is the t statistic of
/// β₁ + β₂ (the slope above c) at that c. Read against a t table T is anti-conservative, because c was picked to fit
/// the data best (offline: about twice the nominal rate, see the tests). Its null distribution is simulated instead.</para>
/// <para>Why the simulation needs no estimated nuisance parameter: under "load has no effect",
/// y = X₀γ + ε with X₀ = (const, y_lag1, trend) inside every candidate design X_c. Then the residuals of every fit are
/// M_c·ε and a'β̂_c = a'(X_c'X_c)⁻¹X_c'ε, so every RSS_c, hence the chosen c, and every t_c are functions of ε
/// alone, free of α, φ, the trend and σ. Conditional on the regressors, with Gaussian errors, the null distribution
/// of T is therefore exactly that of T(ε) for ε ~ N(0, I): the Monte Carlo p-value (1 + #{T* ≥ T})/(B + 1) is an
/// exact test in the fixed-regressor model (Dufour &amp; Khalaf 2001), and in the ADL model, whose lagged outcome is
/// not fixed, it is the conditional simulation Hansen (Econometrica 1996;64:413–430) showed valid for a nuisance
/// parameter identified only under the alternative, like c here. It is the same approximation that makes the ADL
/// t test itself work (STATS.md §1), and the seeded simulations in the tests check it (null rate ≤ 5% with φ = 0.6,
/// a persistent load and missing days). A parametric bootstrap that also regenerates y_{t−1} was the alternative;
/// it would need φ̂ (biased down in short series) and a refit per draw, for no gain in the checks.</para>
/// <para>Implementation note: all candidate designs share X₀ and the load, so one thin QR of B = (const, y_lag1,
/// load, trend) = Q₀R₀ serves every c; the hinge h_c adds one orthonormal column q_c (its residual on Q₀,
/// orthogonalised twice). With z = Q₀'e: RSS_c = e'e − ‖z‖² − (q_c'e)², and a'β̂_c = v_c'(z, q_c'e) with
/// R_c'v_c = a (R_c the QR factor of (B, h_c), a picking the load and the hinge), so a draw costs n·(k + G)
/// multiply-adds and never refits. Ties in RSS go to the lower breakpoint, as in the data.</para>
/// </remarks>
internal sealed class BreakpointSearch
{
    private readonly int _n;
    private readonly int _m;
    private readonly double[][] _q0;
    private readonly double[][] _q;
    private readonly double[][] _v;
    private readonly double[] _vNorm;
    private readonly int _df;

    private BreakpointSearch(int n, int m, double[][] q0, double[][] q, double[][] v, double[] vNorm, double[] grid)
    {
        _n = n;
        _m = m;
        _q0 = q0;
        _q = q;
        _v = v;
        _vNorm = vNorm;
        _df = n - m - 1;
        Grid = grid;
    }

    /// <summary>Breakpoints whose hinge is not aliased with the other columns, ascending.</summary>
    public double[] Grid { get; }

    /// <summary>Prepares the search, or returns null when the base design (const, y_lag1, load, trend) is rank deficient.</summary>
    public static BreakpointSearch? Create(Matrix<double> baseDesign, double[] loads, double[] grid)
    {
        var n = baseDesign.RowCount;
        var m = baseDesign.ColumnCount;
        if (n <= m + 1)
        {
            return null;
        }

        var qr = baseDesign.QR(QRMethod.Thin);
        var r0 = qr.R;
        for (var j = 0; j < m; j++)
        {
            if (Math.Abs(r0[j, j]) <= Ols.RankTolerance * baseDesign.Column(j).L2Norm())
            {
                return null;
            }
        }

        var q0 = new double[m][];
        for (var j = 0; j < m; j++)
        {
            q0[j] = qr.Q.Column(j).ToArray();
        }

        // R₀'·v₀ = e_load is shared by every candidate; only the last element of v_c and the cross terms differ.
        var kept = new List<double>(grid.Length);
        var qs = new List<double[]>(grid.Length);
        var vs = new List<double[]>(grid.Length);
        var norms = new List<double>(grid.Length);
        foreach (var c in grid)
        {
            var h = HingeDesign.Hinge(loads, c);
            var norm = Norm(h);
            var r = new double[m];
            var residual = (double[])h.Clone();
            for (var pass = 0; pass < 2; pass++)
            {
                for (var j = 0; j < m; j++)
                {
                    var coef = Dot(q0[j], residual);
                    r[j] += coef;
                    Axpy(-coef, q0[j], residual);
                }
            }

            var rho = Norm(residual);
            if (!(rho > Ols.RankTolerance * norm))
            {
                continue;
            }

            for (var i = 0; i < n; i++)
            {
                residual[i] /= rho;
            }

            // Forward substitution for R_c'·v = a, R_c = [[R₀, r], [0, ρ]], a = e_load + e_hinge.
            var v = new double[m + 1];
            for (var i = 0; i < m; i++)
            {
                var sum = i == HingeDesign.LoadColumn ? 1.0 : 0.0;
                for (var j = 0; j < i; j++)
                {
                    sum -= r0[j, i] * v[j];
                }

                v[i] = sum / r0[i, i];
            }

            v[m] = (1 - Dot(r, v.AsSpan(0, m))) / rho;
            kept.Add(c);
            qs.Add(residual);
            vs.Add(v);
            norms.Add(Norm(v));
        }

        return new BreakpointSearch(n, m, q0, [.. qs], [.. vs], [.. norms], [.. kept]);
    }

    /// <summary>The chosen grid index (smallest RSS) and the t of the slope above there, for a response or a null draw.</summary>
    public (int Index, double T) Evaluate(ReadOnlySpan<double> e, Span<double> z)
    {
        var ee = Dot(e, e);
        var explained = 0.0;
        for (var j = 0; j < _m; j++)
        {
            z[j] = Dot(_q0[j], e);
            explained += z[j] * z[j];
        }

        var best = -1;
        var bestRss = double.PositiveInfinity;
        var bestZ = 0.0;
        for (var g = 0; g < _q.Length; g++)
        {
            var zc = Dot(_q[g], e);
            var rss = ee - explained - (zc * zc);
            if (rss < bestRss)
            {
                bestRss = rss;
                best = g;
                bestZ = zc;
            }
        }

        var v = _v[best];
        var numerator = Dot(v.AsSpan(0, _m), z[.._m]) + (v[_m] * bestZ);
        var se = _vNorm[best] * Math.Sqrt(Math.Max(bestRss, 0) / _df);
        return (best, numerator / se);
    }

    /// <summary>
    /// Simulates up to <paramref name="draws"/> null statistics from a seeded generator and returns the one-sided Monte
    /// Carlo p-value of <paramref name="observed"/> and the simulated (1 − α) quantile. With
    /// <paramref name="stopAfter"/> &gt; 0 it stops once that many draws reached the observed value (Besag–Clifford
    /// sequential p = h/l); the quantile is then NaN, as it was not needed to decide.
    /// </summary>
    public (double P, double Critical) Calibrate(double observed, int draws, int seed, double alpha, int stopAfter = 0)
    {
        var random = new Random(seed);
        var e = new double[_n];
        var z = new double[_m];
        var stats = new double[draws];
        var atLeast = 0;
        for (var b = 0; b < draws; b++)
        {
            Gaussian.Fill(random, e);
            stats[b] = Evaluate(e, z).T;
            atLeast += stats[b] >= observed ? 1 : 0;
            if (stopAfter > 0 && atLeast == stopAfter)
            {
                return ((double)atLeast / (b + 1), double.NaN);
            }
        }

        Array.Sort(stats);
        var index = Math.Clamp((int)Math.Ceiling((draws + 1) * (1 - alpha)) - 1, 0, draws - 1);
        return ((1.0 + atLeast) / (draws + 1), stats[index]);
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) => Regression.HouseholderQr.Dot(a, b);

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (var i = 0; i < y.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    private static double Norm(ReadOnlySpan<double> a) => Math.Sqrt(Dot(a, a));
}
