using FibroTrack.Core.Matrix;
using FibroTrack.Core.Text;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Features.Diary;
using FibroTrack.Reports.Charts;
using FibroTrack.Statistics.Insights;

namespace FibroTrack.Features.Insights;

/// <summary>How one day of the flare calendar is shown.</summary>
public enum FlareDayState
{
    /// <summary>Before the diary starts or after its last day.</summary>
    Outside,
    NotRecorded,
    Recorded,
    InFlare,
}

/// <param name="Marked">The person pressed "I'm in a flare" that day.</param>
public sealed record FlareCalendarDay(DateOnly Date, FlareDayState State, bool Marked);

/// <summary>One month block: <see cref="LeadingBlanks"/> empty cells so the 1st falls on its weekday (weeks start on Monday).</summary>
public sealed record FlareCalendarMonth(DateOnly Month, int LeadingBlanks, IReadOnlyList<FlareCalendarDay> Days);

public sealed record FlareCalendarView(DateOnly From, DateOnly To, IReadOnlyList<FlareCalendarMonth> Months, int FlareDays, int RecordedDays, int NotRecordedDays, int MarkedDays);

/// <summary>A regimen change with its number on the timeline chart (null when the change is outside the chart).</summary>
public sealed record TimelineEntry(int? Number, TreatmentDto Change);

/// <summary>Everything the insights page shows: the stored insights plus what is drawn from the diary itself.</summary>
public sealed record InsightsView(
    InsightsDto Insights,
    FlareCalendarView Calendar,
    IReadOnlyList<TimelineEntry> Timeline,
    string TimelineSvg,
    string TimelineDescription,
    IReadOnlyList<string> PacingSvgs,
    IReadOnlyDictionary<string, string> Labels);

/// <summary>The days behind one finding, with the names to show.</summary>
public sealed record FindingDaysView(
    string Outcome,
    string OutcomeLabel,
    string Exposure,
    string ExposureLabel,
    int Lag,
    FindingDto? Finding,
    bool ExposureIsYesNo,
    IReadOnlyList<(DateOnly Date, double Exposure, double Outcome)> Days);

/// <summary>
/// Builds the insights pages from <see cref="InsightService"/>: the stored insights (one small read while current) and
/// one read of the diary matrix for the flare calendar and the timeline chart.
/// </summary>
public sealed class InsightsPageService(InsightService insights, DiaryService diary)
{
    /// <summary>How far back the flare calendar reaches: this many whole months, ending with the last analysed day's month.</summary>
    public const int CalendarMonths = 12;

    private static readonly SeriesSpec Pain = new(BuiltInVariables.Pain, "Pain", "#C2410C");

    public async Task<InsightsView?> GetAsync(CancellationToken ct = default)
    {
        var dto = await insights.GetAsync(ct);
        if (dto is null)
        {
            return null;
        }

        var first = dto.Method.FirstDay;
        var last = dto.Method.LastDay;
        var matrix = await diary.MatrixAsync(first, last, ct);
        var labels = Labels(matrix, dto);

        var calendar = Calendar(dto.Flares, matrix, first, last);

        var number = 0;
        var timeline = dto.Treatments
            .OrderBy(t => t.Date).ThenBy(t => t.ItemName, StringComparer.Ordinal)
            .Select(t => new TimelineEntry(t.Date >= first && t.Date <= last ? ++number : null, t))
            .ToList();
        var markers = timeline.Where(t => t.Number is not null)
            .Select(t => new ChartMarker(t.Change.Date, t.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var flares = dto.Flares.Episodes.Select(e => new Highlight(e.Start, e.End, "Flare", "#C2410C")).ToList();
        var svg = TimelineChart.RenderSvg(matrix, Pain, markers, flares, 480, 300);
        var description = TimelineText(matrix, timeline, dto.Flares.Episodes.Count);

        var pacing = dto.Pacing
            .Select(p => p.Points.Count == 0 && p.Fitted.Count == 0
                ? string.Empty
                : PacingChart.RenderSvg(
                    [.. p.Points.Select(x => (x.Load, x.Outcome))], [.. p.Fitted.Select(x => (x.Load, x.Outcome))],
                    p.EnvelopeFound ? p.Envelope : null, "Activity load that day", SentenceCase.Capitalise(p.OutcomeLabel), 480, 300))
            .ToList();

        return new InsightsView(dto, calendar, timeline, svg, description, pacing, labels);
    }

    /// <summary>The days a finding rests on; null when the outcome, exposure or lag is unknown or no day qualifies.</summary>
    public async Task<FindingDaysView?> GetDaysAsync(string? outcome, string? exposure, int lag, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(outcome) || string.IsNullOrWhiteSpace(exposure) || lag is < 1 or > 3)
        {
            return null;
        }

        var days = await insights.DaysBehindAsync(outcome, exposure, lag, ct);
        if (days is null or { Count: 0 })
        {
            return null;
        }

        // The stored insights name the pair; an exact finding adds its sentence.
        var dto = await insights.GetAsync(ct);
        var findings = dto?.Associations.Findings ?? [];
        var finding = findings.FirstOrDefault(f => f.Outcome == outcome && f.Exposure == exposure && f.Lag == lag);
        var outcomeLabel = findings.FirstOrDefault(f => f.Outcome == outcome)?.OutcomeLabel
            ?? (outcome == InsightCodes.Composite ? "Composite symptom score" : null);
        var exposureLabel = findings.FirstOrDefault(f => f.Exposure == exposure)?.ExposureLabel;
        if (outcomeLabel is null || exposureLabel is null)
        {
            // Not in a finding: the matrix of one day carries the vocabulary's names (a tag seen only on other days keeps its code).
            var columns = (await diary.MatrixAsync(days[^1].Date, days[^1].Date, ct)).Columns;
            outcomeLabel ??= columns.FirstOrDefault(c => c.Code == outcome)?.Label;
            exposureLabel ??= columns.FirstOrDefault(c => c.Code == exposure)?.Label;
        }

        var yesNo = days.All(d => d.Exposure is 0 or 1);
        return new FindingDaysView(outcome, outcomeLabel ?? outcome, exposure, exposureLabel ?? exposure, lag, finding, yesNo, days);
    }

    private static Dictionary<string, string> Labels(DailyMatrix matrix, InsightsDto dto)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [InsightCodes.Composite] = "Composite symptom score",
            [InsightCodes.FiqrTotal] = "FIQR total",
        };
        foreach (var column in matrix.Columns)
        {
            labels.TryAdd(column.Code, column.Label);
        }

