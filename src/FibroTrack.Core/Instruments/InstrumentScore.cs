using System.Collections.ObjectModel;

namespace FibroTrack.Core.Instruments;

/// <summary>
/// The scored result of one response. <see cref="Total"/> is null when the instrument's published
/// rule gives no score (too many items missing); <see cref="Notes"/> then says why.
/// </summary>
public sealed record InstrumentScore
{
    public required string InstrumentId { get; init; }

    /// <summary>
    /// The total, unrounded (a FIQR total can be 82.5, a PEG 6.67). Show up to two decimals: a FIQR
    /// total just under a band edge (82.96) then never reads as the edge itself.
    /// </summary>
    public double? Total { get; init; }

    /// <summary>Severity band of the total under the instrument's first <see cref="InstrumentDefinition.BandSchemes"/>.</summary>
    public string? Band { get; init; }

    /// <summary>Source of <see cref="Band"/>; show it beside the band.</summary>
    public string? BandCitation { get; init; }

    /// <summary>The total's band under the other published schemes (FIQR: Salaffi 2018).</summary>
    public IReadOnlyList<BandResult> AlternativeBands { get; init; } = [];

    /// <summary>Domain scores by key (FIQR <c>function</c>, <c>overall</c>, <c>symptoms</c>; ACR <c>wpi</c>, <c>sss</c>, <c>fs</c>, <c>regions</c>); empty when there is no total.</summary>
    public IReadOnlyDictionary<string, double> Subscores { get; init; } = ReadOnlyDictionary<string, double>.Empty;

    /// <summary>Plain-language notes for the person: missing items and what was done about them, what a result means.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>
    /// True when an answer needs an immediate safety message (PHQ-9 item 9 above 0), whether or not
    /// the form could be scored. The UI must then show <see cref="Phq9.SafetyMessage"/> prominently.
    /// </summary>
    public bool SafetyAlert { get; init; }

    /// <summary>The ACR 2016 criteria in detail; null for other instruments and when the ACR form could not be scored.</summary>
    public AcrResult? Acr { get; init; }

    public bool IsScored => Total is not null;
}
