using FibroTrack.Statistics.Numerics;

namespace FibroTrack.Statistics.Flares;

/// <summary>Settings of the flare rule and of its per-person calibration (STATS.md §3). The defaults are the documented rule.</summary>
public sealed record FlareOptions
{
    public static FlareOptions Default { get; } = new();

    /// <summary>Which ratings make up the composite when the detector reads a <see cref="FibroTrack.Core.Matrix.DailyMatrix"/>.</summary>
    public CompositeDefinition Composite { get; init; } = CompositeDefinition.PainFatigue;

    /// <summary>Fewest observed days above the bar in a row that make a flare: 2 or 3 (STATS.md: "≥ 2–3 consecutive days").</summary>
    public int MinDays { get; init; } = 3;

    /// <summary>The rise over baseline, in composite points, below which nothing is a flare however calm the person
    /// usually is: 2 points, the IMMPACT "much improved" change on a 0–10 scale (Dworkin et al., J Pain 2008;9:105–121;
    /// Farrar et al., Pain 2001;94:149–158), read here as a change worth noticing in the other direction too.</summary>
    public double MinRisePoints { get; init; } = 2.0;

    /// <summary>Valid days in the baseline window (28).</summary>
    public int BaselineWindowDays { get; init; } = PersonalBaseline.DefaultWindowDays;

    /// <summary>Fewest valid earlier days that give a baseline (14).</summary>
    public int MinBaselineDays { get; init; } = PersonalBaseline.DefaultMinDays;

    /// <summary>Cap on detect–exclude–recompute passes of the baseline (5; in practice it settles in 1–3).</summary>
    public int MaxBaselinePasses { get; init; } = 5;

    /// <summary>Days of one episode excluded from later baselines at most (28): a rise that lasts longer becomes the
    /// person's new level instead of one endless flare.</summary>
    public int MaxExcludedDaysPerEpisode { get; init; } = 28;

    /// <summary>Smallest k on the calibration grid.</summary>
    public double KMin { get; init; } = 1.0;

    /// <summary>Largest k on the calibration grid; if even this gives too many false flares the result says so.</summary>
    public double KMax { get; init; } = 5.0;

    /// <summary>Step of the calibration grid.</summary>
    public double KStep { get; init; } = 0.1;

    /// <summary>False flares per person-year the calibrated rule may show on the person's own no-flare model (1, STATS.md).</summary>
    public double MaxFalseFlaresPerYear { get; init; } = 1.0;

    /// <summary>Person-years simulated per candidate k (200): the rate is then known to about ±0.07 near 1 a year.</summary>
    public double CalibrationYears { get; init; } = 200;

    /// <summary>Seed of the calibration's simulations, so the same diary always gives the same k.</summary>
    public int Seed { get; init; } = 20260401;

    /// <summary>Fewest days with a composite before any flare is looked for (60, as for associations in STATS.md).</summary>
    public int MinValidDays { get; init; } = 60;

    /// <summary>Fewest gap-free pairs of consecutive days the AR(1) is fitted on (30).</summary>
    public int MinAr1Pairs { get; init; } = 30;

    internal int GridSize => (int)Math.Floor(((KMax - KMin) / KStep) + 1e-9) + 1;

    internal double KAt(int i) => Math.Round(KMin + (i * KStep), 10);

    internal void Validate()
    {
        Preconditions.CheckArgument(Enum.IsDefined(Composite), nameof(Composite), "Unknown composite definition.");
        Preconditions.CheckArgumentRange(MinDays, nameof(MinDays), 2, 3);
        Preconditions.CheckArgumentRange(MinRisePoints, nameof(MinRisePoints), 0, 10);
        Preconditions.CheckArgumentRange(BaselineWindowDays, nameof(BaselineWindowDays), 7, 365);
        Preconditions.CheckArgumentRange(MinBaselineDays, nameof(MinBaselineDays), 1, BaselineWindowDays);
        Preconditions.CheckArgumentRange(MaxBaselinePasses, nameof(MaxBaselinePasses), 1, 20);
        Preconditions.CheckArgumentRange(MaxExcludedDaysPerEpisode, nameof(MaxExcludedDaysPerEpisode), 1, 3660);
        Preconditions.CheckPositive(KMin, nameof(KMin));
        Preconditions.CheckArgumentRange(KMax, nameof(KMax), KMin, 20);
        Preconditions.CheckPositive(KStep, nameof(KStep));
        Preconditions.CheckArgument(GridSize <= 1000, nameof(KStep), "The k grid may hold at most 1000 values.");
        Preconditions.CheckPositive(MaxFalseFlaresPerYear, nameof(MaxFalseFlaresPerYear));
        Preconditions.CheckArgumentRange(CalibrationYears, nameof(CalibrationYears), 1, 10_000);
        Preconditions.CheckArgumentRange(MinValidDays, nameof(MinValidDays), 1, 3660);
        Preconditions.CheckArgumentRange(MinAr1Pairs, nameof(MinAr1Pairs), Ar1Fit.MinPairs, 3660);
    }
}
