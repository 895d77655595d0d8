using FibroTrack.Core.Instruments;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Instruments;

/// <summary>Builds ACR 2016 answers: a full body map (painful areas 1, the rest 0), SSS items and duration.</summary>
internal static class AcrFixture
{
    /// <summary>One area in each of the 5 regions, all counting for generalized pain.</summary>
    public static readonly string[] FiveRegions = ["wpi.shoulder-left", "wpi.shoulder-right", "wpi.hip-left", "wpi.hip-right", "wpi.neck"];

    /// <summary>Areas ordered to cover the 5 regions first, so the first n cover min(n, 5) regions.</summary>
    public static readonly string[] SpreadOrder =
        [.. FiveRegions, .. BodyAreas.All.Select(a => a.Code).Except(FiveRegions, StringComparer.Ordinal)];

    /// <summary>The first <paramref name="wpi"/> areas of <see cref="SpreadOrder"/>.</summary>
    public static string[] Areas(int wpi) => SpreadOrder[..wpi];

    public static Dictionary<string, double?> Answers(string[] painful, int sss, bool duration = true)
    {
        var answers = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var area in BodyAreas.All)
        {
            answers[area.Code] = painful.Contains(area.Code, StringComparer.Ordinal) ? 1 : 0;
        }

        foreach (var (code, value) in Sss(sss))
        {
            answers[code] = value;
        }

        answers[Acr2016.Duration] = duration ? 1 : 0;
        return answers;
    }

    /// <summary>SSS items adding up to <paramref name="sss"/>: the 0–3 items fill first, then the 0/1 items.</summary>
    public static Dictionary<string, double?> Sss(int sss)
    {
        var week = InstrumentFixture.Spread(Math.Min(sss, 9), 3, 3);
        var months = InstrumentFixture.Spread(Math.Max(sss - 9, 0), 3, 1);
        return new Dictionary<string, double?>(StringComparer.Ordinal)
        {
            [Acr2016.Fatigue] = week[0],
            [Acr2016.Unrefreshed] = week[1],
            [Acr2016.Cognitive] = week[2],
            [Acr2016.Headache] = months[0],
            [Acr2016.LowerAbdominal] = months[1],
            [Acr2016.Depression] = months[2],
        };
    }

    public static InstrumentScore Score(Dictionary<string, double?> answers) => InstrumentFixture.Score(Acr2016.Definition, answers);

    /// <summary>The ACR result of a scored form, failing the test if there is none.</summary>
    public static AcrResult Result(Dictionary<string, double?> answers)
    {
        var score = Score(answers);
        Assert.NotNull(score.Acr);
        return score.Acr;
    }
}
