namespace FibroTrack.Statistics.Flares;

/// <summary>One flare the rule found.</summary>
/// <param name="Start">First day above the bar.</param>
/// <param name="End">Last day above the bar (inclusive).</param>
/// <param name="PeakDate">Day of the highest composite (the earliest if tied).</param>
/// <param name="PeakComposite">The composite on <paramref name="PeakDate"/>.</param>
/// <param name="Days">Calendar days from <paramref name="Start"/> to <paramref name="End"/>, a bridged missing day included.</param>
/// <param name="ObservedDays">Days of the episode with a composite.</param>
/// <param name="MeanExcess">Mean of composite − baseline over the observed days, in composite points.</param>
public sealed record FlareEpisode(DateOnly Start, DateOnly End, DateOnly PeakDate, double PeakComposite, int Days, int ObservedDays, double MeanExcess)
{
    public bool Contains(DateOnly date) => Start <= date && date <= End;

    public bool Overlaps(DateOnly start, DateOnly end) => Start <= end && start <= End;
}
