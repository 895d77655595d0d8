using FibroTrack.Statistics.Numerics;

namespace FibroTrack.Statistics.MultipleTesting;

/// <summary>Benjamini–Hochberg false-discovery-rate adjustment (J R Stat Soc B 1995;57:289–300).</summary>
/// <remarks>
/// Implementation note: the step-up rule as R's <c>p.adjust(p, "BH")</c> and statsmodels'
/// <c>multipletests(p, method="fdr_bh")</c> compute it: with the m p-values sorted ascending,
/// q₍ᵢ₎ = min(1, min_{j ≥ i} m·p₍ⱼ₎/j), the running minimum from the largest down making the q-values monotone
/// in p. Ties get the same q. A NaN p-value (a test that could not be run) stays NaN and is left out of m, exactly
/// as R does (its <c>n = length(p)</c> default is evaluated after the NAs are dropped); statsmodels does not
/// handle NaN at all.
/// </remarks>
public static class BenjaminiHochberg
{
    /// <summary>The BH q-values of <paramref name="p"/>, in the input order; NaN where p is NaN.</summary>
    public static double[] Adjust(IReadOnlyList<double> p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var q = new double[p.Count];
        var order = new List<int>(p.Count);
        for (var i = 0; i < p.Count; i++)
        {
            var value = p[i];
            if (double.IsNaN(value))
            {
                q[i] = double.NaN;
                continue;
            }

            Preconditions.CheckArgument(value >= 0 && value <= 1, nameof(p), $"p-value {i} ({value}) is not a probability.");
            order.Add(i);
        }

        // Stable sort by p so ties keep their input order (their q is equal anyway).
        order.Sort((a, b) =>
        {
            var c = p[a].CompareTo(p[b]);
            return c != 0 ? c : a.CompareTo(b);
        });

        var m = order.Count;
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            var index = order[rank - 1];
            running = Math.Min(running, p[index] * ((double)m / rank)); // m/rank first, as R's p.adjust: q is never an ulp below p
            q[index] = running;
        }

        return q;
    }
}
