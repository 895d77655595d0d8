namespace FibroTrack.Statistics.TimeSeries;

/// <summary>One-dimensional maximisation on an interval without derivatives.</summary>
/// <remarks>
/// Implementation note: Brent's <c>fmin</c> (R. P. Brent, <i>Algorithms for Minimization without
/// Derivatives</i>, 1973, ch. 5), golden-section steps with parabolic interpolation, transcribed from the
/// netlib routine that R's <c>optimize()</c> also uses (src/library/stats/src/optimize.c). It converges to a
/// local optimum inside [a, b], so callers bracket the global one first.
/// </remarks>
internal static class BrentMaximizer
{
    private const int MaxIterations = 500;

    /// <summary>DBL_EPSILON, 2^−52 (not <see cref="double.Epsilon"/>, the smallest subnormal).</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>The x in [<paramref name="a"/>, <paramref name="b"/>] that maximises <paramref name="f"/>, to about
    /// √ε·|x| + <paramref name="tolerance"/>/3.</summary>
    public static double Maximize(Func<double, double> f, double a, double b, double tolerance)
    {
        var c = (3 - Math.Sqrt(5)) * 0.5;
        var eps = Math.Sqrt(MachineEpsilon);
        var v = a + (c * (b - a));
        var w = v;
        var x = v;
        double d = 0, e = 0;
        var fx = -f(x);
        var fv = fx;
        var fw = fx;
        var tol3 = tolerance / 3;

        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var xm = (a + b) * 0.5;
            var tol1 = (eps * Math.Abs(x)) + tol3;
            var t2 = tol1 * 2;
            if (Math.Abs(x - xm) <= t2 - ((b - a) * 0.5))
            {
                break;
            }

            double p = 0, q = 0, r = 0;
            if (Math.Abs(e) > tol1)
            {
                r = (x - w) * (fx - fv);
                q = (x - v) * (fx - fw);
                p = ((x - v) * q) - ((x - w) * r);
                q = (q - r) * 2;
                if (q > 0)
                {
                    p = -p;
                }
                else
                {
                    q = -q;
                }

                r = e;
                e = d;
            }

            double u;
            if (Math.Abs(p) >= Math.Abs(q * 0.5 * r) || p <= q * (a - x) || p >= q * (b - x))
            {
                // Golden-section step into the larger part.
                e = x < xm ? b - x : a - x;
                d = c * e;
            }
            else
            {
                // Parabolic step, kept away from the ends.
                d = p / q;
                u = x + d;
                if (u - a < t2 || b - u < t2)
                {
                    d = x < xm ? tol1 : -tol1;
                }
            }

            u = Math.Abs(d) >= tol1 ? x + d : d > 0 ? x + tol1 : x - tol1;
            var fu = -f(u);
            if (fu <= fx)
            {
                if (u < x)
                {
                    b = x;
                }
                else
                {
                    a = x;
                }

                v = w;
                fv = fw;
                w = x;
                fw = fx;
                x = u;
                fx = fu;
            }
            else
            {
                if (u < x)
                {
                    a = u;
                }
                else
                {
                    b = u;
                }

                if (fu <= fw || w == x)
                {
                    v = w;
                    fv = fw;
                    w = u;
                    fw = fu;
                }
                else if (fu <= fv || v == x || v == w)
                {
                    v = u;
                    fv = fu;
                }
            }
        }

        return x;
    }
}
