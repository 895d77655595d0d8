namespace FibroTrack.Core.Instruments;

/// <summary>The instruments FibroTrack offers, in the order a person meets them.</summary>
public static class InstrumentCatalog
{
    public static readonly IReadOnlyList<InstrumentDefinition> All =
    [
        Acr2016.Definition,
        Fiqr.Definition,
        Peg.Definition,
        Phq9.Definition,
        Gad7.Definition,
    ];

    public static InstrumentDefinition? Find(string id) =>
        All.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal));
}
