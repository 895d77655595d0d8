using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using static FibroTrack.Core.Tests.Matrix.MatrixFixture;

namespace FibroTrack.Core.Tests.Matrix;

/// <summary>Adding a derived column (a composite, questionnaire totals) on the same grid.</summary>
public sealed class DailyMatrixWithColumnTests
{
    private static readonly MatrixColumn Extra = new("fiqr.total", "FIQR total", VariableKind.Symptom, "fiqr.total");

    [Fact]
    public void WithColumn_AddsColumnAndKeepsTheOthers()
    {
        var matrix = Build(3, Obs(0, BuiltInVariables.Pain, 4), Obs(2, BuiltInVariables.Pain, 6));

        var extended = matrix.WithColumn(Extra, [double.NaN, 40, double.NaN]);

        Assert.Equal(matrix.Columns.Count + 1, extended.Columns.Count);
        Assert.Equal(40, extended[Start.AddDays(1), "fiqr.total"]);
        Assert.Equal(Column(matrix, BuiltInVariables.Pain), Column(extended, BuiltInVariables.Pain));
        Assert.Equal(matrix.RecordedDays, extended.RecordedDays);
        Assert.False(matrix.HasColumn("fiqr.total"));
    }

    [Fact]
    public void WithColumn_ExistingCode_Refused()
    {
        var matrix = Build(2);

        var error = Assert.Throws<ArgumentException>(() =>
            matrix.WithColumn(new MatrixColumn(BuiltInVariables.Pain, "Pain", VariableKind.Symptom, BuiltInVariables.Pain), [1, 2]));

        Assert.Contains(BuiltInVariables.Pain, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithColumn_WrongLength_Refused()
    {
        var matrix = Build(3);

        var error = Assert.Throws<ArgumentException>(() => matrix.WithColumn(Extra, [1, 2]));

        Assert.Contains("3 days", error.Message, StringComparison.Ordinal);
    }
}
