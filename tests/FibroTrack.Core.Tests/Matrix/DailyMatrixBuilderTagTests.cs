using FibroTrack.Core.Diary;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using static FibroTrack.Core.Tests.Matrix.MatrixFixture;

namespace FibroTrack.Core.Tests.Matrix;

/// <summary>Tags: one 0/1 column per distinct tag; 0 on recorded days without it, NaN on unrecorded days.</summary>
public sealed class DailyMatrixBuilderTagTests
{
    private static Observation Tag(int day, string tag, int ordinal = 0) => Obs(day, DiaryCodes.Tag, text: tag, ordinal: ordinal);

    [Fact]
    public void Build_Tag_OneOnItsDayZeroOnOtherRecordedDaysNaNOnUnrecorded()
    {
        var matrix = Build(3, Tag(0, "work"), Note(1));

        Assert.Equal([1, 0, double.NaN], Column(matrix, "tag:work"));
    }

    [Fact]
    public void Build_TagColumn_DescribedAsEvent()
    {
        var column = Build(1, Tag(0, "work")).Columns.Single(c => c.Code == "tag:work");

        Assert.Equal(new MatrixColumn("tag:work", "work", VariableKind.Event, DiaryCodes.Tag), column);
    }

    [Fact]
    public void Build_SeveralTags_OneColumnEachInCaseInsensitiveOrder()
    {
        var matrix = Build(2, Tag(0, "visitors"), Tag(0, "Garden", 1), Tag(1, "work"), Tag(1, "visitors", 1));

        Assert.Equal(
            ["tag:Garden", "tag:visitors", "tag:work"],
            matrix.Columns.Where(c => c.Code.StartsWith(MatrixCodes.TagPrefix, StringComparison.Ordinal)).Select(c => c.Code));
        Assert.Equal([1, 1], Column(matrix, "tag:visitors"));
    }

    [Fact]
    public void Build_TagSpelledDifferentlyOnTwoDays_OneColumn()
    {
        var matrix = Build(2, Tag(0, "Work"), Tag(1, "work"));

        var column = Assert.Single(matrix.Columns, c => c.VariableCode == DiaryCodes.Tag);
        Assert.Equal([1, 1], Column(matrix, column.Code));
    }

    [Fact]
    public void Build_TagOnlyOutsideRange_SetsNoCellInRange()
    {
        // The column exists (one per distinct tag in the stream), but out-of-range days never set a 1.
        var matrix = Build(2, Tag(-1, "holiday"), Tag(5, "holiday"), Note(0));

        Assert.Equal([0, double.NaN], Column(matrix, "tag:holiday"));
    }

    [Fact]
    public void Build_TagsDifferingInCase_ColumnNamedAfterOrdinalFirstSpellingWhateverTheOrder()
    {
        var upperFirst = Build(2, Tag(0, "Work"), Tag(1, "work"));
        var lowerFirst = Build(2, Tag(1, "work"), Tag(0, "Work"));

        Assert.True(upperFirst.HasColumn("tag:Work"));
        Assert.True(lowerFirst.HasColumn("tag:Work"));
    }

    [Fact]
    public void Build_NoTags_NoTagColumns()
    {
        var matrix = Build(1, Obs(0, BuiltInVariables.Pain, 2));

        Assert.DoesNotContain(matrix.Columns, c => c.VariableCode == DiaryCodes.Tag);
    }
}
