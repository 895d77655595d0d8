using FibroTrack.Statistics.MixedModels;

namespace FibroTrack.Statistics.Tests.MixedModels;

/// <summary>
/// Seeded simulations: the within-person estimate recovers the within effect even when people with high markers
/// differ systematically (a between-person effect of the opposite sign, as confounding by stable traits would give).
/// </summary>
public sealed class WithinBetweenSimulationTests
{
    private const double TrueWithin = 0.6;
    private const double TrueBetween = -0.8;

    [Fact]
    public void Fit_WithinAndBetweenDiffer_RecoversBothAndCoversTheWithinEffect()
    {
        var covered = 0;
        var estimates = new List<double>();
        const int Replicates = 200;
        for (var seed = 0; seed < Replicates; seed++)
        {
            var (persons, x, y) = Simulate(new Random(9000 + seed), people: 40, tau: 1.0, sigma: 1.0);
            var fit = WithinBetweenModel.Fit(persons, x, y);
            estimates.Add(fit.Within.Estimate);
            if (fit.Within.Lower <= TrueWithin && TrueWithin <= fit.Within.Upper)
            {
                covered++;
            }
        }

        // Monte Carlo SE of a 95% coverage over 200 replicates is about 0.015.
        Assert.InRange(covered / (double)Replicates, 0.91, 0.99);
        Assert.InRange(estimates.Average(), TrueWithin - 0.03, TrueWithin + 0.03);
    }

    [Fact]
    public void Fit_LargeCohort_SeparatesWithinFromBetween()
    {
        var (persons, x, y) = Simulate(new Random(42), people: 300, tau: 1.0, sigma: 1.0);

        var fit = WithinBetweenModel.Fit(persons, x, y);

        Assert.InRange(fit.Within.Estimate, TrueWithin - 0.1, TrueWithin + 0.1);
        Assert.InRange(fit.Between.Estimate, TrueBetween - 0.2, TrueBetween + 0.2);
        Assert.True(fit.Between.Upper < fit.Within.Lower, "the between and within intervals should not overlap");
        Assert.InRange(fit.Model.IntraclassCorrelation, 0.35, 0.65);
        Assert.Equal(300 - 2, fit.Between.DegreesOfFreedom);
    }

    [Fact]
    public void Fit_NoPersonEffect_TauNearZeroAndWithinStillRecovered()
    {
        var (persons, x, y) = Simulate(new Random(7), people: 100, tau: 0, sigma: 1.0);

        var fit = WithinBetweenModel.Fit(persons, x, y);

        Assert.True(fit.Model.Tau < 0.3, $"tau {fit.Model.Tau} should be near zero");
        Assert.InRange(fit.Within.Estimate, TrueWithin - 0.2, TrueWithin + 0.2);
    }

    [Fact]
    public void Fit_MarkerConstantWithinEveryPerson_Throws()
    {
        int[] persons = [0, 0, 1, 1, 2, 2, 3, 3];
        double[] x = [1, 1, 2, 2, 3, 3, 4, 4];
        double[] y = [1, 2, 2, 3, 3, 5, 4, 4];

        var error = Assert.Throws<ArgumentException>(() => WithinBetweenModel.Fit(persons, x, y));

        Assert.Contains("within", error.Message, StringComparison.Ordinal);
    }

    /// <summary>2–8 visits per person; the person's marker level and the person effect are independent.</summary>
    private static (int[] Persons, double[] X, double[] Y) Simulate(Random random, int people, double tau, double sigma)
    {
        var persons = new List<int>();
        var x = new List<double>();
        var y = new List<double>();
        for (var p = 0; p < people; p++)
        {
            var visits = random.Next(2, 9);
            var level = Normal(random) * 1.0;
            var intercept = Normal(random) * tau;
            var values = Enumerable.Range(0, visits).Select(_ => level + (Normal(random) * 0.8)).ToArray();
            var mean = values.Average();
            foreach (var value in values)
            {
                persons.Add(p);
                x.Add(value);
                y.Add(5 + (TrueWithin * (value - mean)) + (TrueBetween * mean) + intercept + (Normal(random) * sigma));
            }
        }

        return ([.. persons], [.. x], [.. y]);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
