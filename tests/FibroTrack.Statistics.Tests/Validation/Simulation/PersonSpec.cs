using System.Collections.Immutable;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Statistics.Tests.Validation.Simulation;

/// <summary>How the exposures relate to the symptoms (STATS.md "Validation protocol").</summary>
public enum Scenario
{
    /// <summary>Exposures independent of the symptoms.</summary>
    Independent,

    /// <summary>Every tracked exposure reacts to the same day's symptom ("less exercise on bad days").</summary>
    SameDayFeedback,

    /// <summary>Exposures react to how the person truly feels; the 0–10 rating is a noisy read of it. No method fixes this.</summary>
    LatentFeedback,

    /// <summary>A slow curve (period 180–540 days) moves the symptoms and the exposures together.</summary>
    SharedTrend,

    /// <summary>Independent exposures; the interrupted time series is run at the day pain peaked (a treatment started in a flare).</summary>
    TreatmentAtPeak,
}

/// <summary>Which days are missing (whole days: every variable of the day).</summary>
public enum Missingness
{
    None,

    /// <summary>Each day missing with probability <see cref="PersonSpec.MissingRate"/>.</summary>
    AtRandom,

    /// <summary>More likely on bad days: P(missing) = logistic(−2.2 + z), z the day's standardized pain (≈ 15% of days).</summary>
    TiedToSeverity,

    /// <summary>Runs of 3–10 missing days (holidays, bad weeks), a run starting on ≈ 1 day in 45 (≈ 13% of days).</summary>
    Blocks,
}

/// <summary>A true lag-1 effect in the data-generating process: outcome_t rises by β innovation SDs per "yes" (or per
/// SD of a continuous exposure) on day t − 1.</summary>
internal sealed record TrueEffect(string Outcome, string Exposure, double Beta);

/// <summary>The variables a simulated person tracks: three symptoms and ten exposures, so a scan has 3 × 10 × 3 = 90 tests.</summary>
internal static class SimulatedCodes
{
    public const string Pain = BuiltInVariables.Pain;
    public const string Fatigue = BuiltInVariables.Fatigue;
    public const string FibroFog = BuiltInVariables.FibroFog;

    /// <summary>Leader of the correlated food group.</summary>
    public const string ProcessedFood = "diet.processed-food";
    public const string FriedFood = "diet.fried-food";
    public const string RefinedSugar = "diet.refined-sugar";

    /// <summary>Binary Markov with prevalence 0.5 and autocorrelation 0.3 fixed: the exposure of the power check.</summary>
    public const string Dairy = "diet.dairy";
    public const string Gluten = "diet.gluten";
    public const string Caffeine = "diet.caffeine";
    public const string Screens = BuiltInVariables.ScreensBeforeBed;

    /// <summary>Continuous AR(1) around 5 (0–10 scale).</summary>
    public const string Stress = BuiltInVariables.Stress;

    /// <summary>Continuous AR(1) around 7 hours, SD 1.</summary>
    public const string SleepHours = BuiltInVariables.SleepHours;

    /// <summary>Negative control: an independent fair coin each day, never reacting to anything.</summary>
    public const string CoinFlip = "diet.berries";

    public static ImmutableArray<string> Outcomes { get; } = [Pain, Fatigue, FibroFog];

    public static ImmutableArray<string> Exposures { get; } =
        [ProcessedFood, FriedFood, RefinedSugar, Dairy, Gluten, Caffeine, Screens, Stress, SleepHours, CoinFlip];

    public static ImmutableArray<string> BinaryMarkov { get; } = [ProcessedFood, FriedFood, RefinedSugar, Dairy, Gluten, Caffeine, Screens];

    public static ImmutableArray<string> Continuous { get; } = [Stress, SleepHours];
}

/// <summary>One simulated person's data-generating process.</summary>
internal sealed record PersonSpec
{
    public Scenario Scenario { get; init; } = Scenario.Independent;

    /// <summary>Calendar days (STATS.md: 60–365).</summary>
    public int Days { get; init; } = 120;

    /// <summary>AR(1) coefficient of every symptom (STATS.md: 0.3, 0.6, 0.85).</summary>
    public double Phi { get; init; } = 0.6;

    public Missingness Missingness { get; init; } = Missingness.None;

    /// <summary>Ratings rounded to whole numbers and clamped to 0–10, as the diary stores them.</summary>
    public bool Rounded { get; init; } = true;

    /// <summary>Marginal SD of a symptom rating in points (STATS.md: ≈ 1.5). Under latent feedback, of latent + read noise.</summary>
    public double MarginalSd { get; init; } = 1.5;

    /// <summary>Correlation of the three symptoms' innovations.</summary>
    public double SymptomCorrelation { get; init; } = 0.5;

    /// <summary>Share of days missing for <see cref="Missingness.AtRandom"/>.</summary>
    public double MissingRate { get; init; } = 0.15;

    /// <summary>κ: weight of the driver (symptom or slow curve) in the exposures' standard-normal draws (0–1).</summary>
    public double Coupling { get; init; } = 0.5;

    /// <summary>SD of the rating's read noise under <see cref="Scenario.LatentFeedback"/>, in points.</summary>
    public double ReadNoiseSd { get; init; } = 0.75;

    /// <summary>Amplitude (SD) in points of the slow curve added to the symptoms under <see cref="Scenario.SharedTrend"/>.</summary>
    public double TrendSd { get; init; } = 1.0;

    /// <summary>Probability that a correlated food item reuses the leader's draw on a day.</summary>
    public double FoodCoupling { get; init; } = 0.6;

    public ImmutableArray<TrueEffect> Effects { get; init; } = [];

    /// <summary>Under <see cref="Scenario.TreatmentAtPeak"/>: days from the worst day to the treatment's first day (1: the
    /// day after the worst day; 0: the worst day itself, which the analysis then counts as "after").</summary>
    public int PeakToStartDays { get; init; } = 1;

    /// <summary>Days each side the interrupted time series needs; the peak is searched between these margins.</summary>
    public int ItsMarginDays { get; init; } = 28;
}
