using FibroTrack.Core.Clinical;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Features.Diary;
using FibroTrack.Features.Infections;
using FibroTrack.Features.Vocabulary;
using FibroTrack.Reports.Charts;

namespace FibroTrack.Features.History;

/// <summary>One calendar cell: a date, whether it is in the month shown, and the day's pain if recorded.</summary>
public sealed record CalendarDay(DateOnly Date, bool InMonth, bool Recorded, double? Pain, int? PainfulAreas, bool Future);

/// <summary>What the history page shows: a month calendar and the last 90 days as a chart.</summary>
public sealed record HistoryView(
    DateOnly Month,
    IReadOnlyList<CalendarDay> Calendar,
    int RecordedDaysInChart,
    int ChartDays,
    string ChartSvg,
    IReadOnlyList<(string Label, double? Mean)> ChartMeans);

public sealed class HistoryService(DiaryService diary, VocabularyService vocabularies, InfectionService infections, TimeProvider clock)
{
    public const int ChartDays = 90;

    public async Task<HistoryView> GetAsync(DateOnly month, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var firstOfMonth = new DateOnly(month.Year, month.Month, 1);

        // Calendar weeks start on Monday (ISO 8601).
        var gridStart = firstOfMonth.AddDays(-(((int)firstOfMonth.DayOfWeek + 6) % 7));
        var lastOfMonth = firstOfMonth.AddMonths(1).AddDays(-1);
        var gridEnd = lastOfMonth.AddDays(6 - (((int)lastOfMonth.DayOfWeek + 6) % 7));

        var chartStart = today.AddDays(-(ChartDays - 1));
        var from = gridStart < chartStart ? gridStart : chartStart;
        var to = gridEnd > today ? gridEnd : today;
        // One read of the stream serves both the calendar and the chart.
        var vocabulary = (await vocabularies.GetAsync(ct)).Variables;
        var stream = await diary.StreamAsync(from, to, ct);
        var matrix = DailyMatrixBuilder.Build(vocabulary, stream, from, to);

        var calendar = new List<CalendarDay>();
        for (var date = gridStart; date <= gridEnd; date = date.AddDays(1))
        {
            var day = date.DayNumber - from.DayNumber;
            var pain = matrix[date, BuiltInVariables.Pain];
            var areas = matrix[date, MatrixCodes.WpiCount];
            calendar.Add(new CalendarDay(
                date, date.Month == month.Month, matrix.IsRecorded(day),
                double.IsNaN(pain) ? null : pain, double.IsNaN(areas) ? null : (int)areas, date > today));
        }

        var chartMatrix = DailyMatrixBuilder.Build(vocabulary, stream, chartStart, today);
        // Infections in the window are shaded, so their before-and-after shows in the trend.
        var shaded = (await infections.ListAsync(ct))
            .Where(i => i.StartDate <= today && (i.EndDate ?? today) >= chartStart)
            .Select(i => new Highlight(
                i.StartDate < chartStart ? chartStart : i.StartDate,
                i.EndDate is { } end && end < today ? end : today,
                InfectionTypes.Find(i.Type)?.Label ?? "Infection"))
            .ToList();
        var svg = TrendChart.RenderSvg(chartMatrix, TrendChart.PainFatigueSleep, 480, 320, shaded);
        var means = TrendChart.PainFatigueSleep
            .Select(s => (s.Label, Mean(chartMatrix.Column(s.Code))))
            .ToList();
        return new HistoryView(firstOfMonth, calendar, chartMatrix.RecordedDays, ChartDays, svg, means);
    }

    private static double? Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                n++;
            }
        }

        return n == 0 ? null : Math.Round(sum / n, 1);
    }
}
