namespace FibroTrack.Features.Research;

/// <summary>
/// The disclosure rule of every research result: a count, histogram bin or group of fewer than
/// <see cref="MinimumPeople"/> distinct people is never shown, only "fewer than 10".
/// </summary>
public static class KAnonymity
{
    public const int MinimumPeople = 10;

    public static bool IsShown(int people) => people >= MinimumPeople;

    /// <summary>The count when it may be shown, otherwise null (the surfaces say "fewer than 10").</summary>
    public static int? Count(int people) => IsShown(people) ? people : null;

    /// <summary>
    /// Bin counts with every count under the threshold suppressed (zero included), plus secondary suppression: when
    /// exactly one bin would be hidden and the total is shown, the next smallest bin is hidden too, so the hidden
    /// count cannot be had by subtraction.
    /// </summary>
    public static int?[] SuppressBins(IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var shown = counts.Select(Count).ToArray();
        if (shown.Count(c => c is null) == 1 && shown.Any(c => c is not null))
        {
            var smallest = Enumerable.Range(0, shown.Length).Where(i => shown[i] is not null).MinBy(i => counts[i]);
            shown[smallest] = null;
        }

        return shown;
    }
}
