using FibroTrack.Core.Diary;
using FibroTrack.Core.Instruments;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Demo;

/// <summary>One demo questionnaire: which instrument, on which date, with which answers.</summary>
public sealed record DemoInstrumentResponse(string InstrumentId, DateOnly Date, IReadOnlyDictionary<string, double?> Answers);

/// <summary>
/// Questionnaire answers consistent with a demo diary: each answer is derived from the person's own
/// ratings over the instrument's recall period (FIQR and PEG weekly, PHQ-9 and GAD-7 every four
/// weeks, ACR 2016 every three months), with a little seeded noise. Deterministic like the diary.
/// </summary>
public static class DemoInstruments
{
    public static IReadOnlyList<DemoInstrumentResponse> Generate(DemoDataSet data, int seed = DemoDiaryGenerator.DefaultSeed)
    {
        var random = new Random(seed ^ 0x51f15e);
        var byDate = data.Days.ToDictionary(d => d.Date);
        var responses = new List<DemoInstrumentResponse>();
        var last = data.Truth.LastDay;
        for (var date = data.Truth.FirstDay.AddDays(13); date <= last; date = date.AddDays(7))
        {
            var week = Window(byDate, date, 7);
            if (week.Count < 4)
            {
                continue; // Nobody fills in a weekly questionnaire about a week they barely recorded.
            }

            responses.Add(new(Fiqr.Id, date, FiqrAnswers(week, random)));
            responses.Add(new(Peg.Id, date, PegAnswers(week, random)));
            var weekIndex = (date.DayNumber - data.Truth.FirstDay.DayNumber) / 7;
            if (weekIndex % 4 == 0)
            {
                var fortnight = Window(byDate, date, 14);
                responses.Add(new(Phq9.Id, date, FrequencyAnswers(9, Mean(fortnight, BuiltInVariables.LowMood, BuiltInVariables.Fatigue), random, "phq9", lastItemZero: true)));
                responses.Add(new(Gad7.Id, date, FrequencyAnswers(7, Mean(fortnight, BuiltInVariables.Anxiety, BuiltInVariables.Stress), random, "gad7", lastItemZero: false)));
            }

            if (weekIndex % 13 == 0)
            {
                responses.Add(new(Acr2016.Id, date, AcrAnswers(week, Window(byDate, date, 182))));
            }
        }

        return responses;
    }

    private static List<DiaryDay> Window(Dictionary<DateOnly, DiaryDay> byDate, DateOnly end, int days) =>
        [.. Enumerable.Range(0, days).Select(i => end.AddDays(-i)).Where(byDate.ContainsKey).Select(d => byDate[d])];

    private static double Mean(IReadOnlyList<DiaryDay> days, params string[] codes)
    {
        var values = days.SelectMany(d => codes.Select(c => d.Values.TryGetValue(c, out var v) ? v.Number : null)).OfType<double>().ToList();
        return values.Count == 0 ? 5 : values.Average();
    }

    private static double? Scale(double value, Random random) => Math.Clamp(Math.Round(value + (random.NextDouble() - 0.5) * 1.5), 0, 10);

    private static Dictionary<string, double?> FiqrAnswers(List<DiaryDay> week, Random random)
    {
        var pain = Mean(week, BuiltInVariables.Pain);
        var fatigue = Mean(week, BuiltInVariables.Fatigue);
        var answers = new Dictionary<string, double?>(StringComparer.Ordinal);
        for (var i = 1; i <= 9; i++)
        {
            // Physical tasks get harder with pain and fatigue; walking and carrying the most.
            var difficulty = 0.45 * pain + 0.35 * fatigue + (i is 2 or 5 or 4 ? 1 : 0) - 1;
            answers[$"fiqr.f{i}"] = Scale(difficulty, random);
        }

        answers["fiqr.o1"] = Scale(0.9 * pain, random);
        answers["fiqr.o2"] = Scale(0.6 * pain + 0.3 * Mean(week, BuiltInVariables.LowMood), random);
        answers["fiqr.s1"] = Scale(pain, random);
        answers["fiqr.s2"] = Scale(fatigue, random);
        answers["fiqr.s3"] = Scale(Mean(week, BuiltInVariables.Stiffness), random);
        answers["fiqr.s4"] = Scale(10 - Mean(week, BuiltInVariables.SleepQuality), random);
        answers["fiqr.s5"] = Scale(Mean(week, BuiltInVariables.LowMood), random);
        answers["fiqr.s6"] = Scale(Mean(week, BuiltInVariables.FibroFog), random);
        answers["fiqr.s7"] = Scale(Mean(week, BuiltInVariables.Anxiety), random);
        answers["fiqr.s8"] = Scale(pain + 0.5, random);
        answers["fiqr.s9"] = Scale(0.6 * Mean(week, BuiltInVariables.FibroFog), random);
        answers["fiqr.s10"] = Scale(Mean(week, BuiltInVariables.NoiseSensitivity, BuiltInVariables.LightSensitivity, BuiltInVariables.TemperatureSensitivity), random);
        return answers;
    }

    private static Dictionary<string, double?> PegAnswers(List<DiaryDay> week, Random random)
    {
        var pain = Mean(week, BuiltInVariables.Pain);
        return new(StringComparer.Ordinal)
        {
            [Peg.PainItem] = Scale(pain, random),
            [Peg.EnjoymentItem] = Scale(0.85 * pain, random),
            [Peg.ActivityItem] = Scale(0.9 * pain, random),
        };
    }

    /// <summary>0–3 "how often" answers from a 0–10 level; the demo never answers the self-harm item above 0.</summary>
    private static Dictionary<string, double?> FrequencyAnswers(int items, double level, Random random, string prefix, bool lastItemZero)
    {
        var answers = new Dictionary<string, double?>(StringComparer.Ordinal);
        for (var i = 1; i <= items; i++)
        {
            answers[$"{prefix}.{i}"] = lastItemZero && i == items ? 0 : Math.Clamp(Math.Round(level / 3.3 + (random.NextDouble() - 0.6)), 0, 3);
        }

        return answers;
    }

    private static Dictionary<string, double?> AcrAnswers(List<DiaryDay> week, List<DiaryDay> halfYear)
    {
        var answers = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var area in BodyAreas.All)
        {
            answers[area.Code] = week.Any(d => d.PainAreas?.Contains(area.Code) == true) ? 1 : 0;
        }

        static double Severity(double level) => Math.Clamp(Math.Round(level / 3.0), 0, 3);
        answers[Acr2016.Fatigue] = Severity(Mean(week, BuiltInVariables.Fatigue));
        answers[Acr2016.Unrefreshed] = Severity(Mean(week, BuiltInVariables.UnrefreshingSleep));
        answers[Acr2016.Cognitive] = Severity(Mean(week, BuiltInVariables.FibroFog));
        answers[Acr2016.Headache] = Mean(halfYear, BuiltInVariables.Headache) >= 3 ? 1 : 0;
        answers[Acr2016.LowerAbdominal] = Mean(halfYear, BuiltInVariables.AbdominalPain) >= 3 ? 1 : 0;
        answers[Acr2016.Depression] = Mean(halfYear, BuiltInVariables.LowMood) >= 5 ? 1 : 0;
        answers[Acr2016.Duration] = 1;
        return answers;
    }
}
