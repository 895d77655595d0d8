using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using static FibroTrack.Core.Tests.Matrix.MatrixFixture;

namespace FibroTrack.Core.Tests.Matrix;

/// <summary>Activity sessions add up per type, into total minutes and into the intensity-weighted load.</summary>
public sealed class DailyMatrixBuilderActivityTests
{
    [Fact]
    public void Build_TwoSessionsOfOneType_MinutesSummed()
    {
        var matrix = Build(1,
            Obs(0, "activity.walking", 30, "light", 0),
            Obs(0, "activity.walking", 15, "light", 1));

        Assert.Equal(45, matrix[Start, "activity.walking"]);
    }

    [Fact]
    public void Build_SessionsOfSeveralTypes_TotalMinutesSummed()
    {
        var matrix = Build(1,
            Obs(0, "activity.walking", 30, "light", 0),
            Obs(0, "activity.yoga", 20, "moderate", 1),
            Obs(0, "activity.swimming", 10, "vigorous", 2));

        Assert.Equal(60, matrix[Start, MatrixCodes.ActivityMinutes]);
        Assert.Equal(20, matrix[Start, "activity.yoga"]);
    }

    [Fact]
    public void Build_SessionsOfEachIntensity_LoadWeightedOneTwoFour()
    {
        // 10·1 + 20·2 + 30·4 = 170 (weights from STATS.md, "Data").
        var matrix = Build(1,
            Obs(0, "activity.walking", 10, "light", 0),
            Obs(0, "activity.cycling", 20, "moderate", 1),
            Obs(0, "activity.strength", 30, "vigorous", 2));

        Assert.Equal(170, matrix[Start, MatrixCodes.ActivityLoad]);
    }

    [Fact]
    public void Build_RecordedDayWithoutSessions_ActivityColumnsZero()
    {
        var matrix = Build(1, Obs(0, BuiltInVariables.Pain, 4));

        Assert.Equal(0, matrix[Start, MatrixCodes.ActivityMinutes]);
        Assert.Equal(0, matrix[Start, MatrixCodes.ActivityLoad]);
        Assert.All(ActivityTypes.All, t => Assert.Equal(0, matrix[Start, t.Code]));
    }

    [Fact]
    public void Build_UnrecordedDay_ActivityColumnsNaN()
    {
        var matrix = Build(2, Obs(0, BuiltInVariables.Pain, 4));

        Assert.True(double.IsNaN(matrix[Start.AddDays(1), MatrixCodes.ActivityMinutes]));
        Assert.True(double.IsNaN(matrix[Start.AddDays(1), MatrixCodes.ActivityLoad]));
        Assert.All(ActivityTypes.All, t => Assert.True(double.IsNaN(matrix[Start.AddDays(1), t.Code])));
    }

    [Fact]
    public void Build_SessionOfOneType_OtherTypesZeroThatDay()
    {
        var matrix = Build(1, Obs(0, "activity.walking", 30, "light"));

        Assert.Equal(0, matrix[Start, "activity.yoga"]);
    }

    [Fact]
    public void Build_SessionOnly_MarksDayRecorded()
    {
        var matrix = Build(1, Obs(0, "activity.walking", 30, "light"));

        Assert.True(matrix.IsRecorded(0));
        Assert.True(double.IsNaN(matrix[Start, BuiltInVariables.Pain]));
    }
}
