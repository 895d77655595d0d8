using FibroTrack.Core.Diary;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using static FibroTrack.Core.Tests.Matrix.MatrixFixture;

namespace FibroTrack.Core.Tests.Matrix;

public sealed class DailyMatrixBuilderWpiTests
{
    /// <summary>A filled-in body map: all 19 areas, 1 for the painful ones (as DiaryDay.ToObservations stores it).</summary>
    private static IEnumerable<Observation> BodyMap(int day, params string[] painful) =>
        BodyAreas.All.Select(a => Obs(day, a.Code, painful.Contains(a.Code) ? 1 : 0));

    [Fact]
    public void Build_BodyMap_WpiCountIsNumberOfPainfulAreas()
    {
        var matrix = Build(1, [.. BodyMap(0, "wpi.neck", "wpi.lower-back", "wpi.hip-right")]);

        Assert.Equal(3, matrix[Start, MatrixCodes.WpiCount]);
        Assert.Equal(1, matrix[Start, "wpi.neck"]);
        Assert.Equal(0, matrix[Start, "wpi.chest"]);
    }

    [Fact]
    public void Build_BodyMapWithNothingPainful_WpiCountZero()
    {
        var matrix = Build(1, [.. BodyMap(0)]);

        Assert.Equal(0, matrix[Start, MatrixCodes.WpiCount]);
    }

    [Fact]
    public void Build_AllNineteenAreasPainful_WpiCountNineteen()
    {
        var matrix = Build(1, [.. BodyMap(0, [.. BodyAreas.All.Select(a => a.Code)])]);

        Assert.Equal(19, matrix[Start, MatrixCodes.WpiCount]);
    }

    [Fact]
    public void Build_RecordedDayWithoutBodyMap_WpiCountNaN()
    {
        var matrix = Build(2, [.. BodyMap(0, "wpi.neck"), Obs(1, BuiltInVariables.Pain, 5)]);

        Assert.Equal([1, double.NaN], Column(matrix, MatrixCodes.WpiCount));
    }
}
