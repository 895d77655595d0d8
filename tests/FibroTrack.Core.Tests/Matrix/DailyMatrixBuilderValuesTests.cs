using FibroTrack.Core.Diary;
using FibroTrack.Core.Vocabulary;
using static FibroTrack.Core.Tests.Matrix.MatrixFixture;

namespace FibroTrack.Core.Tests.Matrix;

/// <summary>Plain variables: the value where recorded, NaN (never 0) where not.</summary>
public sealed class DailyMatrixBuilderValuesTests
{
    [Fact]
    public void Build_VariableMissingOnARecordedDay_StaysNaNNotZero()
    {
        var matrix = Build(2, Obs(0, BuiltInVariables.Pain, 6), Obs(1, BuiltInVariables.Fatigue, 4));

        Assert.Equal([6, double.NaN], Column(matrix, BuiltInVariables.Pain));
        Assert.True(matrix.IsRecorded(1));
    }

    [Fact]
    public void Build_VariableMissingOnAnUnrecordedDay_StaysNaN()
    {
        var matrix = Build(2, Obs(0, BuiltInVariables.Pain, 6));

        Assert.True(double.IsNaN(matrix[1, matrix.IndexOf(BuiltInVariables.Pain)]));
    }

    [Fact]
    public void Build_RecordedZero_StaysZero()
    {
        var matrix = Build(1, Obs(0, BuiltInVariables.Pain, 0));

        Assert.Equal(0, matrix[Start, BuiltInVariables.Pain]);
    }

    [Fact]
    public void Build_YesNoAndClockTime_StoredAsTheirNumbers()
    {
        var matrix = Build(1, Obs(0, BuiltInVariables.Flare, 1), Obs(0, BuiltInVariables.Bedtime, 1410));

        Assert.Equal(1, matrix[Start, BuiltInVariables.Flare]);
        Assert.Equal(1410, matrix[Start, BuiltInVariables.Bedtime]);
    }

    [Fact]
    public void Build_ObservationsOutsideRange_Ignored()
    {
        var matrix = Build(2, Obs(-1, BuiltInVariables.Pain, 9), Obs(2, BuiltInVariables.Pain, 8), Obs(1, BuiltInVariables.Pain, 2));

        Assert.Equal([double.NaN, 2], Column(matrix, BuiltInVariables.Pain));
        Assert.Equal([false, true], new[] { matrix.IsRecorded(0), matrix.IsRecorded(1) });
    }

    [Fact]
    public void Build_UnknownCode_IgnoredAndDoesNotMarkDayRecorded()
    {
        var matrix = Build(1, Obs(0, "custom.archived", 3));

        Assert.False(matrix.HasColumn("custom.archived"));
        Assert.Equal(-1, matrix.IndexOf("custom.archived"));
        Assert.False(matrix.IsRecorded(0));
    }

    [Fact]
    public void Build_Note_MarksDayRecordedWithoutAColumn()
    {
        var matrix = Build(1, Note(0));

        Assert.True(matrix.IsRecorded(0));
        Assert.False(matrix.HasColumn(DiaryCodes.Note));
    }

    [Fact]
    public void Column_UnknownCode_ThrowsKeyNotFound()
    {
        var matrix = Build(1);

        Assert.Throws<KeyNotFoundException>(() => matrix.Column("symptom.nope").ToArray());
    }
}
