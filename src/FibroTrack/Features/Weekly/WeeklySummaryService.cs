using System.Globalization;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Text;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Features.Diary;
using FibroTrack.Features.Insights;
using FibroTrack.Features.Vocabulary;

namespace FibroTrack.Features.Weekly;

/// <summary>
/// The weekly summary: seven days against the person's baseline, flare days, regimen adherence, activity against
/// the envelope, and at most one suggestion — always one of the person's own headline findings, never generic advice.
/// </summary>
public sealed class WeeklySummaryService(DiaryService diary, VocabularyService vocabularies, InsightService insights, TimeProvider clock)
{
    /// <summary>Days before the week whose median is the baseline (as the flare rule's baseline).</summary>
    public const int BaselineDays = 28;

    private static readonly (string Code, bool HigherIsWorse)[] MeasureCodes =
    [
        (BuiltInVariables.Pain, true),
        (BuiltInVariables.Fatigue, true),
        (BuiltInVariables.FibroFog, true),
        (BuiltInVariables.LowMood, true),
        (MatrixCodes.WpiCount, true),
        (BuiltInVariables.SleepQuality, false),
        (BuiltInVariables.SleepHours, false),
    ];

    /// <param name="end">Last day of the week; today when null.</param>
    public async Task<WeeklySummaryDto> GetAsync(DateOnly? end = null, CancellationToken ct = default)
    {
        var to = end ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var from = to.AddDays(-6);
        var matrix = await diary.MatrixAsync(from.AddDays(-BaselineDays), to, ct);
        var vocabulary = await vocabularies.GetAsync(ct);
        var stored = await insights.GetAsync(ct);
        var week = Enumerable.Range(0, 7).Select(i => from.AddDays(i)).ToArray();

        var measures = MeasureCodes
            .Where(m => matrix.HasColumn(m.Code))
            .Select(m => Measure(matrix, vocabulary.Variables, m.Code, m.HigherIsWorse, from))
            .ToList();

        var flareDays = stored?.Flares.Days.Where(d => d.InFlare && d.Date >= from && d.Date <= to).Select(d => d.Date).ToList() ?? [];
        var buttonDays = matrix.HasColumn(BuiltInVariables.Flare)
            ? week.Where(d => matrix[d, BuiltInVariables.Flare] > 0.5).ToList()
            : [];

        var adherence = vocabulary.Regimen
            .Where(item => week.Any(item.IsActiveOn) && matrix.HasColumn(item.Code))
            .Select(item =>
            {
                var active = week.Where(item.IsActiveOn).ToArray();
                var answered = active.Count(d => !double.IsNaN(matrix[d, item.Code]));
                var taken = active.Count(d => matrix[d, item.Code] > 0.5);
                return new AdherenceDto(item.Code, item.Name, active.Length, answered, taken);
            })
            .OrderBy(a => a.Name, StringComparer.CurrentCulture)
            .ToList();

        return new WeeklySummaryDto(
            from, to, week.Count(d => matrix.IsRecorded(d.DayNumber - matrix.Start.DayNumber)), measures, flareDays, buttonDays, adherence,
            Activity(matrix, week, stored), Suggestion(matrix, week, stored));
    }

    private static WeeklyMeasureDto Measure(DailyMatrix matrix, VariableVocabulary vocabulary, string code, bool higherIsWorse, DateOnly from)
    {
        var column = matrix.Column(code);
        var baseline = new List<double>(BaselineDays);
        var week = new List<double>(7);
        for (var d = 0; d < column.Length; d++)
        {
            if (!double.IsNaN(column[d]))
            {
                (matrix.DateAt(d) < from ? baseline : week).Add(column[d]);
            }
        }

        double? weekMean = week.Count > 0 ? week.Average() : null;
        double? median = baseline.Count > 0 ? Median(baseline) : null;
        var label = matrix.Columns[matrix.IndexOf(code)].Label;
        var unit = vocabulary.Find(code)?.Unit;
        return new WeeklyMeasureDto(code, label, unit, weekMean, week.Count, median, baseline.Count, weekMean - median, higherIsWorse);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    private static WeeklyActivityDto Activity(DailyMatrix matrix, DateOnly[] week, InsightsDto? stored)
    {
        // Next-day pain first, then fatigue: the envelope most people ask about.
        var pacing = stored?.Pacing
            .Where(p => p.EnvelopeFound && p.Envelope is not null)
            .OrderBy(p => p.HorizonDays)
            .ThenBy(p => p.Outcome == BuiltInVariables.Pain ? 0 : 1)
            .FirstOrDefault();
        var envelope = pacing?.Envelope;
        var source = pacing?.Text
            ?? (stored is null || stored.Pacing.Count == 0
                ? "No pacing analysis yet."
                : "No overexertion pattern found in your diary yet, so there is no envelope to compare with.");
        var days = week.Select(d =>
        {
            double? load = matrix.HasColumn(MatrixCodes.ActivityLoad) && !double.IsNaN(matrix[d, MatrixCodes.ActivityLoad]) ? matrix[d, MatrixCodes.ActivityLoad] : null;
            return new WeeklyActivityDayDto(d, load, envelope is not null && load > envelope);
        }).ToList();
        return new WeeklyActivityDto(envelope, source, days);
    }

    /// <summary>
    /// The person's most credible headline finding (smallest q) whose exposure they recorded this week, told back with
    /// its numbers and this week's count. An observation about their own diary, never advice.
    /// </summary>
    private static WeeklySuggestionDto? Suggestion(DailyMatrix matrix, DateOnly[] week, InsightsDto? stored)
    {
        var finding = stored?.Associations.Findings
            .Where(f => f.Level == "headline" && matrix.HasColumn(f.Exposure))
            .OrderBy(f => f.Q)
            .FirstOrDefault();
        if (finding is null)
        {
            return null;
        }

        var binary = finding.DaysWith + finding.DaysWithout > 0;
        var count = week.Count(d => binary ? matrix[d, finding.Exposure] > 0.5 : !double.IsNaN(matrix[d, finding.Exposure]));
        var thisWeek = binary
            ? count switch
            {
                0 => $"You did not record {SentenceCase.Lower(finding.ExposureLabel)} this week.",
                1 => $"This week you recorded {SentenceCase.Lower(finding.ExposureLabel)} on 1 day.",
                _ => string.Create(CultureInfo.InvariantCulture, $"This week you recorded {SentenceCase.Lower(finding.ExposureLabel)} on {count} days."),
            }
            : string.Create(CultureInfo.InvariantCulture, $"You recorded {SentenceCase.Lower(finding.ExposureLabel)} on {count} days this week.");
        var text = $"From your own diary: {finding.Text} {thisWeek} If you want to know more, a planned self-experiment or a talk with your clinician can help.";
        return new WeeklySuggestionDto(text, finding.Outcome, finding.Exposure, finding.Lag, count);
    }
}
