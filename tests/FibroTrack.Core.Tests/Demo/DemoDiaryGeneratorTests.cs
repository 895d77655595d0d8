using System.Globalization;
using FibroTrack.Core.Demo;
using FibroTrack.Core.Diary;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Regimen;
using FibroTrack.Core.Vocabulary;
using Microsoft.Extensions.Time.Testing;

namespace FibroTrack.Core.Tests.Demo;

public sealed class DemoDiaryGeneratorTests
{
    private static readonly DateOnly LastDay = new(2026, 11, 24);

    private static readonly Lazy<DemoDataSet> DefaultSet = new(() => DemoDiaryGenerator.Generate(LastDay));

    private static DemoDataSet Default => DefaultSet.Value;

    [Fact]
    public void Generate_SameSeed_IsDeterministic()
    {
        var a = DemoDiaryGenerator.Generate(LastDay, seed: 7);
        var b = DemoDiaryGenerator.Generate(LastDay, seed: 7);

        Assert.Equal(a.Days.Count, b.Days.Count);
        Assert.Equal(a.ToObservations(), b.ToObservations());
        Assert.Equal(a.Truth.LatentPain, b.Truth.LatentPain);
        Assert.Equal(a.Truth.MissingDates, b.Truth.MissingDates);
        Assert.Equal(a.Truth.Flares, b.Truth.Flares);
        Assert.Equal(a.Truth.Infections, b.Truth.Infections);
        Assert.Equal(a.Regimen.Count, b.Regimen.Count);
        for (var i = 0; i < a.Regimen.Count; i++)
        {
            Assert.Equal(a.Regimen[i] with { Doses = [] }, b.Regimen[i] with { Doses = [] });
            Assert.Equal(a.Regimen[i].Doses, b.Regimen[i].Doses);
        }
    }

