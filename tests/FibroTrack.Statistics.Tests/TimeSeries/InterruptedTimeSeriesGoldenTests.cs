using FibroTrack.Statistics.TimeSeries;

namespace FibroTrack.Statistics.Tests.TimeSeries;

/// <summary>
/// The whole path (daily matrix → window → design → REML fit) against nlme::gls on the golden data sets
/// (<see cref="ItsReference"/>): each set is laid on a calendar from day 1, so Analyse's t, post and tpost are
/// the script's. Estimates, standard errors, φ and the log-likelihood are nlme's; the t reference is not: nlme uses
/// n − k df, the ITS uses each contrast's Satterthwaite df (no R counterpart for gls), so p-values, intervals and
/// probabilities are checked as t(df) quantities with df ≤ n − k.
/// </summary>
public sealed class InterruptedTimeSeriesGoldenTests
{
    public static TheoryData<string> Datasets => ItsReference.Names;

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Analyse_GoldenData_LevelAndSlopeChangeMatchNlme(string name)
    {
        var data = ItsReference.Load(name);

        var e = Analyse(data).Estimates!;

        AssertEffect(data.Coefficients["post"], e.LevelChange, data.Df);
        AssertEffect(data.Coefficients["tpost"], e.SlopeChange, data.Df);
        AssertEffect(data.Coefficients["t"], e.SlopeBefore, data.Df);
        Assert.Equal(data.Phi, e.Phi, ItsReference.Tolerance);
        Assert.Equal(data.LogLik, e.Fit.RestrictedLogLikelihood, ItsReference.Tolerance);
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Analyse_GoldenData_ImportantChangeProbabilitiesArePtOnTheLevelsDf(string name)
    {
        // R: pt((-2 - b) / se, df) and pt((b - 2) / se, df) with nlme's b and se for "post", on the level change's df.
        var data = ItsReference.Load(name);

        var e = Analyse(data).Estimates!;

        var b = data.Coefficients["post"];
        var t = StudentT(e.LevelChange.DegreesOfFreedom);
        Assert.Equal(2, e.ImportantChangeThreshold);
        Assert.Equal(t.CumulativeDistribution((-2 - b.Estimate) / b.StandardError), e.ProbabilityImportantDecrease, ItsReference.Tolerance);
        Assert.Equal(t.CumulativeDistribution((b.Estimate - 2) / b.StandardError), e.ProbabilityImportantIncrease, ItsReference.Tolerance);
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Analyse_GoldenData_SatterthwaiteDfIsSmallerForTheSlopeUnderAutocorrelation(string name)
    {
        var data = ItsReference.Load(name);

        var e = Analyse(data).Estimates!;

        Assert.InRange(e.SlopeChange.DegreesOfFreedom, 1, data.Df);
        if (e.Phi > 0.3 && !e.Fit.PhiAtBound)
        {
            Assert.True(e.SlopeChange.DegreesOfFreedom < data.Df, $"φ {e.Phi:F2}: slope df {e.SlopeChange.DegreesOfFreedom:F1} of {data.Df}");
        }
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Analyse_GoldenData_CountsTheDaysUsed(string name)
    {
        var data = ItsReference.Load(name);

        var result = Analyse(data);

        Assert.Equal(data.Days.Count(d => d < data.ChangeT), result.DaysBefore);
        Assert.Equal(data.Days.Count(d => d >= data.ChangeT), result.DaysAfter);
        Assert.Equal(data.CalendarDays - data.Days.Length, result.Estimates!.MissingDays);
        Assert.Equal(data.CalendarDays - data.ChangeT + 1, result.Estimates.LastDayOffset);
    }

    private static ItsResult Analyse(ItsReference.Dataset data)
    {
        var matrix = ItsMatrices.WithPain(data.CalendarDays, data.Days.Zip(data.Y, (d, y) => (d - 1, y)));
        return InterruptedTimeSeries.Analyse(matrix, ItsMatrices.Pain, ItsMatrices.Start.AddDays(data.ChangeT - 1));
    }

    private static void AssertEffect(ItsReference.Coefficient expected, ItsEffect actual, int nlmeDf)
    {
        Assert.Equal(expected.Estimate, actual.Estimate, ItsReference.Tolerance);
        Assert.Equal(expected.StandardError, actual.StandardError, ItsReference.Tolerance);
        Assert.InRange(actual.DegreesOfFreedom, 1, nlmeDf);
        var t = StudentT(actual.DegreesOfFreedom);
        var q = t.InverseCumulativeDistribution(0.975);
        Assert.Equal(2 * t.CumulativeDistribution(-Math.Abs(expected.Estimate / expected.StandardError)), actual.P, ItsReference.Tolerance);
        Assert.Equal(expected.Estimate - (q * expected.StandardError), actual.Lower, ItsReference.Tolerance);
        Assert.Equal(expected.Estimate + (q * expected.StandardError), actual.Upper, ItsReference.Tolerance);
        // With n − k df these are nlme's own p and interval.
        if (actual.DegreesOfFreedom == nlmeDf)
        {
            Assert.Equal(expected.P, actual.P, ItsReference.Tolerance);
        }
    }

    private static MathNet.Numerics.Distributions.StudentT StudentT(double df) => new(0, 1, df);
}
