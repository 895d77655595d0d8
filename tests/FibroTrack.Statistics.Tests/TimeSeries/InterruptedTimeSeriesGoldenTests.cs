using FibroTrack.Statistics.TimeSeries;

namespace FibroTrack.Statistics.Tests.TimeSeries;

/// <summary>
/// The whole path (daily matrix → window → design → REML fit) against nlme::gls on the golden data sets
/// (<see cref="ItsReference"/>): each set is laid on a calendar from day 1, so Analyse's t, post and tpost are
/// the script's.
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

        AssertEffect(data.Coefficients["post"], e.LevelChange);
        AssertEffect(data.Coefficients["tpost"], e.SlopeChange);
        AssertEffect(data.Coefficients["t"], e.SlopeBefore);
        Assert.Equal(data.Phi, e.Phi, ItsReference.Tolerance);
        Assert.Equal(data.LogLik, e.Fit.RestrictedLogLikelihood, ItsReference.Tolerance);
    }

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Analyse_GoldenData_ImportantChangeProbabilitiesMatchPt(string name)
    {
        // R: pt((-2 - b) / se, df) and pt((b - 2) / se, df) with nlme's b and se for "post".
        var data = ItsReference.Load(name);

        var e = Analyse(data).Estimates!;

        Assert.Equal(2, e.ImportantChangeThreshold);
        Assert.Equal(data.PLevelBelowMinus2, e.ProbabilityImportantDecrease, ItsReference.Tolerance);
        Assert.Equal(data.PLevelAbovePlus2, e.ProbabilityImportantIncrease, ItsReference.Tolerance);
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

    private static void AssertEffect(ItsReference.Coefficient expected, ItsEffect actual)
    {
        Assert.Equal(expected.Estimate, actual.Estimate, ItsReference.Tolerance);
        Assert.Equal(expected.StandardError, actual.StandardError, ItsReference.Tolerance);
        Assert.Equal(expected.P, actual.P, ItsReference.Tolerance);
        Assert.Equal(expected.Lower95, actual.Lower, ItsReference.Tolerance);
        Assert.Equal(expected.Upper95, actual.Upper, ItsReference.Tolerance);
    }
}
