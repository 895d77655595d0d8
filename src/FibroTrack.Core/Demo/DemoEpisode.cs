namespace FibroTrack.Core.Demo;

/// <summary>
/// A run of consecutive calendar days in the demo data's ground truth: a flare, an infection or a
/// block of days the diary was not filled in. Both ends are inclusive.
/// </summary>
/// <param name="Label">What the episode is: <c>flare</c>; the <c>event.infection-type</c> option of an
/// infection (e.g. <c>influenza</c>); <c>holiday</c> or <c>gap</c> for a block of missing days.</param>
/// <param name="PainIncrease">Peak rise of the latent pain in points (0 for a missing block). A flare
/// ramps in and out: 60% of the peak on its first day, 50% on its last, the full rise in between; an
/// infection raises pain by the full amount on every day.</param>
/// <param name="FatigueIncrease">Peak rise of fatigue in points, with the same shape, including what
/// fatigue inherits from the pain rise through its loading on pain.</param>
public sealed record DemoEpisode(string Label, DateOnly Start, DateOnly End, double PainIncrease = 0, double FatigueIncrease = 0)
{
    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool Contains(DateOnly date) => Start <= date && date <= End;
}
