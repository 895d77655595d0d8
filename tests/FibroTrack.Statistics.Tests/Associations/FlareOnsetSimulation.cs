namespace FibroTrack.Statistics.Tests.Associations;

/// <summary>
/// Seeded people for the flare-onset model: an AR(1) composite (φ = 0.6, marginal SD 1.5, mean 5) raised by 2.5 points
/// during flares of 3–6 days, a yes/no Markov exposure (prevalence 0.35, lag-1 autocorrelation 0.5), and flares that
/// begin on a day at risk with probability expit(α + 0.3·(composite_{t−1} − 5) + β·x_{t−1}).
/// </summary>
internal sealed class FlareOnsetSimulation(int seed)
{
    private readonly SyntheticSeries _series = new(seed);
    private readonly Random _random = new(seed + 1);

    /// <summary>One person: the onset series (1 onset, 0 at risk, NaN inside a flare or missing), composite and exposure.</summary>
    /// <param name="alpha">Baseline log-odds of onset; −3 gives about 15 onsets a year.</param>
    /// <param name="beta">True log odds ratio of x_{t−1}; 0 under the null.</param>
    /// <param name="missingDays">Share of whole days left unrecorded, at random.</param>
    public (double[] Onset, double[] Composite, double[] Exposure) Person(int days, double alpha, double beta, double missingDays = 0)
    {
        var composite = _series.Ar1(days, 0.6, 1.5 * Math.Sqrt(1 - 0.36));
        var x = _series.Markov(days, 0.35, 0.5);
        var onset = new double[days];
        onset[0] = double.NaN;
        for (var t = 0; t < days; t++)
        {
            composite[t] += 5;
        }

        var day = 1;
        while (day < days)
        {
            var eta = alpha + (0.3 * (composite[day - 1] - 5)) + (beta * x[day - 1]);
            if (_random.NextDouble() < 1 / (1 + Math.Exp(-eta)))
            {
                var length = _random.Next(3, 7);
                onset[day] = 1;
                for (var k = 0; k < length && day + k < days; k++)
                {
                    composite[day + k] += 2.5;
                    if (k > 0)
                    {
                        onset[day + k] = double.NaN;
                    }
                }

                day += length;
            }
            else
            {
                day++;
            }
        }

        if (missingDays > 0)
        {
            _series.DropDays(missingDays, onset, composite, x);
        }

        return (onset, composite, x);
    }
}
