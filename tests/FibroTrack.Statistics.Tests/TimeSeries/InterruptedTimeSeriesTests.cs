using FibroTrack.Core.Matrix;
using FibroTrack.Statistics.TimeSeries;

namespace FibroTrack.Statistics.Tests.TimeSeries;

public sealed class InterruptedTimeSeriesTests
{
    private static readonly DateOnly Change = ItsMatrices.Start.AddDays(100);

    [Fact]
    public void Analyse_LongHistory_UsesAtMostNinetyCalendarDaysEachSide()
    {
        var matrix = Series(calendarDays: 300, seed: 1);

        var result = InterruptedTimeSeries.Analyse(matrix, ItsMatrices.Pain, Change);

        Assert.Equal(90, result.DaysBefore);
        Assert.Equal(90, result.DaysAfter);
        Assert.Equal(Change.AddDays(-90), result.Estimates!.FirstDay);
        Assert.Equal(Change.AddDays(89), result.Estimates.LastDay);
        Assert.Equal(90, result.Estimates.LastDayOffset);
    }

    [Fact]
    public void Analyse_TooFewDaysBefore_ReturnsNoNumbersAndSaysWhatIsMissing()
    {
        var matrix = ItsMatrices.WithPain(200, Noise(200, seed: 2).Select((v, d) => (d, v)).Where(p => p.d >= 80));

        var result = InterruptedTimeSeries.Analyse(matrix, ItsMatrices.Pain, Change);

        Assert.Null(result.Estimates);
        Assert.Equal(20, result.DaysBefore);
        Assert.Contains("need 8 more days with overall pain recorded in the 90 days before it (has 20 of 28).", result.MissingData, StringComparison.Ordinal);
        Assert.DoesNotContain("from it on", result.MissingData, StringComparison.Ordinal);
        Assert.StartsWith("Not enough data yet", result.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_ChangeAfterTheLastDay_NeedsDaysAfter()
    {
        var matrix = Series(calendarDays: 100, seed: 3);

        var result = InterruptedTimeSeries.Analyse(matrix, ItsMatrices.Pain, Change.AddDays(5));

        Assert.Null(result.Estimates);
        Assert.Equal(0, result.DaysAfter);
        Assert.Contains("need 28 more days with overall pain recorded in the 90 days from it on (has 0 of 28)", result.MissingData, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_SameRatingEveryDay_ReturnsNoNumbers()
    {
        var matrix = ItsMatrices.WithPain(200, Enumerable.Range(0, 200).Select(d => (d, 5.0)));

        var result = InterruptedTimeSeries.Analyse(matrix, ItsMatrices.Pain, Change);

        Assert.Null(result.Estimates);
        Assert.Contains("no variation", result.MissingData, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_ClearTwoPointDrop_VerdictSaysPainFellWithInterval()
    {
        var matrix = Series(calendarDays: 200, seed: 4, drop: 2);

        var result = InterruptedTimeSeries.Analyse(matrix, ItsMatrices.Pain, Change, new ItsOptions { ChangeDescription = "starting pregabalin" });

        var e = result.Estimates!;
        Assert.True(e.LevelChange.Upper < 0);
        Assert.StartsWith("Overall pain fell by ", result.Verdict, StringComparison.Ordinal);
        Assert.Contains("right after starting pregabalin on 2025-04-11", result.Verdict, StringComparison.Ordinal);
        Assert.EndsWith("This is an association in time, not proven cause.", result.Verdict, StringComparison.Ordinal);
        Assert.True(e.ProbabilityImportantDecrease > 0.2);
        Assert.True(e.ProbabilityImportantIncrease < 1e-3);
    }

    [Fact]
    public void Analyse_StartedDuringFlareWithConfounders_EchoesThemAsCautions()
    {
        var matrix = Series(calendarDays: 200, seed: 5);
        string[] confounders = ["stopped duloxetine on 2025-03-20", "influenza 2025-05-02 to 2025-05-08"];

        var result = InterruptedTimeSeries.Analyse(matrix, ItsMatrices.Pain, Change,
            new ItsOptions { StartedDuringFlare = true, Confounders = confounders });

        Assert.True(result.RegressionToTheMeanWarning);
        Assert.Equal(confounders, result.Confounders);
        Assert.Contains(result.Cautions, c => c.Contains("regression to the mean", StringComparison.Ordinal));
        Assert.Contains("stopped duloxetine on 2025-03-20; influenza 2025-05-02 to 2025-05-08", result.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_NoContext_HasNoCautionsBeyondCalibration()
    {
        var matrix = Series(calendarDays: 300, seed: 6);

        var result = InterruptedTimeSeries.Analyse(matrix, ItsMatrices.Pain, Change);

        Assert.False(result.RegressionToTheMeanWarning);
        Assert.Empty(result.Confounders);
        Assert.Empty(result.Cautions);
    }

    [Fact]
    public void Analyse_ShortWindow_WarnsAboutCalibration()
    {
        var matrix = Series(calendarDays: 200, seed: 7);

        var result = InterruptedTimeSeries.Analyse(matrix, ItsMatrices.Pain, Change, new ItsOptions { MaxDaysEachSide = 40 });

        Assert.Contains(result.Cautions, c => c.Contains("fewer than 120", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyse_ThirtyPercentRule_ThresholdIsThirtyPercentOfTheBaselineMean()
    {
        var matrix = Series(calendarDays: 200, seed: 8);

        var result = InterruptedTimeSeries.Analyse(matrix, ItsMatrices.Pain, Change,
            new ItsOptions { ImportantChange = ImportantChange.ThirtyPercentOfBaseline });

        var e = result.Estimates!;
        Assert.Equal(0.3 * e.BaselineMean, e.ImportantChangeThreshold, 1e-12);
        Assert.Contains("30% of the earlier average", result.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_ProbabilitiesOfImportantChange_AreTheTTailsAroundTheEstimate()
    {
        var matrix = Series(calendarDays: 200, seed: 9, drop: 1);

        var e = InterruptedTimeSeries.Analyse(matrix, ItsMatrices.Pain, Change,
            new ItsOptions { ImportantChange = ImportantChange.Points(1) }).Estimates!;

        var df = e.LevelChange.DegreesOfFreedom; // the level change's Satterthwaite df
        var below = MathNet.Numerics.Distributions.StudentT.CDF(0, 1, df, (-1 - e.LevelChange.Estimate) / e.LevelChange.StandardError);
        var above = 1 - MathNet.Numerics.Distributions.StudentT.CDF(0, 1, df, (1 - e.LevelChange.Estimate) / e.LevelChange.StandardError);
        Assert.Equal(below, e.ProbabilityImportantDecrease, 1e-9);
        Assert.Equal(above, e.ProbabilityImportantIncrease, 1e-9);
    }

    [Fact]
    public void Analyse_UnknownColumn_Throws()
    {
        var matrix = Series(calendarDays: 200, seed: 10);

        Assert.Throws<ArgumentException>(() => InterruptedTimeSeries.Analyse(matrix, "symptom.nope", Change));
    }

    [Fact]
    public void Analyse_MinimumAboveMaximum_Throws()
    {
        var matrix = Series(calendarDays: 200, seed: 11);

        Assert.Throws<ArgumentException>(() =>
            InterruptedTimeSeries.Analyse(matrix, ItsMatrices.Pain, Change, new ItsOptions { MinDaysEachSide = 60, MaxDaysEachSide = 50 }));
    }

    /// <summary>AR(1) pain (φ = 0.6, SD 1.2 around 6) with a level drop of <paramref name="drop"/> from <see cref="Change"/> on.</summary>
    private static DailyMatrix Series(int calendarDays, int seed, double drop = 0)
    {
        var change = Change.DayNumber - ItsMatrices.Start.DayNumber;
        return ItsMatrices.WithPain(calendarDays, Noise(calendarDays, seed).Select((v, d) => (d, d >= change ? v - drop : v)));
    }

    private static double[] Noise(int days, int seed) => ItsMatrices.Ar1(new Random(seed), days, phi: 0.6, sd: 1.2, mean: 6);
}
