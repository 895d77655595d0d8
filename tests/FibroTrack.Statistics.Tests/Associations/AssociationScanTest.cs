using FibroTrack.Core.Demo;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Statistics.Associations;
using FibroTrack.Statistics.MultipleTesting;

namespace FibroTrack.Statistics.Tests.Associations;

public sealed class AssociationScanTest
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public void Run_PlantedLagOneEffect_HeadlineWithWordsAndInterval()
    {
        var (matrix, _) = PlantedMatrix(seed: 11, days: 200, effect: 1.0);

        var result = AssociationScan.Run(matrix, [BuiltInVariables.Pain]);

        var finding = Assert.Single(result.Headlines);
        Assert.Equal("diet.berries", finding.ExposureCode);
        Assert.Equal(1, finding.Lag);
        Assert.True(finding.Lower <= 1.0 && 1.0 <= finding.Upper, $"{finding.Lower}..{finding.Upper}");
        Assert.StartsWith("On days after Berries, your overall pain was ", finding.Text, StringComparison.Ordinal);
        Assert.Contains("points higher (95% interval +", finding.Text, StringComparison.Ordinal);
        Assert.Contains($"Based on {finding.Days} days ({finding.DaysWith} the day after Berries, {finding.DaysWithout} without)", finding.Text, StringComparison.Ordinal);
        Assert.EndsWith("Association, not proven cause.", finding.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PlantedContinuousEffect_SpeaksPerHour()
    {
        var sim = new SyntheticSeries(16);
        var sleep = sim.Ar1(200, 0.3, 0.8);
        var pain = sim.Ar1(200, 0.6);
        for (var t = 0; t < 200; t++)
        {
            sleep[t] += 7;
            pain[t] += 5 - (t > 0 ? 0.6 * (sleep[t - 1] - 7) : 0);
        }

        var matrix = SyntheticSeries.Matrix(Start, new Dictionary<string, double[]> { [BuiltInVariables.Pain] = pain, [BuiltInVariables.SleepHours] = sleep });

        var finding = Assert.Single(AssociationScan.Run(matrix, [BuiltInVariables.Pain]).Headlines);

        Assert.Equal(BuiltInVariables.SleepHours, finding.ExposureCode);
        Assert.True(finding.Lower <= -0.6 && -0.6 <= finding.Upper);
        Assert.StartsWith("For each extra hour of Hours slept, your overall pain the next day was ", finding.Text, StringComparison.Ordinal);
        Assert.Contains("points lower (95% interval −", finding.Text, StringComparison.Ordinal);
        Assert.Contains("taking into account your overall pain the day before, Hours slept on the other days and your long-run trend.", finding.Text, StringComparison.Ordinal);
        Assert.EndsWith("Association, not proven cause.", finding.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Family_IsEveryLagOfEveryEstimatedPairAdjustedTogether()
    {
        var (matrix, _) = PlantedMatrix(seed: 12, days: 200, effect: 0.5);

        var result = AssociationScan.Run(matrix, [BuiltInVariables.Pain, BuiltInVariables.Fatigue]);

        var lags = result.Pairs.Where(p => p.Fit.Status == AdlStatus.Estimated).SelectMany(p => p.Fit.Lags).ToList();
        Assert.Equal(lags.Count, result.FamilySize);
        Assert.Equal(3 * result.Pairs.Count(p => p.Fit.Status == AdlStatus.Estimated), result.FamilySize);
        var expected = BenjaminiHochberg.Adjust([.. lags.Select(l => l.P)]);
        Assert.Equal(expected, lags.Select(l => l.Q));
        Assert.All(result.Pairs.Where(p => p.Headline is not null), p => Assert.Equal(p.Fit.Lags.Min(l => l.Q), p.Headline!.Q));
    }

    [Fact]
    public void Run_ConstantAndRareExposures_ExplainedNotEstimated()
    {
        var (matrix, _) = PlantedMatrix(seed: 13, days: 200, effect: 0);

        var result = AssociationScan.Run(matrix, [BuiltInVariables.Pain]);

        var constant = result.Pairs.Single(p => p.ExposureCode == BuiltInVariables.ScreensBeforeBed);
        Assert.Equal(AdlStatus.NoVariation, constant.Fit.Status);
        Assert.StartsWith("No variation: Screens in the hour before bed had the same value on every day analysed", constant.Text, StringComparison.Ordinal);
        var rare = result.Pairs.Single(p => p.ExposureCode == "diet.alcohol");
        Assert.Equal(AdlStatus.NotEnoughData, rare.Fit.Status);
        Assert.StartsWith($"Not enough data yet: need {rare.Fit.MoreDaysWithNeeded} more days with Alcohol", rare.Text, StringComparison.Ordinal);
        Assert.Null(rare.Headline);
        Assert.Empty(rare.Fit.Lags);
    }

    [Fact]
    public void Run_ShortDiary_NotEnoughRatedDays()
    {
        var (matrix, _) = PlantedMatrix(seed: 14, days: 50, effect: 0);

        var result = AssociationScan.Run(matrix, [BuiltInVariables.Pain]);

        Assert.Equal(0, result.FamilySize);
        Assert.NotEmpty(result.Pairs);
        Assert.All(result.Pairs, p =>
        {
            Assert.Equal(60 - p.Fit.RatedDays, p.Fit.MoreRatedDaysNeeded);
            Assert.Equal($"Not enough data yet: need {p.Fit.MoreRatedDaysNeeded} more days with a rating of your overall pain.", p.Text);
        });
    }

    [Fact]
    public void Run_UnknownOutcome_Throws()
    {
        var (matrix, _) = PlantedMatrix(seed: 15, days: 80, effect: 0);
        Assert.Throws<ArgumentException>(() => AssociationScan.Run(matrix, ["symptom.nope"]));
    }

    [Fact]
    public void DefaultExposures_DemoMatrix_ExposuresAndTreatmentsOnly()
    {
        var (data, matrix) = Demo(DemoDiaryGenerator.DefaultDays);

        var exposures = AssociationScan.DefaultExposures(matrix, data.CreateVocabulary());

        Assert.Contains("diet.processed-food", exposures);
        Assert.Contains(MatrixCodes.ActivityLoad, exposures);
        Assert.Contains(BuiltInVariables.SleepHours, exposures);
        Assert.Contains(BuiltInVariables.ScreensBeforeBed, exposures);
        Assert.Contains(BuiltInVariables.Stress, exposures);
        Assert.Contains(BuiltInVariables.MeditationMinutes, exposures);
        Assert.Contains(data.Truth.RegimenChangeCode, exposures);
        Assert.DoesNotContain(MatrixCodes.ActivityMinutes, exposures);
        Assert.DoesNotContain("activity.walking", exposures);
        Assert.DoesNotContain(BuiltInVariables.Bedtime, exposures);
        Assert.DoesNotContain(BuiltInVariables.Pain, exposures);
        Assert.DoesNotContain(BuiltInVariables.Menstruation, exposures);
    }

    // The demo's truth (DemoTruth): processed food raises next-day pain by 0.8; eleven other diet flags have no effect.
    // The demo person also has a weekly rhythm (weekends 0.4 lower, DemoTruth.WeekdayEffects), so this analysis uses
    // the day-of-week covariate STATS.md §1 lists as optional. With the defaults the same data give a lag-1 estimate of
    // 0.61 (0.18 to 1.04), p = 0.006, q = 0.61: only 148 of 365 days have a complete lag window (diet is left blank on
    // ~12% of diary days) and the family has 330 tests, so one year is not always enough — see the next two tests.
    [Fact]
    public void Run_DemoYearWithWeekday_FindsProcessedFoodAsHeadlineNearTruth()
    {
        var (data, matrix) = Demo(DemoDiaryGenerator.DefaultDays);

        var result = AssociationScan.Run(matrix, options: new AssociationOptions { Vocabulary = data.CreateVocabulary(), IncludeDayOfWeek = true });

        var pain = result.Headlines.Single(f => f.OutcomeCode == BuiltInVariables.Pain && f.ExposureCode == data.Truth.LaggedExposureCode);
        Assert.Equal(data.Truth.LagDays, pain.Lag);
        Assert.InRange(pain.Effect, 0.5, 1.1);
        Assert.True(pain.Lower < data.Truth.LaggedEffect && data.Truth.LaggedEffect < pain.Upper, $"{pain.Lower}..{pain.Upper}");
        Assert.Contains("Association, not proven cause.", pain.Text, StringComparison.Ordinal);
        Assert.True(result.Headlines.Count(f => data.Truth.NoEffectExposureCodes.Contains(f.ExposureCode) && f.ExposureCode.StartsWith("diet.", StringComparison.Ordinal)) <= 1);
        Assert.All(result.Findings, f => Assert.EndsWith("Association, not proven cause.", f.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_DemoYearDefaults_EstimateCoversTruthAndNoFalseDietHeadlines()
    {
        var (data, matrix) = Demo(DemoDiaryGenerator.DefaultDays);

        var result = AssociationScan.Run(matrix, options: new AssociationOptions { Vocabulary = data.CreateVocabulary() });

        var pair = result.Pairs.Single(p => p.OutcomeCode == BuiltInVariables.Pain && p.ExposureCode == data.Truth.LaggedExposureCode);
        var lag1 = pair.Fit.Lags[0];
        Assert.True(lag1.Lower < data.Truth.LaggedEffect && data.Truth.LaggedEffect < lag1.Upper);
        Assert.True(lag1.P < 0.01);
        Assert.True(result.Headlines.Count(f => data.Truth.NoEffectExposureCodes.Contains(f.ExposureCode)) <= 1);
    }

    [Fact]
    public void Run_DemoTwoYearsDefaults_FindsProcessedFoodAsHeadline()
    {
        var (data, matrix) = Demo(730);

        var result = AssociationScan.Run(matrix, options: new AssociationOptions { Vocabulary = data.CreateVocabulary() });

        var pain = result.Headlines.Single(f => f.OutcomeCode == BuiltInVariables.Pain && f.ExposureCode == data.Truth.LaggedExposureCode);
        Assert.Equal(1, pain.Lag);
        Assert.True(pain.Q < 0.001);
    }

    [Fact]
    public void Run_DemoYear_ReportsCompleteness()
    {
        var (data, matrix) = Demo(DemoDiaryGenerator.DefaultDays);

        var result = AssociationScan.Run(matrix, options: new AssociationOptions { Vocabulary = data.CreateVocabulary() });

        var pain = result.Completeness.Single(c => c.OutcomeCode == BuiltInVariables.Pain);
        Assert.Equal(365, pain.CalendarDays);
        Assert.InRange(pain.Completion, 0.80, 0.90);
        Assert.True(pain.DaysNextToGap > 10);
    }

    private static (DemoDataSet Data, DailyMatrix Matrix) Demo(int days)
    {
        var data = DemoDiaryGenerator.Generate(new DateOnly(2026, 11, 24), days);
        return (data, DailyMatrixBuilder.Build(data.CreateVocabulary(), data.ToObservations(), data.Truth.FirstDay, data.Truth.LastDay));
    }

    /// <summary>Pain and fatigue AR(1); berries raise next-day pain by <paramref name="effect"/>; screens always yes; alcohol on 5 days.</summary>
    private static (DailyMatrix Matrix, double[] Pain) PlantedMatrix(int seed, int days, double effect)
    {
        var sim = new SyntheticSeries(seed);
        var berries = sim.Markov(days, 0.4, 0.3);
        var coffee = sim.Markov(days, 0.6, 0.4);
        var pain = sim.Ar1(days, 0.6);
        var fatigue = sim.Ar1(days, 0.6);
        for (var t = 0; t < days; t++)
        {
            pain[t] += 5 + (t > 0 ? effect * berries[t - 1] : 0);
            fatigue[t] += 4;
        }

        var alcohol = new double[days];
        for (var t = 0; t < Math.Min(5, days); t++)
        {
            alcohol[t * 9] = 1;
        }

        var series = new Dictionary<string, double[]>
        {
            [BuiltInVariables.Pain] = pain,
            [BuiltInVariables.Fatigue] = fatigue,
            ["diet.berries"] = berries,
            ["diet.caffeine"] = coffee,
            ["diet.alcohol"] = alcohol,
            [BuiltInVariables.ScreensBeforeBed] = Enumerable.Repeat(1.0, days).ToArray(),
        };
        sim.DropDays(0.05, [.. series.Values]);
        return (SyntheticSeries.Matrix(Start, series), pain);
    }
}
