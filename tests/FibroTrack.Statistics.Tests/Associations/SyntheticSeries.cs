using FibroTrack.Core.Diary;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Statistics.Tests.Associations;

/// <summary>Seeded series of the validation protocol (STATS.md): AR(1) symptoms and binary Markov exposures.</summary>
internal sealed class SyntheticSeries(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>Stationary AR(1) with innovation SD <paramref name="sd"/>, started from its stationary distribution.</summary>
    public double[] Ar1(int n, double phi, double sd = 1)
    {
        var u = new double[n];
        u[0] = Normal() * sd / Math.Sqrt(1 - (phi * phi));
        for (var t = 1; t < n; t++)
        {
            u[t] = (phi * u[t - 1]) + (Normal() * sd);
        }

        return u;
    }

    /// <summary>Binary Markov chain with long-run prevalence π and lag-1 autocorrelation ρ:
    /// P(1 | 1) = π + ρ(1 − π), P(1 | 0) = π(1 − ρ).</summary>
    public double[] Markov(int n, double prevalence, double autocorrelation)
    {
        var stay = prevalence + (autocorrelation * (1 - prevalence));
        var start = prevalence * (1 - autocorrelation);
        var x = new double[n];
        x[0] = _random.NextDouble() < prevalence ? 1 : 0;
        for (var t = 1; t < n; t++)
        {
            x[t] = _random.NextDouble() < (x[t - 1] == 1 ? stay : start) ? 1 : 0;
        }

        return x;
    }

    /// <summary>Sets each day of every series to NaN with probability <paramref name="p"/> (whole missing days).</summary>
    public void DropDays(double p, params double[][] series)
    {
        for (var t = 0; t < series[0].Length; t++)
        {
            if (_random.NextDouble() < p)
            {
                foreach (var s in series)
                {
                    s[t] = double.NaN;
                }
            }
        }
    }

    public double Normal()
    {
        // Box–Muller; 1 − U keeps the logarithm finite.
        var u1 = 1 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>A daily matrix over the built-in vocabulary from named series (NaN = not recorded).</summary>
    public static DailyMatrix Matrix(DateOnly start, IReadOnlyDictionary<string, double[]> series)
    {
        var days = series.Values.First().Length;
        var observations = new List<Observation>();
        foreach (var (code, values) in series)
        {
            for (var t = 0; t < days; t++)
            {
                if (!double.IsNaN(values[t]))
                {
                    observations.Add(new Observation(start.AddDays(t), code, values[t], null));
                }
            }
        }

        return DailyMatrixBuilder.Build(VariableVocabulary.BuiltIn, observations, start, start.AddDays(days - 1));
    }
}