    [Fact]
    public void Generate_DefaultArguments_AreAYearWithTheDefaultSeed()
    {
        Assert.Equal(365, Default.Truth.CalendarDays);
        Assert.Equal(LastDay, Default.Truth.LastDay);
        Assert.Equal(LastDay.AddDays(-364), Default.Truth.FirstDay);
        Assert.Equal(DemoDiaryGenerator.DefaultSeed, Default.Truth.Seed);
        Assert.Equal(Default.ToObservations(), DemoDiaryGenerator.Generate(LastDay, 365, 20261124).ToObservations());
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentData()
    {
        var other = DemoDiaryGenerator.Generate(LastDay, seed: 8);
        Assert.NotEqual(Default.Truth.LatentPain, other.Truth.LatentPain);
        Assert.NotEqual(Default.ToObservations(), other.ToObservations());
    }

    [Fact]
    public void Generate_EveryDay_PassesDiaryValidatorUnchanged()
    {
        var vocabulary = Default.CreateVocabulary();
        var validator = new DiaryValidator(vocabulary, ClockAfter(LastDay));

        foreach (var day in Default.Days)
        {
            var result = validator.Validate(day.ToInput(vocabulary));
            Assert.True(result.IsValid, $"{day.Date:yyyy-MM-dd}: {string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}"))}");
            Assert.Equal(day.ToObservations(), result.Value!.ToObservations());
        }
    }

    [Theory]
    [InlineData(DemoDiaryGenerator.MinDays, 1)]
    [InlineData(200, 2)]
    [InlineData(730, 3)]
    public void Generate_OtherLengthsAndSeeds_PassDiaryValidator(int days, int seed)
    {
        var set = DemoDiaryGenerator.Generate(LastDay, days, seed);
        var vocabulary = set.CreateVocabulary();
        var validator = new DiaryValidator(vocabulary, ClockAfter(LastDay));

        Assert.Equal(days, set.Truth.CalendarDays);
        Assert.All(set.Days, day => Assert.True(validator.Validate(day.ToInput(vocabulary)).IsValid, day.Date.ToString("O", CultureInfo.InvariantCulture)));
        Assert.NotEmpty(set.Truth.Flares);
        Assert.NotEmpty(set.Truth.Infections);
        Assert.Equal(2, set.Truth.RegimenDoseChangeDates.Count);
    }

    [Theory]
    [InlineData(DemoDiaryGenerator.MinDays - 1)]
    [InlineData(DemoDiaryGenerator.MaxDays + 1)]
    public void Generate_DaysOutOfRange_Throws(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoDiaryGenerator.Generate(LastDay, days));

    [Fact]
    public void Generate_RangeBefore1900_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoDiaryGenerator.Generate(new DateOnly(1900, 6, 1)));

    [Fact]
    public void Generate_Days_AreOrderedAndPartitionTheCalendarWithTheMissingDates()
    {
        var truth = Default.Truth;
        var recorded = Default.Days.Select(d => d.Date).ToList();

        Assert.Equal(recorded.Order(), recorded);
        Assert.Equal(truth.RecordedDays, recorded.Count);
        Assert.Empty(recorded.Intersect(truth.MissingDates));
        var all = recorded.Concat(truth.MissingDates).Order().ToList();
        Assert.Equal(Enumerable.Range(0, truth.CalendarDays).Select(truth.FirstDay.AddDays), all);
        Assert.Contains(truth.LastDay, recorded);
    }

    [Fact]
    public void Generate_Missingness_IsAboutTenToFifteenPercentWithBlocks()
    {
        var truth = Default.Truth;
        Assert.InRange(truth.MissingFraction, 0.10, 0.15);

        var holiday = Assert.Single(truth.MissingBlocks, b => b.Label == "holiday");
        Assert.Equal(8, holiday.Days);
        Assert.Contains(truth.MissingBlocks, b => b.Label == "gap" && b.Days is >= 2 and <= 4);
        foreach (var block in truth.MissingBlocks)
        {
            Assert.All(Enumerable.Range(0, block.Days).Select(block.Start.AddDays), d => Assert.Contains(d, truth.MissingDates));
        }

        // Travel is recorded on both sides of the holiday.
        var byDate = Default.Days.ToDictionary(d => d.Date);
        Assert.Equal(1, byDate[holiday.Start.AddDays(-1)].Values[BuiltInVariables.Travel].Number);
        Assert.Equal(1, byDate[holiday.End.AddDays(1)].Values[BuiltInVariables.Travel].Number);

        // Scattered single missing days exist besides the blocks.
        Assert.Contains(truth.MissingDates, d => !truth.MissingBlocks.Any(b => b.Contains(d)));
    }

    [Fact]
    public void Generate_MissingnessAcrossSeeds_AveragesNearTwelvePercent()
    {
        var fractions = Enumerable.Range(100, 20).Select(s => DemoDiaryGenerator.Generate(LastDay, seed: s).Truth.MissingFraction).ToList();
        Assert.InRange(fractions.Average(), 0.09, 0.14);
        Assert.All(fractions, f => Assert.InRange(f, 0.05, 0.20));
    }

    [Fact]
    public void Generate_SomeItemsLeftEmpty_AbsentNotZero()
    {
        var days = Default.Days;
        var withPain = days.Count(d => d.Values.ContainsKey(BuiltInVariables.Pain));
        Assert.InRange(withPain, (int)(0.9 * days.Count), days.Count - 1);

        var withNoise = days.Count(d => d.Values.ContainsKey(BuiltInVariables.NoiseSensitivity));
        Assert.InRange(withNoise, (int)(0.35 * days.Count), (int)(0.75 * days.Count));

        var withBodyMap = days.Count(d => d.PainAreas is not null);
        Assert.InRange(withBodyMap, (int)(0.75 * days.Count), days.Count - 1);
    }

    [Fact]
    public void Generate_ValuesRespectTheVocabulary()
    {
        var vocabulary = Default.CreateVocabulary();
        foreach (var (code, value) in Default.Days.SelectMany(d => d.Values))
        {
            var variable = vocabulary.Find(code);
            Assert.NotNull(variable);
            switch (variable.Type)
            {
                case VariableType.Scale:
                    Assert.InRange(value.Number!.Value, 0, 10);
                    Assert.Equal(Math.Floor(value.Number.Value), value.Number.Value);
                    break;
                case VariableType.YesNo:
                    Assert.Contains(value.Number, new double?[] { 0, 1 });
                    break;
                case VariableType.Category:
                    Assert.NotNull(variable.FindOption(value.Option!));
                    break;
                case VariableType.TimeOfDay:
                    Assert.InRange(value.Number!.Value, 0, 1439);
                    break;
                default:
                    Assert.InRange(value.Number!.Value, variable.Min!.Value, variable.Max!.Value);
                    break;
            }
        }

        var hours = Default.Days.Where(d => d.Values.ContainsKey(BuiltInVariables.SleepHours)).Select(d => d.Values[BuiltInVariables.SleepHours].Number!.Value).ToList();
        Assert.Contains(hours, h => h != Math.Floor(h));
        Assert.InRange(hours.Average(), 6, 8);
    }

    [Fact]
    public void Generate_ProcessedFood_RaisesNextDayPain()
    {
        var truth = Default.Truth;
        Assert.Equal("diet.processed-food", truth.LaggedExposureCode);
        Assert.Equal(1, truth.LagDays);
        Assert.Equal(0.8, truth.LaggedEffect);

        var matrix = BuildMatrix(Default);
        var effect = CrudeLaggedEffect(matrix, truth.LaggedExposureCode, truth.LagDays);
        Assert.True(effect > 0.4, $"Crude lag-1 effect of processed food on pain was {effect:F3}.");

        var share = Mean(matrix.Column(truth.LaggedExposureCode));
        Assert.InRange(share, 0.25, 0.45);
    }

    [Fact]
    public void Generate_NoEffectDietFlag_ShowsNoClearLaggedEffect()
    {
        var matrix = BuildMatrix(Default);
        Assert.Contains("diet.fried-food", Default.Truth.NoEffectExposureCodes);
        Assert.DoesNotContain(Default.Truth.LaggedExposureCode, Default.Truth.NoEffectExposureCodes);
        Assert.InRange(CrudeLaggedEffect(matrix, "diet.fried-food", 1), -0.4, 0.4);
    }

    [Fact]
    public void Generate_LaggedEffect_AdlRecoversItOnAverageAcrossSeeds()
    {
        // DemoTruth: effects add to the mean with AR(1) noise, so an ADL fit (y_{t-1}, x_{t-1}, x_{t-2}, trend)
        // sees about +0.8 at lag 1.
        var estimates = Enumerable.Range(200, 20)
            .Select(s => AdlLagOne(BuildMatrix(DemoDiaryGenerator.Generate(LastDay, seed: s)), "diet.processed-food"))
            .ToList();
        Assert.InRange(estimates.Average(), 0.65, 0.95);
    }

    [Fact]
    public void Generate_Regimen_HasTheDocumentedItemsAndDoseChanges()
    {
        var truth = Default.Truth;
        var byKey = Default.Regimen.ToDictionary(r => r.BuiltIn);
        Assert.Equal(new[] { "duloxetine", "low-dose-naltrexone", "magnesium", "vitamin-d" }, byKey.Keys.Order());

        var ldn = byKey["low-dose-naltrexone"];
        Assert.Equal(truth.RegimenChangeCode, ldn.Code);
        Assert.Equal(truth.RegimenChangeDate, ldn.StartDate);
        Assert.Equal(truth.FirstDay.AddDays(150), ldn.StartDate);
        Assert.Null(ldn.StopDate);
        Assert.Equal(new[] { 1.5, 3, 4.5 }, ldn.Doses.Select(d => d.Dose));
        Assert.Equal(ldn.StartDate, ldn.Doses[0].EffectiveFrom);
        Assert.Equal(truth.RegimenDoseChangeDates, ldn.Doses.Skip(1).Select(d => d.EffectiveFrom));
        Assert.Equal(ldn.StartDate.AddDays(28), truth.RegimenDoseChangeDates[0]);
        Assert.Equal(2, ldn.DoseChanges().Count);
        Assert.Equal(3, ldn.DoseOn(ldn.StartDate.AddDays(30)).Dose);
        Assert.True(truth.RegimenEffect < 0);

        var duloxetine = byKey["duloxetine"];
        Assert.Equal(truth.DuloxetineStopDate, duloxetine.StopDate);
        Assert.True(duloxetine.StopDate > truth.FirstDay && duloxetine.StopDate < truth.RegimenChangeDate);

        foreach (var supplement in new[] { byKey["magnesium"], byKey["vitamin-d"] })
        {
            Assert.True(supplement.StartDate < truth.FirstDay);
            Assert.Null(supplement.StopDate);
        }
    }

    [Fact]
    public void Generate_Regimen_PassesRegimenValidator()
    {
        var validator = new RegimenValidator(ClockAfter(LastDay));
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in Default.Regimen)
        {
            var created = validator.ValidateNew(item.ToInput(), codes);
            Assert.True(created.IsValid, string.Join("; ", created.Errors.Select(e => e.Message)));
            Assert.Equal(item.Code, created.Value!.Code);
            Assert.Equal(item.Doses[0], created.Value.FirstDose);
            codes.Add(created.Value.Code);

            var current = created.Value.FirstDose;
            foreach (var (change, expected) in item.DoseChanges().Zip(item.Doses.Skip(1)))
            {
                var dose = validator.ValidateDoseChange(change, item.StartDate, item.StopDate, current);
                Assert.True(dose.IsValid);
                Assert.Equal(expected, dose.Value);
                current = dose.Value!;
            }
        }
    }

    [Fact]
    public void Generate_TakenFlags_OnlyWhileActiveAndMostlyYes()
    {
        foreach (var item in Default.Regimen)
        {
            var flags = Default.Days
                .Where(d => d.Values.ContainsKey(item.Code))
                .Select(d => (d.Date, Taken: d.Values[item.Code].Number == 1))
                .ToList();
            Assert.All(flags, f => Assert.True(item.IsActiveOn(f.Date), $"{item.Code} recorded on {f.Date:yyyy-MM-dd}, outside its active period."));

            var activeDays = Default.Days.Count(d => item.IsActiveOn(d.Date));
            Assert.InRange(flags.Count, (int)(0.85 * activeDays), activeDays);
            Assert.InRange(flags.Count(f => f.Taken), (int)(0.8 * flags.Count), flags.Count - 1);
        }
    }

    [Fact]
    public void Generate_Pain_FallsAfterTheRegimenChange()
    {
        var truth = Default.Truth;
        var matrix = BuildMatrix(Default);
        var pain = matrix.Column(BuiltInVariables.Pain).ToArray();
        var start = truth.RegimenChangeDate.DayNumber - truth.FirstDay.DayNumber;

        // Remove the documented seasonal term and skip flare and infection days, then compare the 60 days
        // before the start with days 56–115 after it (the effect is fully built up by then).
        double Deseasoned(int t) => pain[t] - (truth.SeasonalAmplitude * Math.Cos(2 * Math.PI * (matrix.DateAt(t).DayOfYear - truth.SeasonalPeakDayOfYear) / 365.25));
        bool Usable(int t) => !double.IsNaN(pain[t]) && !truth.Flares.Concat(truth.Infections).Any(e => e.Contains(matrix.DateAt(t)));
        var before = Enumerable.Range(start - 60, 60).Where(Usable).Average(Deseasoned);
        var after = Enumerable.Range(start + 56, 60).Where(Usable).Average(Deseasoned);
        Assert.InRange(after - before, -2.0, -0.5);
    }

    [Fact]
    public void Generate_Flares_AreThreeToFiveEpisodesFlaggedOnMostDays()
    {
        var truth = Default.Truth;
        Assert.InRange(truth.Flares.Count, 3, 5);
        Assert.All(truth.Flares, f =>
        {
            Assert.Equal("flare", f.Label);
            Assert.InRange(f.Days, 4, 9);
            Assert.InRange(f.PainIncrease, 2, 3);
            Assert.InRange(f.FatigueIncrease, 2, 3);
        });

        var flareDays = Default.Days.Where(d => truth.Flares.Any(f => f.Contains(d.Date))).ToList();
        var flagged = flareDays.Count(d => d.Values.TryGetValue(BuiltInVariables.Flare, out var v) && v.Number == 1);
        Assert.True(flagged >= 0.7 * flareDays.Count, $"{flagged} of {flareDays.Count} flare days flagged.");

        var otherDays = Default.Days.Except(flareDays).ToList();
        var otherFlagged = otherDays.Count(d => d.Values.TryGetValue(BuiltInVariables.Flare, out var v) && v.Number == 1);
        Assert.True(otherFlagged < 0.05 * otherDays.Count);

        double MeanPain(IEnumerable<DiaryDay> days) =>
            days.Where(d => d.Values.ContainsKey(BuiltInVariables.Pain)).Average(d => d.Values[BuiltInVariables.Pain].Number!.Value);
        Assert.True(MeanPain(flareDays) - MeanPain(otherDays) > 1.5);
    }

    [Fact]
    public void Generate_Infection_IsAWeekWithItsType()
    {
        var infection = Assert.Single(Default.Truth.Infections);
        Assert.Equal(7, infection.Days);
        Assert.Equal("influenza", infection.Label);

        var days = Default.Days.Where(d => infection.Contains(d.Date)).ToList();
        Assert.NotEmpty(days);
        Assert.All(days, d => Assert.Equal(1, d.Values[BuiltInVariables.Infection].Number));
        Assert.Contains(days, d => d.Values.TryGetValue(BuiltInVariables.InfectionType, out var v) && v.Option == "influenza");
        Assert.All(Default.Days.Where(d => !infection.Contains(d.Date)), d =>
        {
            Assert.False(d.Values.ContainsKey(BuiltInVariables.InfectionType));
            Assert.NotEqual((double?)1, d.Values.GetValueOrDefault(BuiltInVariables.Infection).Number);
        });
    }

    [Fact]
    public void Generate_Menstruation_FollowsAMonthlyCycle()
    {
        var dates = Default.Truth.MenstruationDates;
        var starts = dates.Where(d => d != Default.Truth.FirstDay && !dates.Contains(d.AddDays(-1))).ToList();
        Assert.InRange(starts.Count, 12, 15);
        Assert.All(starts.Zip(starts.Skip(1)), p => Assert.InRange(p.Second.DayNumber - p.First.DayNumber, 26, 30));

        var flagged = Default.Days.Where(d => d.Values.TryGetValue(BuiltInVariables.Menstruation, out var v) && v.Number == 1).ToList();
        Assert.All(flagged, d => Assert.Contains(d.Date, dates));
        Assert.True(flagged.Count > 0.8 * Default.Days.Count(d => dates.Contains(d.Date)));
    }

    [Fact]
    public void Generate_Symptoms_FollowPainAndAreAutocorrelated()
    {
        var matrix = BuildMatrix(Default);
        var pain = matrix.Column(BuiltInVariables.Pain).ToArray();

        Assert.True(Correlation(pain, matrix.Column(BuiltInVariables.Fatigue).ToArray()) > 0.4);
        Assert.True(Correlation(pain, matrix.Column(BuiltInVariables.FibroFog).ToArray()) > 0.3);
        Assert.True(Correlation(pain, matrix.Column(BuiltInVariables.LowMood).ToArray()) > 0.3);
        Assert.True(Correlation(pain, matrix.Column(BuiltInVariables.SleepQuality).ToArray()) < -0.3);
        Assert.True(Correlation(pain, matrix.Column(MatrixCodes.WpiCount).ToArray()) > 0.4);

        var lag1 = Correlation(pain[1..], pain[..^1]);
        Assert.InRange(lag1, 0.4, 0.9);
        Assert.InRange(Mean(pain), 3.5, 6.5);
    }

    [Fact]
    public void Generate_ActivitiesTagsAndNotes_LookLikeARealDiary()
    {
        var sessions = Default.Days.SelectMany(d => d.Activities).ToList();
        var byType = sessions.GroupBy(s => s.Type.Code).ToDictionary(g => g.Key, g => g.ToList());
        Assert.True(byType["activity.walking"].Count > 100);
        Assert.True(byType["activity.yoga"].Count > 40);
        Assert.True(byType["activity.swimming"].Count > 15);
        Assert.Contains(byType["activity.cycling"], s => s.Intensity == Intensity.Vigorous);
        Assert.All(sessions, s => Assert.InRange(s.Minutes, 5, 120));

        var tags = Default.Days.SelectMany(d => d.Tags).ToHashSet();
        Assert.Contains("work deadline", tags);
        Assert.Contains("visitors", tags);

        var notes = Default.Days.Where(d => d.Notes is not null).ToList();
        Assert.InRange(notes.Count, 10, 60);
        Assert.Contains(notes, d => d.Date == Default.Truth.RegimenChangeDate);

        var bedtimes = Default.Days.Where(d => d.Values.ContainsKey(BuiltInVariables.Bedtime)).Select(d => d.Values[BuiltInVariables.Bedtime].Number!.Value).ToList();
        Assert.True(bedtimes.Count > 200);
        Assert.All(bedtimes, b => Assert.True(b >= 21 * 60 || b <= 2 * 60, $"Bedtime {b} minutes after midnight."));
    }

    [Fact]
    public void Generate_DailyMatrix_HasOneRowPerCalendarDayAndTheRecordedDays()
    {
        var matrix = BuildMatrix(Default);
        Assert.Equal(365, matrix.DayCount);
        Assert.Equal(Default.Truth.FirstDay, matrix.Start);
        Assert.Equal(LastDay, matrix.End);
        Assert.Equal(Default.Days.Count, matrix.RecordedDays);
        Assert.Equal(Default.Truth.RecordedDays, matrix.RecordedDays);
        Assert.True(matrix.HasColumn("med.low-dose-naltrexone"));
        Assert.True(matrix.HasColumn(MatrixCodes.TagPrefix + "visitors"));

        foreach (var missing in Default.Truth.MissingDates)
        {
            Assert.False(matrix.IsRecorded(missing.DayNumber - matrix.Start.DayNumber));
            Assert.True(double.IsNaN(matrix[missing, MatrixCodes.ActivityMinutes]));
        }
    }

    private static FakeTimeProvider ClockAfter(DateOnly day) =>
        new(new DateTimeOffset(day.AddDays(1).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    private static DailyMatrix BuildMatrix(DemoDataSet set) =>
        DailyMatrixBuilder.Build(set.CreateVocabulary(), set.ToObservations(), set.Truth.FirstDay, set.Truth.LastDay);

    /// <summary>
    /// Mean pain on days after the exposure minus days after none, both taken as deviations from a centred
    /// 29-day mean of pain (a crude adjustment for the season, the regimen change and slow drift).
    /// </summary>
    private static double CrudeLaggedEffect(DailyMatrix matrix, string exposure, int lag)
    {
        var pain = matrix.Column(BuiltInVariables.Pain).ToArray();
        var x = matrix.Column(exposure);
        var n = pain.Length;
        double with = 0, without = 0;
        int nWith = 0, nWithout = 0;
        for (var t = lag; t < n; t++)
        {
            if (double.IsNaN(pain[t]) || double.IsNaN(x[t - lag]))
            {
                continue;
            }

            var window = pain[Math.Max(0, t - 14)..Math.Min(n, t + 15)].Where(v => !double.IsNaN(v)).ToList();
            var deviation = pain[t] - window.Average();
            if (x[t - lag] == 1)
            {
                with += deviation;
                nWith++;
            }
            else
            {
                without += deviation;
                nWithout++;
            }
        }

        return (with / nWith) - (without / nWithout);
    }

    /// <summary>OLS of pain_t on 1, pain_{t−1}, x_{t−1}, x_{t−2} and a linear trend; returns the x_{t−1} coefficient.</summary>
    private static double AdlLagOne(DailyMatrix matrix, string exposure)
    {
        var y = matrix.Column(BuiltInVariables.Pain).ToArray();
        var x = matrix.Column(exposure).ToArray();
        const int k = 5;
        var xtx = new double[k, k];
        var xty = new double[k];
        for (var t = 2; t < y.Length; t++)
        {
            double[] row = [1, y[t - 1], x[t - 1], x[t - 2], t / (double)y.Length];
            if (double.IsNaN(y[t]) || row.Any(double.IsNaN))
            {
                continue;
            }

            for (var i = 0; i < k; i++)
            {
                xty[i] += row[i] * y[t];
                for (var j = 0; j < k; j++)
                {
                    xtx[i, j] += row[i] * row[j];
                }
            }
        }

        return Solve(xtx, xty)[2];
    }

    /// <summary>Gaussian elimination with partial pivoting (small, well-conditioned systems only).</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var k = b.Length;
        for (var i = 0; i < k; i++)
        {
            var p = i;
            for (var r = i + 1; r < k; r++)
            {
                if (Math.Abs(a[r, i]) > Math.Abs(a[p, i]))
                {
                    p = r;
                }
            }

            for (var c = 0; c < k; c++)
            {
                (a[i, c], a[p, c]) = (a[p, c], a[i, c]);
            }

            (b[i], b[p]) = (b[p], b[i]);
            for (var r = i + 1; r < k; r++)
            {
                var f = a[r, i] / a[i, i];
                for (var c = i; c < k; c++)
                {
                    a[r, c] -= f * a[i, c];
                }

                b[r] -= f * b[i];
            }
        }

        var solution = new double[k];
        for (var i = k - 1; i >= 0; i--)
        {
            var s = b[i];
            for (var c = i + 1; c < k; c++)
            {
                s -= a[i, c] * solution[c];
            }

            solution[i] = s / a[i, i];
        }

        return solution;
    }

    private static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        var count = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }

        return sum / count;
    }

    /// <summary>Pearson correlation over the days where both are recorded.</summary>
    private static double Correlation(double[] a, double[] b)
    {
        var pairs = a.Zip(b).Where(p => !double.IsNaN(p.First) && !double.IsNaN(p.Second)).ToList();
        var ma = pairs.Average(p => p.First);
        var mb = pairs.Average(p => p.Second);
        var cov = pairs.Sum(p => (p.First - ma) * (p.Second - mb));
        var va = pairs.Sum(p => (p.First - ma) * (p.First - ma));
        var vb = pairs.Sum(p => (p.Second - mb) * (p.Second - mb));
        return cov / Math.Sqrt(va * vb);
    }
}
