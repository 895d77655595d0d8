using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Statistics.Associations;
using FibroTrack.Statistics.Insights;

namespace FibroTrack.Statistics.Tests.Insights;

/// <summary>The whole analysis of one person, on the demo year whose truth is known.</summary>
public sealed class InsightEngineTest
{
    [Fact]
    public void Analyse_DemoYear_FindsProcessedFoodRaisingNextDayPain()
    {
        var (set, matrix, changes, infections) = DemoInsights.Inputs();

        var report = InsightEngine.Analyse(matrix, changes, infections);

        var finding = Assert.Single(report.Associations.Headlines, f => f.OutcomeCode == BuiltInVariables.Pain && f.ExposureCode == set.Truth.LaggedExposureCode);
        Assert.Equal(set.Truth.LagDays, finding.Lag);
        Assert.InRange(set.Truth.LaggedEffect, finding.Lower, finding.Upper);
        Assert.EndsWith("Association, not proven cause.", finding.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_DemoYear_CompositeJoinsTheAssociationFamily()
    {
        var report = DemoInsights.Analyse();

        Assert.Contains(report.Associations.Pairs, p => p.OutcomeCode == InsightCodes.Composite);
        Assert.Contains(report.Associations.Completeness, c => c.OutcomeCode == InsightCodes.Composite);
    }

    [Fact]
    public void Analyse_DemoYear_EveryRegimenChangeIsJudgedOnPainAndFatigue()
    {
        var (set, matrix, changes, infections) = DemoInsights.Inputs();

        var report = InsightEngine.Analyse(matrix, changes, infections);

        Assert.Equal(changes.Length, report.Treatments.Length);
        Assert.True(report.Treatments.Select(t => t.Change.Date).SequenceEqual(changes.Select(c => c.Date).Order()));
        var start = Assert.Single(report.Treatments, t => t.Change.ItemCode == set.Truth.RegimenChangeCode && t.Change.Kind == RegimenChangeKind.Start);
        Assert.Equal([BuiltInVariables.Pain, BuiltInVariables.Fatigue], start.Outcomes.Select(o => o.OutcomeCode));
        Assert.All(start.Outcomes, o => Assert.Contains("starting", o.Verdict, StringComparison.Ordinal));
    }

    [Fact]
    public void Analyse_DoseStepsOfTheSameItem_AreNamedAsConfoundersOfEachOther()
    {
        var (set, matrix, changes, infections) = DemoInsights.Inputs();

        var report = InsightEngine.Analyse(matrix, changes, infections);

        var start = report.Treatments.Single(t => t.Change.ItemCode == set.Truth.RegimenChangeCode && t.Change.Kind == RegimenChangeKind.Start);
        var step = set.Truth.RegimenDoseChangeDates[0];
        Assert.Contains(start.Confounders, c => c.Contains($"{step:yyyy-MM-dd}", StringComparison.Ordinal));
        Assert.DoesNotContain(start.Confounders, c => c.StartsWith("starting " + start.Change.ItemName, StringComparison.Ordinal));
    }

    [Fact]
    public void Analyse_ChangeBegunDuringADetectedFlare_IsFlaggedForRegressionToTheMean()
    {
        var (_, matrix, _, infections) = DemoInsights.Inputs();
        var flare = InsightEngine.Analyse(matrix, [], infections).Flares.Episodes[0];
        var change = new RegimenChange(flare.Start.AddDays(1), "med.magnesium", "magnesium", RegimenChangeKind.Start, "starting magnesium");

        var report = InsightEngine.Analyse(matrix, [change], infections);

        var treatment = Assert.Single(report.Treatments);
        Assert.True(treatment.StartedDuringFlare);
        Assert.All(treatment.Outcomes, o => Assert.True(o.RegressionToTheMeanWarning));
    }

    [Fact]
    public void Analyse_FiqrTotalsInTheMatrix_JoinTheTreatmentOutcomes()
    {
        var (set, matrix, changes, infections) = DemoInsights.Inputs();
        var fiqr = new double[matrix.DayCount];
        Array.Fill(fiqr, double.NaN);
        for (var d = 0; d < fiqr.Length; d += 7)
        {
            fiqr[d] = 50 + (d % 5);
        }

        var withFiqr = matrix.WithColumn(new MatrixColumn(InsightCodes.FiqrTotal, "FIQR total", VariableKind.Symptom, InsightCodes.FiqrTotal), fiqr);

        var report = InsightEngine.Analyse(withFiqr, changes, infections);

        var start = report.Treatments.Single(t => t.Change.ItemCode == set.Truth.RegimenChangeCode && t.Change.Kind == RegimenChangeKind.Start);
        var result = Assert.Single(start.Outcomes, o => o.OutcomeCode == InsightCodes.FiqrTotal);
        Assert.NotNull(result.Estimates);
        Assert.InRange(result.DaysBefore, 6, 13);
        Assert.Equal("questionnaires", result.Unit);
        Assert.Contains("questionnaires before", result.Verdict, StringComparison.Ordinal);
        Assert.DoesNotContain("fewer than 120", result.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_DemoInfections_GiveWeeklyTrajectoriesWithTheIllnessInWeekZero()
    {
        var (set, matrix, changes, infections) = DemoInsights.Inputs();

        var report = InsightEngine.Analyse(matrix, changes, infections);

        Assert.Equal(infections.Length, report.Infections.Length);
        var onset = report.Infections.First(i => i.Outcomes.Single(o => o.Code == BuiltInVariables.Fatigue).Change.Estimates is not null);
        var fatigue = onset.Outcomes.Single(o => o.Code == BuiltInVariables.Fatigue);
        Assert.Equal(24, fatigue.Weeks.Length);
        var week0 = fatigue.Weeks.Single(w => w.Week == 0);
        Assert.Equal(onset.Infection.Start, week0.From);
        // The demo's infections raise fatigue by 2.5 points for a week.
        var before = fatigue.Weeks.Where(w => w.Week is >= -4 and < 0 && w.Days > 0).Average(w => w.Mean);
        Assert.True(week0.Mean > before + 1, $"week 0 {week0.Mean:F2} against {before:F2} before");
    }

    [Fact]
    public void Analyse_NoChangesOrInfections_GivesEmptySections()
    {
        var (_, matrix, _, _) = DemoInsights.Inputs();

        var report = InsightEngine.Analyse(matrix, [], []);

        Assert.Empty(report.Treatments);
        Assert.Empty(report.Infections);
        Assert.Equal(matrix.Start, report.FirstDay);
        Assert.Equal(matrix.End, report.LastDay);
    }

    [Fact]
    public void Analyse_ShortDiary_SaysNotEnoughDataRatherThanInventingFindings()
    {
        var (_, matrix, changes, infections) = DemoInsights.Inputs();
        var observations = DemoInsights.Inputs().Set.ToObservations().Where(o => o.Date > matrix.End.AddDays(-30));
        var month = DailyMatrixBuilder.Build(DemoInsights.Inputs().Set.CreateVocabulary(), observations, matrix.End.AddDays(-29), matrix.End);

        var report = InsightEngine.Analyse(month, changes, infections);

        Assert.Empty(report.Associations.Findings);
        Assert.All(report.Associations.Pairs, p => Assert.Equal(AdlStatus.NotEnoughData, p.Fit.Status));
        Assert.All(report.Treatments.SelectMany(t => t.Outcomes), o => Assert.Null(o.Estimates));
    }

    [Fact]
    public void Analyse_ChangeBeforeTheDiaryStarts_IsExplainedNotCountedAsMissingData()
    {
        var (_, matrix, _, _) = DemoInsights.Inputs();
        var early = new RegimenChange(matrix.Start.AddDays(-400), "med.duloxetine", "duloxetine", RegimenChangeKind.Start, "starting duloxetine");

        var treatment = Assert.Single(InsightEngine.Analyse(matrix, [early], []).Treatments);

        Assert.Empty(treatment.Outcomes);
        Assert.Contains("before your diary starts", treatment.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_DemoYear_PacingForPainAndFatigueAtOneAndTwoDays()
    {
        var report = DemoInsights.Analyse();

        Assert.Equal(
            [(BuiltInVariables.Pain, 1), (BuiltInVariables.Pain, 2), (BuiltInVariables.Fatigue, 1), (BuiltInVariables.Fatigue, 2)],
            report.Pacing.Select(p => (p.OutcomeCode, p.Horizon)));
        Assert.All(report.Pacing, p => Assert.Equal(Statistics.Pacing.PacingStatus.Estimated, p.Status));
        // Activity has no effect in the demo, it only reacts to how the person feels (DemoTruth): no envelope.
        Assert.All(report.Pacing, p => Assert.False(p.EnvelopeFound, p.Text));
    }

    [Fact]
    public void Analyse_DemoYear_FlareOnsetJoinsTheSameFamily()
    {
        var report = DemoInsights.Analyse();
        var scan = report.Associations;

        Assert.NotEmpty(scan.FlareOnsets);
        var adlTests = scan.Pairs.Sum(p => p.Fit.Lags.Length);
        var onsetTests = scan.FlareOnsets.Sum(p => p.Fit.Lags.Length);
        Assert.Equal(adlTests + onsetTests, scan.FamilySize);
        Assert.All(scan.FlareOnsets.SelectMany(p => p.Fit.Lags), l => Assert.False(double.IsNaN(l.Q)));
    }

    [Fact]
    public void Analyse_FlareOnsetSwitchedOff_FamilyHoldsOnlyTheLinearModels()
    {
        var report = DemoInsights.Analyse(options: InsightOptions.Default with { FlareOnsetAssociations = false });

        Assert.Empty(report.Associations.FlareOnsets);
        Assert.Equal(report.Associations.Pairs.Sum(p => p.Fit.Lags.Length), report.Associations.FamilySize);
    }
}
