using FibroTrack.Core.Diary;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Statistics.Flares;

namespace FibroTrack.Statistics.Tests.Flares;

public sealed class CompositeTest
{
    [Fact]
    public void OfDay_PainAndFatigue_IsTheirMean() => Assert.Equal(5.5, Composite.OfDay(7, 4));

    [Theory]
    [InlineData(double.NaN, 4)]
    [InlineData(7, double.NaN)]
    [InlineData(double.NaN, double.NaN)]
    public void OfDay_PainOrFatigueMissing_IsNaN(double pain, double fatigue) => Assert.True(double.IsNaN(Composite.OfDay(pain, fatigue)));

    [Fact]
    public void OfDay_FourSymptoms_ReversesSleepQuality()
    {
        // Pain 6, fatigue 4, fog 2, sleep quality 8 → poor sleep 2: (6 + 4 + 2 + 2) / 4.
        Assert.Equal(3.5, Composite.OfDay(6, 4, 2, 8));
    }

    [Fact]
    public void OfDay_FourSymptoms_AveragesOnlyTheAvailableItems()
    {
        Assert.Equal(4, Composite.OfDay(6, double.NaN, 2, double.NaN));
        Assert.Equal(5, Composite.OfDay(6, double.NaN, double.NaN, 6));
    }

    [Theory]
    [InlineData(6, double.NaN, double.NaN, double.NaN)]
    [InlineData(double.NaN, 4, 2, 8)]
    public void OfDay_FourSymptomsWithoutPainOrWithoutASecondItem_IsNaN(double pain, double fatigue, double fog, double sleepQuality) =>
        Assert.True(double.IsNaN(Composite.OfDay(pain, fatigue, fog, sleepQuality)));

    [Fact]
    public void Compute_Matrix_ReadsTheItemColumnsDayByDay()
    {
        var start = new DateOnly(2026, 3, 1);
        Observation[] observations =
        [
            new(start, BuiltInVariables.Pain, 6, null),
            new(start, BuiltInVariables.Fatigue, 4, null),
            new(start, BuiltInVariables.FibroFog, 2, null),
            new(start, BuiltInVariables.SleepQuality, 8, null),
            new(start.AddDays(1), BuiltInVariables.Pain, 7, null),
            new(start.AddDays(1), BuiltInVariables.FibroFog, 3, null),
        ];
        var matrix = DailyMatrixBuilder.Build(VariableVocabulary.BuiltIn, observations, start, start.AddDays(2));

        Assert.Equal([5, double.NaN, double.NaN], Composite.Compute(matrix));
        Assert.Equal([3.5, 5, double.NaN], Composite.Compute(matrix, CompositeDefinition.FourSymptoms));
    }

    [Fact]
    public void Compute_SeriesOfDifferentLengths_Throws() =>
        Assert.Throws<ArgumentException>(() => Composite.Compute(new double[3], new double[2]));
}
