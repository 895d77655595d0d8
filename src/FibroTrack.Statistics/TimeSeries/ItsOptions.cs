namespace FibroTrack.Statistics.TimeSeries;

/// <summary>Settings and caller-supplied context for <see cref="InterruptedTimeSeries.Analyse"/>.</summary>
public sealed record ItsOptions
{
    public static ItsOptions Default { get; } = new();

    /// <summary>Days with the outcome recorded needed on each side of the change (STATS.md §2b: 28).</summary>
    public int MinDaysEachSide { get; init; } = 28;

    /// <summary>Calendar days used on each side at most (STATS.md §2b: 90), so older history and later changes stay out.</summary>
    public int MaxDaysEachSide { get; init; } = 90;

    /// <summary>The smallest change that matters; IMMPACT's 2 points by default (see <see cref="TimeSeries.ImportantChange"/>).</summary>
    public ImportantChange ImportantChange { get; init; } = ImportantChange.TwoPoints;

    /// <summary>The error model. <see cref="Ar1Correlation.Discrete"/> (φ ∈ (−1, 1), gap-aware) by default.</summary>
    public Ar1Correlation Correlation { get; init; } = Ar1Correlation.Discrete;

    /// <summary>What changed, as it reads after "after": e.g. "starting low-dose naltrexone". Null: "the change on {date}".</summary>
    public string? ChangeDescription { get; init; }

    /// <summary>Whether the change began during a flare: then a fall is partly regression to the mean (echoed as a caution).</summary>
    public bool StartedDuringFlare { get; init; }

    /// <summary>
    /// What one observation is called in the wording: "days" for a daily rating (the default), "questionnaires" for
    /// a score answered now and then. Only daily series get the cautions calibrated on daily series (fewer than 120
    /// days, low completion).
    /// </summary>
    public string Unit { get; init; } = Daily;

    /// <summary>The unit of a daily rating.</summary>
    public const string Daily = "days";

    /// <summary>Other things that changed within the window (other regimen changes, infections, experiments), echoed in the result.</summary>
    public IReadOnlyList<string> Confounders { get; init; } = [];
}
