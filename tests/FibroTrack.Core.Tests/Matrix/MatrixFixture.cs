using FibroTrack.Core.Diary;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Matrix;

internal static class MatrixFixture
{
    public static readonly DateOnly Start = new(2025, 1, 1);

    /// <summary>An observation on day <paramref name="day"/> counted from <see cref="Start"/>.</summary>
    public static Observation Obs(int day, string code, double? value = null, string? text = null, int ordinal = 0) =>
        new(Start.AddDays(day), code, value, text, ordinal);

    /// <summary>A note: marks a day as recorded without touching any column.</summary>
    public static Observation Note(int day) => Obs(day, DiaryCodes.Note, text: "note");

    /// <summary>The matrix of <paramref name="days"/> days from <see cref="Start"/> over the built-in vocabulary.</summary>
    public static DailyMatrix Build(int days, params Observation[] observations) =>
        DailyMatrixBuilder.Build(VariableVocabulary.BuiltIn, observations, Start, Start.AddDays(days - 1));

    public static double[] Column(DailyMatrix matrix, string code) => matrix.Column(code).ToArray();
}
