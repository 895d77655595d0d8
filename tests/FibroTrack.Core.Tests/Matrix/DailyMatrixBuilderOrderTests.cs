using FibroTrack.Core.Diary;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using static FibroTrack.Core.Tests.Matrix.MatrixFixture;

namespace FibroTrack.Core.Tests.Matrix;

/// <summary>The matrix is a function of the set of observations, not of the order they arrive in.</summary>
public sealed class DailyMatrixBuilderOrderTests
{
    private static readonly Observation[] Stream =
    [
        Obs(0, BuiltInVariables.Pain, 6),
        Obs(0, "wpi.neck", 1),
        Obs(0, "wpi.chest", 0),
        Obs(0, "activity.walking", 30, "light", 0),
        Obs(0, "activity.walking", 20, "vigorous", 1),
        Obs(0, DiaryCodes.Tag, text: "Work"),
        Obs(1, BuiltInVariables.InfectionType, text: "ebv"),
        Obs(1, DiaryCodes.Tag, text: "work"),
        Obs(1, DiaryCodes.Tag, text: "garden", ordinal: 1),
        Obs(2, DiaryCodes.Note, text: "quiet day"),
        Obs(3, BuiltInVariables.SleepHours, 6.5),
    ];

    private static void AssertSameMatrix(DailyMatrix expected, DailyMatrix actual)
    {
        Assert.Equal(expected.Columns, actual.Columns);
        Assert.Equal(
            Enumerable.Range(0, expected.DayCount).Select(expected.IsRecorded),
            Enumerable.Range(0, actual.DayCount).Select(actual.IsRecorded));
        for (var c = 0; c < expected.Columns.Count; c++)
        {
            Assert.Equal(expected.Column(c).ToArray(), actual.Column(c).ToArray());
        }
    }

    [Fact]
    public void Build_ReversedObservations_SameMatrix()
    {
        AssertSameMatrix(Build(5, Stream), Build(5, [.. Stream.Reverse()]));
    }

    [Fact]
    public void Build_ObservationsSortedByCode_SameMatrix()
    {
        AssertSameMatrix(Build(5, Stream), Build(5, [.. Stream.OrderBy(o => o.Code, StringComparer.Ordinal).ThenByDescending(o => o.Date)]));
    }

    [Fact]
    public void Build_LazyEnumerable_SameMatrixAsList()
    {
        var lazy = DailyMatrixBuilder.Build(VariableVocabulary.BuiltIn, Stream.Select(o => o), Start, Start.AddDays(4));

        AssertSameMatrix(Build(5, Stream), lazy);
    }
}
