using FibroTrack.Core.Matrix;

namespace FibroTrack.Core.Clinical;

/// <summary>A symptom's average in the window before an infection and in the same window after it.</summary>
/// <param name="DaysBefore">Rated days in the window before the start.</param>
/// <param name="DaysAfter">Rated days in the window after the end (or after the start, while ongoing).</param>
public sealed record TrajectorySummary(string Code, double? MeanBefore, int DaysBefore, double? MeanAfter, int DaysAfter)
{
    public double? Change => MeanAfter - MeanBefore;
}

/// <summary>
/// Symptom levels around an infection: the descriptive "before vs after" the issue asks for. It
/// compares averages only; it says nothing about cause, and the history page says so.
/// </summary>
public static class InfectionTrajectory
{
    public const int WindowDays = 90;

    /// <param name="matrix">A matrix covering at least the window before the start and after the end.</param>
    public static TrajectorySummary Summarise(DailyMatrix matrix, string code, DateOnly start, DateOnly? end, int windowDays = WindowDays)
    {
        var after = (end ?? start).AddDays(1);
        var (meanBefore, nBefore) = Mean(matrix, code, start.AddDays(-windowDays), start.AddDays(-1));
        var (meanAfter, nAfter) = Mean(matrix, code, after, after.AddDays(windowDays - 1));
        return new TrajectorySummary(code, meanBefore, nBefore, meanAfter, nAfter);
    }

    private static (double? Mean, int Count) Mean(DailyMatrix matrix, string code, DateOnly from, DateOnly to)
    {
        if (!matrix.HasColumn(code))
        {
            return (null, 0);
        }

        var column = matrix.Column(code);
        double sum = 0;
        var n = 0;
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var day = date.DayNumber - matrix.Start.DayNumber;
            if ((uint)day < (uint)column.Length && !double.IsNaN(column[day]))
            {
                sum += column[day];
                n++;
            }
        }

        return n == 0 ? (null, 0) : (Math.Round(sum / n, 2), n);
    }
}
