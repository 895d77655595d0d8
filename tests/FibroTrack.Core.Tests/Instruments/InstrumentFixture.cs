using FibroTrack.Core.Instruments;
using FibroTrack.Core.Validation;

namespace FibroTrack.Core.Tests.Instruments;

/// <summary>Short-hands for building answers and scoring them.</summary>
internal static class InstrumentFixture
{
    /// <summary>Validates and scores, failing the test if the answers are invalid.</summary>
    public static InstrumentScore Score(InstrumentDefinition instrument, IReadOnlyDictionary<string, double?> answers) =>
        InstrumentScorer.Score(Valid(InstrumentValidator.Validate(instrument, answers)));

    public static InstrumentResponse Valid(ValidationResult<InstrumentResponse> result)
    {
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        return result.Value!;
    }

    /// <summary>Answers <c>{prefix}1</c>, <c>{prefix}2</c>, … with the given values in order.</summary>
    public static Dictionary<string, double?> Numbered(string prefix, params int[] values)
    {
        var answers = new Dictionary<string, double?>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            answers[$"{prefix}{i + 1}"] = values[i];
        }

        return answers;
    }

    /// <summary><paramref name="count"/> item values in 0..<paramref name="max"/> that add up to <paramref name="sum"/>, filled from the first.</summary>
    public static int[] Spread(int sum, int count, int max)
    {
        Assert.InRange(sum, 0, count * max);
        var values = new int[count];
        for (var i = 0; i < count && sum > 0; i++)
        {
            values[i] = Math.Min(max, sum);
            sum -= values[i];
        }

        return values;
    }

    public static Dictionary<string, double?> Without(this Dictionary<string, double?> answers, params string[] codes)
    {
        var copy = new Dictionary<string, double?>(answers, StringComparer.Ordinal);
        foreach (var code in codes)
        {
            copy.Remove(code);
        }

        return copy;
    }

    public static Dictionary<string, double?> With(this Dictionary<string, double?> answers, string code, double? value)
    {
        var copy = new Dictionary<string, double?>(answers, StringComparer.Ordinal) { [code] = value };
        return copy;
    }
}
