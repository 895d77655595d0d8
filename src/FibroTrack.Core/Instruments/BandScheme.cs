namespace FibroTrack.Core.Instruments;

/// <summary>
/// A published set of severity bands for an instrument's total, with its source. Bands are listed
/// from the lowest; each ends at <see cref="ScoreBand.UpperBound"/>, so a fractional total (a
/// FIQR of 82.5) falls in exactly one band even where the published ranges leave a gap.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>salaffi-2020</c>.</param>
/// <param name="Name">Short name shown next to the band, e.g. "Salaffi 2020".</param>
/// <param name="Citation">Full reference.</param>
/// <param name="Bands">Bands from the lowest; the last one is open-ended.</param>
/// <param name="BoundaryNote">How totals between the published ranges are placed, where that needed a choice.</param>
public sealed record BandScheme(string Id, string Name, string Citation, IReadOnlyList<ScoreBand> Bands, string? BoundaryNote = null)
{
    public ScoreBand Classify(double total)
    {
        if (double.IsNaN(total))
        {
            throw new ArgumentOutOfRangeException(nameof(total), "A total must be a number.");
        }

        foreach (var band in Bands)
        {
            if (total < band.UpperBound || (band.IncludesUpperBound && total == band.UpperBound))
            {
                return band;
            }
        }

        return Bands[^1];
    }

    public BandResult Result(double total) => new(Id, Classify(total).Label, Citation);
}

/// <summary>One severity band.</summary>
/// <param name="Label">What a person reads, e.g. "Moderately severe".</param>
/// <param name="PublishedRange">The range as the source prints it, e.g. "64–82".</param>
/// <param name="UpperBound">Where the band ends; <see cref="double.PositiveInfinity"/> for the last band.</param>
/// <param name="IncludesUpperBound">Whether a total equal to <paramref name="UpperBound"/> is still in this band.</param>
public sealed record ScoreBand(string Label, string PublishedRange, double UpperBound, bool IncludesUpperBound = false);

/// <summary>A total's band under one scheme.</summary>
public sealed record BandResult(string SchemeId, string Label, string Citation);
