namespace FibroTrack.Statistics.Flares;

/// <summary>Standard normal draws from a seeded <see cref="Random"/>.</summary>
/// <remarks>Implementation note: the Box–Muller transform (Box &amp; Muller, Ann Math Stat 1958;29:610–611), two
/// draws per pair of uniforms. It is exact, branch-free and, with .NET's seeded <see cref="Random"/> (whose
/// sequence is kept stable across versions), gives the same numbers on every machine.</remarks>
internal static class Gaussian
{
    public static void Fill(Random random, Span<double> destination)
    {
        for (var i = 0; i < destination.Length; i += 2)
        {
            // 1 − U lies in (0, 1], so the logarithm is finite.
            var radius = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
            var angle = 2 * Math.PI * random.NextDouble();
            destination[i] = radius * Math.Cos(angle);
            if (i + 1 < destination.Length)
            {
                destination[i + 1] = radius * Math.Sin(angle);
            }
        }
    }
}
