using FibroTrack.Statistics.Tests.Validation.Simulation;

namespace FibroTrack.Statistics.Tests.Validation;

/// <summary>The simulator produces what STATS.md's protocol describes, and the naive test is a plain Pearson test.</summary>
public sealed class PersonSimulatorTest
{
    [Fact]
    public void Generate_SameSeed_SameDiary()
    {
        var spec = new PersonSpec { Scenario = Scenario.SameDayFeedback, Missingness = Missingness.Blocks };

        var a = PersonSimulator.Generate(spec, 7);
        var b = PersonSimulator.Generate(spec, 7);

        foreach (var code in SimulatedCodes.Outcomes.Concat(SimulatedCodes.Exposures))
        {
            Assert.Equal(a.Series[code], b.Series[code]);
        }
    }

    [Fact]
    public void Generate_LongUnroundedSeries_MomentsMatchTheProtocol()
    {
        // 20,000 days: sampling SDs of the moments below are ≈ 0.01–0.02.
        var person = PersonSimulator.Generate(new PersonSpec { Days = 20_000, Phi = 0.6, Rounded = false }, 11);
        var pain = person.Series[SimulatedCodes.Pain];
        var fatigue = person.Series[SimulatedCodes.Fatigue];

        Assert.InRange(Sd(pain), 1.45, 1.55);
        Assert.InRange(Autocorrelation(pain, pain, 1), 0.57, 0.63);

        // Innovations correlated 0.5, so the stationary series are too.
        Assert.InRange(Autocorrelation(pain, fatigue, 0), 0.45, 0.55);

        var dairy = person.Series[SimulatedCodes.Dairy];
        Assert.InRange(dairy.Average(), 0.48, 0.52);
        Assert.InRange(Autocorrelation(dairy, dairy, 1), 0.27, 0.33);

        foreach (var code in SimulatedCodes.BinaryMarkov)
        {
            var x = person.Series[code];
            Assert.InRange(x.Average(), 0.18, 0.52);
            Assert.InRange(Autocorrelation(x, x, 1), 0.27, 0.73);
        }

        // Correlated food items move together; the coin does not remember.
        Assert.True(Autocorrelation(person.Series[SimulatedCodes.ProcessedFood], person.Series[SimulatedCodes.FriedFood], 0) > 0.2);
        var coin = person.Series[SimulatedCodes.CoinFlip];
        Assert.InRange(Autocorrelation(coin, coin, 1), -0.03, 0.03);
    }

    [Fact]
    public void Generate_SameDayFeedback_ExposureFollowsThatDaysPain()
    {
        var person = PersonSimulator.Generate(new PersonSpec { Scenario = Scenario.SameDayFeedback, Days = 5000 }, 3);

        Assert.True(Autocorrelation(person.Series[SimulatedCodes.Pain], person.Series[SimulatedCodes.Stress], 0) > 0.3);
    }

    [Theory]
    [InlineData(Missingness.AtRandom, 0.12, 0.18)]
    [InlineData(Missingness.TiedToSeverity, 0.10, 0.20)]
    [InlineData(Missingness.Blocks, 0.09, 0.17)]
    public void Generate_Missingness_RemovesWholeDaysAtAboutTheStatedRate(Missingness missingness, double low, double high)
    {
        var person = PersonSimulator.Generate(new PersonSpec { Days = 5000, Missingness = missingness }, 5);

        var share = (double)person.MissingDays / 5000;
        Assert.InRange(share, low, high);
        for (var t = 0; t < 5000; t++)
        {
            var missing = double.IsNaN(person.Series[SimulatedCodes.Pain][t]);
            Assert.All(person.Series.Values, s => Assert.Equal(missing, double.IsNaN(s[t])));
        }
    }

    [Fact]
    public void Generate_SeverityTiedMissingness_BadDaysGoMissingMoreOften()
    {
        var spec = new PersonSpec { Days = 5000, Missingness = Missingness.TiedToSeverity };
        var complete = PersonSimulator.Generate(spec with { Missingness = Missingness.None }, 9).Series[SimulatedCodes.Pain];
        var gapped = PersonSimulator.Generate(spec, 9).Series[SimulatedCodes.Pain];

        // Same seed, same draws before the missing-day step: the missing days are the complete series' days.
        var missingMean = Enumerable.Range(0, 5000).Where(t => double.IsNaN(gapped[t])).Average(t => complete[t]);
        Assert.True(missingMean > complete.Average() + 0.5, $"mean pain on missing days {missingMean:0.00}");
    }

    [Fact]
    public void NaiveCorrelation_MatchesPearsonAndSkipsGaps()
    {
        double[] y = [1, 2, 3, 4, 5, double.NaN, 7, 8];
        double[] x = [2, 1, 4, 3, 6, 5, double.NaN, 7];

        var sameDay = NaiveCorrelation.Test(y, x, 0);
        var lagOne = NaiveCorrelation.Test(y, x, 1);

        // Same day: pairs (1,2) (2,1) (3,4) (4,3) (5,6) (8,7). Reference: scipy.stats.pearsonr on those pairs (Debian
        // python3-scipy) gives r = 0.8981169564614806, p = 0.015041450971487014 (t test on 4 df).
        Assert.Equal(6, sameDay.Pairs);
        Assert.Equal(0.8981169564614806, sameDay.R, 12);
        Assert.Equal(0.015041450971487014, sameDay.P, 12);
        // y_t with x_{t−1}: (2,2) (3,1) (4,4) (5,3) (7,5); day 7 (x_6 missing) and day 5 (y missing) left out.
        Assert.Equal(5, lagOne.Pairs);
    }

    private static double Sd(double[] x)
    {
        var mean = x.Average();
        return Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1));
    }

    private static double Autocorrelation(double[] a, double[] b, int lag) =>
        NaiveCorrelation.Test(a, b, lag).R;
}
