using FibroTrack.Core.Diary;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Statistics.Pacing;

namespace FibroTrack.Statistics.Tests.Pacing;

public sealed class PacingAnalysisTest
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    [Fact]
    public void Fit_TrueBreakpointAt120_RecoversHingeAndFindsEnvelope()
    {
        var sim = new PacingSimulation(11);
        var load = sim.Load(365);
        var y = sim.Outcome(load, slopeAbove: 0.02, breakpoint: 120);

        var result = PacingAnalysis.Fit(load, y, 1, Start, BuiltInVariables.Pain, "pain");

        Assert.Equal(PacingStatus.Estimated, result.Status);
        Assert.True(result.EnvelopeFound, $"p = {result.P}");
        Assert.Equal(result.Breakpoint, result.Envelope);
        Assert.InRange(result.Breakpoint!.Value, 95, 145);
        Assert.InRange(result.SlopeAbove!.Estimate, 0.012, 0.028);
        Assert.True(result.SlopeAbove.Lower > 0);
        Assert.True(result.SlopeBelow!.Lower < 0 && result.SlopeBelow.Upper > 0, "no slope below the breakpoint");
        Assert.True(result.P <= 0.001);
        Assert.True(result.MeanOutcomeAfterAbove > result.MeanOutcomeAfterAtOrBelow);
        Assert.Equal(load.Count(v => v > result.Breakpoint), result.DaysAboveBreakpointCount);
        Assert.All(result.DaysAboveBreakpoint, d => Assert.True(load[d.DayNumber - Start.DayNumber] > result.Breakpoint));
        Assert.Contains("associated with higher pain the next day", result.Text, StringComparison.Ordinal);
        Assert.Contains($"You went over {result.Breakpoint:0} on {result.DaysAboveBreakpointCount} days", result.Text, StringComparison.Ordinal);
        Assert.EndsWith("Association, not proven cause.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_LoadHasNoEffect_NoEnvelope()
    {
        var sim = new PacingSimulation(12);
        var load = sim.Load(200);
        var y = sim.Outcome(load);

        var result = PacingAnalysis.Fit(load, y, 1, Start, BuiltInVariables.Pain, "pain");

        Assert.Equal(PacingStatus.Estimated, result.Status);
        Assert.False(result.EnvelopeFound);
        Assert.Null(result.Envelope);
        Assert.True(result.P > 0.05);
        Assert.StartsWith("No overexertion pattern found yet", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_SameInput_SameAnswer()
    {
        var sim = new PacingSimulation(13);
        var load = sim.Load(150);
        var y = sim.Outcome(load, 0.005);

        var first = PacingAnalysis.Fit(load, y, 2, Start, BuiltInVariables.Fatigue, "fatigue");
        var second = PacingAnalysis.Fit(load, y, 2, Start, BuiltInVariables.Fatigue, "fatigue");

        Assert.Equal(first.P, second.P);
        Assert.Equal(first.CriticalT, second.CriticalT);
    }

    [Fact]
    public void UsableRows_GapInOutcomeOrLoad_NeverSpansIt()
    {
        double[] y = [1, 2, 3, double.NaN, 5, 6, 7, 8, 9];
        double[] load = [10, 20, double.NaN, 40, 50, 60, 70, double.NaN, 90];

        // h = 1: t needs y_t, y_{t−1}, L_{t−1}. t = 1 ✓; 2 ✓; 3, 4: y3 missing; 5 ✓; 6 ✓; 7 ✓; 8: L7 missing.
        Assert.Equal([1, 2, 5, 6, 7], HingeDesign.UsableRows(y, load, 1));
        // h = 2: L_{t−2}. t = 2 ✓; 4 no (y3); 5 ✓ (L3); 6 ✓; 7 ✓; 8 ✓ (L6); t = 3 no; t = 4 no (L2 and y3).
        Assert.Equal([2, 5, 6, 7, 8], HingeDesign.UsableRows(y, load, 2));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Fit_DiaryWithGaps_EveryPairIsExactlyHCalendarDaysApart(int horizon)
    {
        // Would fail if missing days were dropped and the series closed up: pairs would then span the gaps.
        var sim = new PacingSimulation(14);
        var load = sim.Load(200);
        var y = sim.Outcome(load, 0.01, horizon: horizon);
        sim.DropDays(0.15, load, y);

        var result = PacingAnalysis.Fit(load, y, horizon, Start, BuiltInVariables.Pain, "pain");

        Assert.Equal(PacingStatus.Estimated, result.Status);
        var expectedRows = Enumerable.Range(horizon, 200 - horizon)
            .Count(t => !double.IsNaN(y[t]) && !double.IsNaN(y[t - 1]) && !double.IsNaN(load[t - horizon]));
        Assert.Equal(expectedRows, result.UsableDays);
        Assert.True(result.UsableDays < 200 - 1 - (0.15 * 200), "the gaps removed rows");
        Assert.All(result.Points, p =>
        {
            Assert.Equal(horizon, p.OutcomeDate.DayNumber - p.LoadDate.DayNumber);
            var t = p.OutcomeDate.DayNumber - Start.DayNumber;
            Assert.Equal(y[t], p.Outcome);
            Assert.Equal(load[t - horizon], p.Load);
            Assert.False(double.IsNaN(y[t - 1]));
        });
    }

    [Fact]
    public void Fit_ConstantLoad_NoVariation()
    {
        var sim = new PacingSimulation(15);
        var load = Enumerable.Repeat(60.0, 120).ToArray();
        var y = sim.Outcome(load);

        var result = PacingAnalysis.Fit(load, y, 1, Start, BuiltInVariables.Pain, "pain");

        Assert.Equal(PacingStatus.NoVariation, result.Status);
        Assert.Equal(PacingNoVariationIn.Load, result.NoVariationIn);
        Assert.Null(result.Breakpoint);
    }

    [Fact]
    public void Fit_MostlyRestDays_NoBreakpointCanBePlaced()
    {
        // 85% of days at 0: the 20th–80th percentiles are all 0, and (L − 0)₊ = L is the load itself.
        var sim = new PacingSimulation(16);
        var load = sim.Load(120).Select((v, i) => i % 7 == 0 ? v + 30 : 0).ToArray();
        var y = sim.Outcome(load);

        var result = PacingAnalysis.Fit(load, y, 1, Start, BuiltInVariables.Pain, "pain");

        Assert.Equal(PacingStatus.NoVariation, result.Status);
        Assert.Equal(PacingNoVariationIn.Breakpoint, result.NoVariationIn);
    }

    [Fact]
    public void Fit_FiftyRatedDays_NotEnoughDataNeedsTenMore()
    {
        var sim = new PacingSimulation(17);
        var load = sim.Load(120);
        var y = sim.Outcome(load);
        for (var t = 50; t < 120; t++)
        {
            y[t] = double.NaN;
        }

        var result = PacingAnalysis.Fit(load, y, 1, Start, BuiltInVariables.Pain, "pain");

        Assert.Equal(PacingStatus.NotEnoughData, result.Status);
        Assert.Equal(10, result.MoreRatedDaysNeeded);
        Assert.Equal("Not enough data yet: need 10 more days with your pain rated.", result.Text);
    }

    [Fact]
    public void Fit_ActivityOnFewDays_NotEnoughDataCountsMissingRows()
    {
        var sim = new PacingSimulation(18);
        var load = sim.Load(100);
        var y = sim.Outcome(load);
        // Activity recorded on days 0–29 only: rows t = 1..30 for h = 1.
        for (var t = 30; t < 100; t++)
        {
            load[t] = double.NaN;
        }

        var result = PacingAnalysis.Fit(load, y, 1, Start, BuiltInVariables.Pain, "pain");

        Assert.Equal(PacingStatus.NotEnoughData, result.Status);
        Assert.Equal(30, result.UsableDays);
        Assert.Equal(10, result.MoreUsableDaysNeeded);
        Assert.StartsWith("Not enough data yet: need 10 more days with activity recorded, each followed the next day", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Grid_LoadsOneToHundred_TwentiethToEightiethPercentile()
    {
        var loads = Enumerable.Range(1, 100).Select(i => (double)i).ToArray();

        var grid = HingeDesign.Grid(loads, PacingOptions.Default);

        // R quantile(1:100, c(0.2, 0.25, …, 0.8)) (type 7): 1 + 99p.
        Assert.Equal(13, grid.Length);
        Assert.Equal(20.8, grid[0], 10);
        Assert.Equal(25.75, grid[1], 10);
        Assert.Equal(80.2, grid[^1], 10);
    }

    [Fact]
    public void Grid_TiedLoads_EachValueOnceAndEnoughDaysEachSide()
    {
        // 40% rest days at 0, then 30, 60, 90 (20% each): percentiles 20–35 are 0, 45–55 are 30, 65–75 are 60, the 80th is 66
        // (type 7: 60 + 0.2·30) and the 40th falls between tied values: 0 + 0.6·30 = 18.
        double[] loads = [.. Enumerable.Repeat(0.0, 40), .. Enumerable.Repeat(30.0, 20), .. Enumerable.Repeat(60.0, 20), .. Enumerable.Repeat(90.0, 20)];

        var grid = HingeDesign.Grid(loads, PacingOptions.Default);

        Assert.Equal(grid.Distinct().Count(), grid.Length);
        Assert.Equal(0, grid[0]);
        Assert.Contains(30, grid);
        Assert.Contains(60, grid);
        Assert.Equal(66, grid[^1], 10);
        Assert.Contains(grid, c => Math.Abs(c - 18) < 1e-9);
        Assert.All(grid, c => Assert.True(loads.Count(v => v > c) >= 8 && loads.Count(v => v <= c) >= 8));
    }

    [Fact]
    public void Fit_Curve_IsTheHingeAtTheMeans()
    {
        var sim = new PacingSimulation(19);
        var load = sim.Load(200);
        var y = sim.Outcome(load, 0.02);

        var result = PacingAnalysis.Fit(load, y, 1, Start, BuiltInVariables.Pain, "pain");

        var c = result.Breakpoint!.Value;
        var curve = result.Curve;
        Assert.Equal(PacingOptions.Default.ChartPoints, curve.Length);
        Assert.Equal(result.Points.Min(p => p.Load), curve[0].Load);
        Assert.Equal(result.Points.Max(p => p.Load), curve[^1].Load);
        for (var i = 1; i < curve.Length; i++)
        {
            var slope = (curve[i].Fitted - curve[i - 1].Fitted) / (curve[i].Load - curve[i - 1].Load);
            if (curve[i - 1].Load >= c)
            {
                Assert.Equal(result.SlopeAbove!.Estimate, slope, 9);
            }
            else if (curve[i].Load <= c)
            {
                Assert.Equal(result.SlopeBelow!.Estimate, slope, 9);
            }
        }
    }

    [Fact]
    public void Analyse_DailyMatrix_PainAndFatigueAtBothHorizonsFromWeightedMinutes()
    {
        var sim = new PacingSimulation(20);
        var minutes = sim.Load(120).Select(v => Math.Round(v / 2)).ToArray();
        var pain = sim.Outcome(minutes.Select(m => 2 * m).ToArray(), 0.02);
        var fatigue = sim.Outcome(minutes);
        var observations = new List<Observation>();
        for (var t = 0; t < 120; t++)
        {
            if (t % 10 == 3)
            {
                continue; // a missing diary day
            }

            var day = Start.AddDays(t);
            observations.Add(new Observation(day, BuiltInVariables.Pain, Math.Clamp(Math.Round(pain[t]), 0, 10), null));
            observations.Add(new Observation(day, BuiltInVariables.Fatigue, Math.Clamp(Math.Round(fatigue[t]), 0, 10), null));
            if (minutes[t] > 0)
            {
                observations.Add(new Observation(day, "activity.walking", minutes[t], "moderate"));
            }
        }

        var matrix = DailyMatrixBuilder.Build(VariableVocabulary.BuiltIn, observations, Start, Start.AddDays(119));

        var results = PacingAnalysis.Analyse(matrix);

        Assert.Equal(
            [(BuiltInVariables.Pain, 1), (BuiltInVariables.Pain, 2), (BuiltInVariables.Fatigue, 1), (BuiltInVariables.Fatigue, 2)],
            results.Select(r => (r.OutcomeCode, r.Horizon)));
        Assert.All(results, r => Assert.Equal(PacingStatus.Estimated, r.Status));
        // Moderate minutes count double; a diary day without a session has load 0, a missing day has none.
        Assert.All(results[0].Points, p => Assert.Equal(2 * minutes[p.LoadDate.DayNumber - Start.DayNumber], p.Load));
        Assert.DoesNotContain(results[0].Points, p => (p.LoadDate.DayNumber - Start.DayNumber) % 10 == 3);
    }

    [Fact]
    public void Fit_InvalidOptions_Throws()
    {
        double[] series = [1, 2, 3];
        Assert.Throws<ArgumentOutOfRangeException>(() => PacingAnalysis.Fit(series, series, 3, Start, "c", "l"));
        Assert.Throws<ArgumentException>(() => PacingAnalysis.Fit(series, series, 1, Start, "c", "l", new PacingOptions { LowestPercentile = 0.5, HighestPercentile = 0.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => PacingAnalysis.Fit(series, series, 1, Start, "c", "l", new PacingOptions { SimulationDraws = 10 }));
    }
}
