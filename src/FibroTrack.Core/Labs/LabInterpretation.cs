namespace FibroTrack.Core.Labs;

/// <summary>A result's flag, the range it was judged against, and where that range comes from.</summary>
/// <param name="Flag">Low, Normal, High, Positive, Negative or Unknown.</param>
/// <param name="Range">The range used, in the canonical unit; <c>null</c> when none applied.</param>
/// <param name="RangeSource">Where the range comes from, or why there is none, in plain words with the citation.</param>
/// <param name="Band">An additional published band for the value (vitamin D status, hs-CRP cardiovascular band, ANA titer level), if any.</param>
/// <param name="BandSource">The citation of <paramref name="Band"/>.</param>
public sealed record LabInterpretation(
    LabFlag Flag,
    ReferenceRange? Range,
    string RangeSource,
    string? Band = null,
    string? BandSource = null)
{
    /// <summary>Whether the range is the lab's own rather than a FibroTrack default.</summary>
    public bool IsLabRange { get; init; }
}
