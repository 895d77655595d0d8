using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using static FibroTrack.Core.Tests.Matrix.MatrixFixture;

namespace FibroTrack.Core.Tests.Matrix;

/// <summary>A category becomes one 0/1 column per option, so option codes are never read as numbers.</summary>
public sealed class DailyMatrixBuilderCategoryTests
{
    private const string Covid = "event.infection-type=covid-19";
    private const string Lyme = "event.infection-type=lyme";

    [Fact]
    public void Build_CategoryVariable_OneColumnPerOptionAndNoBaseColumn()
    {
        var matrix = Build(1);

        Assert.False(matrix.HasColumn(BuiltInVariables.InfectionType));
        Assert.Equal(
            ["ebv", "lyme", "covid-19", "influenza", "other-viral", "other-bacterial"],
            matrix.Columns.Where(c => c.VariableCode == BuiltInVariables.InfectionType).Select(c => c.Code["event.infection-type=".Length..]));
    }

    [Fact]
    public void Build_CategoryOptionColumn_DescribesItsVariable()
    {
        var column = Build(1).Columns.Single(c => c.Code == Covid);

        Assert.Equal(new MatrixColumn(Covid, "Type of infection: COVID-19", VariableKind.Event, BuiltInVariables.InfectionType), column);
    }

    [Fact]
    public void Build_CategoryObservation_OneHotOnItsDay()
    {
        var matrix = Build(1, Obs(0, BuiltInVariables.InfectionType, text: "covid-19"));

        Assert.Equal(1, matrix[Start, Covid]);
        Assert.Equal(0, matrix[Start, Lyme]);
        Assert.Equal(1, matrix.Columns.Where(c => c.VariableCode == BuiltInVariables.InfectionType).Sum(c => matrix[Start, c.Code]));
    }

    [Fact]
    public void Build_CategoryNotRecorded_AllOptionColumnsNaN()
    {
        var matrix = Build(2, Obs(0, BuiltInVariables.InfectionType, text: "lyme"), Obs(1, BuiltInVariables.Pain, 4));

        Assert.Equal([0, double.NaN], Column(matrix, Covid));
        Assert.Equal([1, double.NaN], Column(matrix, Lyme));
    }

    [Fact]
    public void Build_CategoryObservationWithoutText_Ignored()
    {
        var matrix = Build(1, Obs(0, BuiltInVariables.InfectionType));

        Assert.True(double.IsNaN(matrix[Start, Covid]));
        Assert.False(matrix.IsRecorded(0));
    }
}
