using FibroTrack.Statistics.Associations;

namespace FibroTrack.Statistics.Tests.Associations;

/// <summary>
/// Fast seeded subset of STATS.md's validation protocol: under no effect the lag-1 t test of the ADL model should
/// reject at about α.
/// </summary>
/// <remarks>
/// STATS.md's acceptance band for ≥ 120 days is [0.04, 0.06], meant for large replication counts. Here the band is
/// [0.03, 0.075] and each scenario runs 2,000 replications (about half a second): the Monte-Carlo SE of a 5% rate is
/// √(0.05·0.95/2000) ≈ 0.005, so the band is about −4 to +5 SE wide. Smaller runs are too noisy for a fixed band:
/// blocks of 1,000 replications of the gap scenario ranged from 0.031 to 0.078 (SD ≈ 0.0075), and the first 1,000 of
/// seed 20260602 gave 0.078. Offline runs: 8,000 replications each gave a lag-1 rate of 0.048 (complete, 120 days;
/// joint F 0.054), 0.048 (60 days), 0.052 (365 days); with 10% of days missing at 120 days (~77 usable rows) 0.0478
/// to 0.0544 over eight seeds, 0.052 pooled over 64,000 replications. The full protocol belongs to the benchmark project.
/// </remarks>
public sealed class NullCalibrationTest
{
    private const int Replications = 2000;
    private const int Days = 120;

    [Theory]
    [InlineData(0.0, 20260601)]
    [InlineData(0.10, 20260602)]
    public void Fit_Ar1OutcomeIndependentPersistentExposure_LagOneNullRateNearAlpha(double missingDays, int seed)
    {
        var sim = new SyntheticSeries(seed);
        int rejected = 0, rejectedF = 0, fitted = 0;
        for (var r = 0; r < Replications; r++)
        {
            // φ = 0.6 with marginal SD 1.5 (STATS.md validation protocol); exposure prevalence 0.35, autocorrelation 0.5.
            var y = sim.Ar1(Days, 0.6, 1.5 * Math.Sqrt(1 - 0.36));
            var x = sim.Markov(Days, 0.35, 0.5);
            if (missingDays > 0)
            {
                sim.DropDays(missingDays, y, x);
            }

            var fit = AdlModel.Fit(y, x);
            if (fit.Status != AdlStatus.Estimated)
            {
                continue;
            }

            fitted++;
            rejected += fit.Lags[0].P < 0.05 ? 1 : 0;
            rejectedF += fit.JointLags!.P < 0.05 ? 1 : 0;
        }

        var rate = (double)rejected / fitted;
        var rateF = (double)rejectedF / fitted;
        Assert.True(fitted >= Replications * 0.95, $"only {fitted} of {Replications} replications were estimated");
        Assert.True(rate is >= 0.03 and <= 0.075, $"lag-1 null rejection rate {rate:F4} ({rejected}/{fitted}); joint F {rateF:F4}");
        Assert.True(rateF is >= 0.03 and <= 0.075, $"joint F null rejection rate {rateF:F4} ({rejectedF}/{fitted})");
    }
}
