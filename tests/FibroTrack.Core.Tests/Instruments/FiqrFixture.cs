using FibroTrack.Core.Instruments;

namespace FibroTrack.Core.Tests.Instruments;

/// <summary>Builds FIQR answers by domain.</summary>
internal static class FiqrFixture
{
    public static Dictionary<string, double?> Answers(int[] function, int[] overall, int[] symptoms)
    {
        Assert.Equal(9, function.Length);
        Assert.Equal(2, overall.Length);
        Assert.Equal(10, symptoms.Length);
        var answers = InstrumentFixture.Numbered("fiqr.f", function);
        foreach (var (code, value) in InstrumentFixture.Numbered("fiqr.o", overall).Concat(InstrumentFixture.Numbered("fiqr.s", symptoms)))
        {
            answers[code] = value;
        }

        return answers;
    }

    /// <summary>A complete form whose domain sums are the given ones (function 0–90, overall 0–20, symptoms 0–100).</summary>
    public static Dictionary<string, double?> WithSums(int function, int overall, int symptoms) =>
        Answers(InstrumentFixture.Spread(function, 9, 10), InstrumentFixture.Spread(overall, 2, 10), InstrumentFixture.Spread(symptoms, 10, 10));

    public static InstrumentScore Score(Dictionary<string, double?> answers) => InstrumentFixture.Score(Fiqr.Definition, answers);
}
