namespace FibroTrack.Statistics.Insights;

/// <summary>An infection the person recorded, as the insights need it: when, and what to call it.</summary>
/// <param name="End">Last day of the illness; null while it is ongoing.</param>
/// <param name="Label">As it reads in a sentence: "COVID-19", "a cold".</param>
public sealed record InfectionWindow(DateOnly Start, DateOnly? End, string Label)
{
    /// <summary>Whether the illness overlaps the days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public bool Overlaps(DateOnly from, DateOnly to) => Start <= to && (End ?? DateOnly.MaxValue) >= from;
}