        foreach (var f in dto.Associations.Findings)
        {
            labels.TryAdd(f.Outcome, f.OutcomeLabel);
            labels.TryAdd(f.Exposure, f.ExposureLabel);
        }

        foreach (var t in dto.Treatments)
        {
            labels.TryAdd(t.Item, t.ItemName);
        }

        return labels;
    }

    private static FlareCalendarView Calendar(FlaresDto flares, DailyMatrix matrix, DateOnly first, DateOnly last)
    {
        var lastMonth = new DateOnly(last.Year, last.Month, 1);
        var firstMonth = lastMonth.AddMonths(-(CalendarMonths - 1));
        var diaryMonth = new DateOnly(first.Year, first.Month, 1);
        if (firstMonth < diaryMonth)
        {
            firstMonth = diaryMonth;
        }

        var inFlare = flares.Days.Where(d => d.InFlare).Select(d => d.Date).ToHashSet();
        var button = matrix.HasColumn(BuiltInVariables.Flare) ? matrix.Column(BuiltInVariables.Flare).ToArray() : [];
        var months = new List<FlareCalendarMonth>();
        int flareDays = 0, recorded = 0, notRecorded = 0, marked = 0;
        for (var month = firstMonth; month <= lastMonth; month = month.AddMonths(1))
        {
            var days = new List<FlareCalendarDay>();
            for (var date = month; date.Month == month.Month; date = date.AddDays(1))
            {
                var index = date.DayNumber - matrix.Start.DayNumber;
                var inRange = date >= first && date <= last && index >= 0 && index < matrix.DayCount;
                var state = !inRange ? FlareDayState.Outside
                    : inFlare.Contains(date) ? FlareDayState.InFlare
                    : matrix.IsRecorded(index) ? FlareDayState.Recorded
                    : FlareDayState.NotRecorded;
                var pressed = inRange && button.Length > 0 && button[index] == 1;
                switch (state)
                {
                    case FlareDayState.InFlare: flareDays++; break;
                    case FlareDayState.Recorded: recorded++; break;
                    case FlareDayState.NotRecorded: notRecorded++; break;
                    default: break;
                }

                marked += pressed ? 1 : 0;
                days.Add(new FlareCalendarDay(date, state, pressed));
            }

            months.Add(new FlareCalendarMonth(month, ((int)month.DayOfWeek + 6) % 7, days));
        }

        var from = firstMonth < first ? first : firstMonth;
        return new FlareCalendarView(from, last, months, flareDays, recorded, notRecorded, marked);
    }

    private static string TimelineText(DailyMatrix matrix, IReadOnlyList<TimelineEntry> timeline, int flares)
    {
        var shown = timeline.Where(t => t.Number is not null).ToList();
        var changes = shown.Count == 0
            ? "No regimen changes fall inside your diary."
            : "Numbered lines mark regimen changes: " + string.Join("; ", shown.Select(t => $"{t.Number}, {InsightFormat.Date(t.Change.Date)}, {t.Change.Description}")) + ".";
        return $"Chart of your daily pain and its 7-day average from {InsightFormat.Date(matrix.Start)} to {InsightFormat.Date(matrix.End)}. " +
            changes + (flares > 0 ? $" Shaded: {flares} flare{(flares == 1 ? "" : "s")} found in your ratings." : string.Empty);
    }
}
