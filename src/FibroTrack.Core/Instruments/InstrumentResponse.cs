namespace FibroTrack.Core.Instruments;

/// <summary>
/// A checked set of answers to one instrument: every answer is a known item's whole number within
/// range. Unanswered items are absent; each instrument's own missing-data rule decides what that
/// means. Obtain one from <see cref="InstrumentValidator.Validate"/>.
/// </summary>
public sealed class InstrumentResponse
{
    internal InstrumentResponse(InstrumentDefinition instrument, IReadOnlyDictionary<string, int> answers)
    {
        Instrument = instrument;
        Answers = answers;
    }

    public InstrumentDefinition Instrument { get; }

    /// <summary>Answered items only, by item code.</summary>
    public IReadOnlyDictionary<string, int> Answers { get; }

    public int? Answer(string code) => Answers.TryGetValue(code, out var value) ? value : null;

    /// <summary>Codes of the items of <paramref name="sectionId"/> that were not answered, in form order.</summary>
    public IReadOnlyList<string> MissingIn(string sectionId) =>
        [.. Instrument.ItemsIn(sectionId).Select(i => i.Code).Where(c => !Answers.ContainsKey(c))];
}
