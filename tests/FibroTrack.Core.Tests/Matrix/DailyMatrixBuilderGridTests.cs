using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using static FibroTrack.Core.Tests.Matrix.MatrixFixture;

namespace FibroTrack.Core.Tests.Matrix;

/// <summary>The calendar grid: one row per date, whether or not anything was recorded.</summary>
public sealed class DailyMatrixBuilderGridTests
{
    [Fact]
    public void Build_Range_OneRowPerDateInclusive()
    {
        var matrix = Build(5, Obs(0, BuiltInVariables.Pain, 3));

        Assert.Equal(5, matrix.DayCount);
        Assert.Equal(Start, matrix.Start);
        Assert.Equal(Start.AddDays(4), matrix.End);
        Assert.Equal(new DateOnly(2025, 1, 3), matrix.DateAt(2));
    }

    [Fact]
    public void Build_RangeOfOneDay_OneRow()
    {
        var matrix = Build(1);

        Assert.Equal(1, matrix.DayCount);
        Assert.Equal(matrix.Start, matrix.End);
    }

    [Fact]
    public void Build_RangeOverLeapDay_CountsIt()
    {
        var matrix = DailyMatrixBuilder.Build(VariableVocabulary.BuiltIn, [], new DateOnly(2024, 2, 28), new DateOnly(2024, 3, 1));

        Assert.Equal(3, matrix.DayCount);
        Assert.Equal(new DateOnly(2024, 2, 29), matrix.DateAt(1));
    }

    [Fact]
    public void Build_UnrecordedDatesBetweenRecordedOnes_HaveRowsMarkedUnrecorded()
    {
        var matrix = Build(4, Obs(0, BuiltInVariables.Pain, 3), Obs(3, BuiltInVariables.Pain, 5));

        Assert.Equal([true, false, false, true], Enumerable.Range(0, 4).Select(matrix.IsRecorded));
        Assert.Equal(2, matrix.RecordedDays);
    }

    [Fact]
    public void Build_NoObservations_EveryDayUnrecordedAndEveryCellNaN()
    {
        var matrix = Build(3);

        Assert.Equal(0, matrix.RecordedDays);
        for (var c = 0; c < matrix.Columns.Count; c++)
        {
            Assert.All(matrix.Column(c).ToArray(), v => Assert.True(double.IsNaN(v)));
        }
    }

    [Fact]
    public void Build_ToBeforeFrom_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            DailyMatrixBuilder.Build(VariableVocabulary.BuiltIn, [], Start, Start.AddDays(-1)));

        Assert.Equal("to", ex.ParamName);
    }

    [Fact]
    public void Build_NullVocabulary_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => DailyMatrixBuilder.Build(null!, [], Start, Start));
    }

    [Fact]
    public void Build_BuiltIns_ColumnForEveryNonCategoryVariableInVocabularyOrder()
    {
        var matrix = Build(1);

        var expected = VariableVocabulary.BuiltIn.Variables.Where(v => v.Type != VariableType.Category).Select(v => v.Code);
        Assert.Equal(expected, matrix.Columns.Select(c => c.Code).Where(code => VariableVocabulary.BuiltIn.Find(code) is not null));
    }

    [Fact]
    public void Build_BuiltIns_DerivedColumnsPresent()
    {
        var matrix = Build(1);

        Assert.True(matrix.HasColumn(MatrixCodes.WpiCount));
        Assert.True(matrix.HasColumn(MatrixCodes.ActivityMinutes));
        Assert.True(matrix.HasColumn(MatrixCodes.ActivityLoad));
    }

    [Fact]
    public void Build_PersonalVariable_HasColumnWithItsKind()
    {
        var custom = new VariableDefinition
        {
            Code = "custom.work-hours", Label = "Work hours", Kind = VariableKind.Exposure, Type = VariableType.Quantity,
            Section = DiarySection.Custom, Min = 0, Max = 16, Unit = "h", IsPersonal = true,
        };

        var matrix = DailyMatrixBuilder.Build(VariableVocabulary.WithPersonal([custom]), [Obs(0, "custom.work-hours", 7.5)], Start, Start);

        Assert.Equal(7.5, matrix[Start, "custom.work-hours"]);
        Assert.Equal(VariableKind.Exposure, matrix.Columns[matrix.IndexOf("custom.work-hours")].Kind);
    }
}
