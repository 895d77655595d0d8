using FibroTrack.Core.Vocabulary;
using FibroTrack.Statistics.Numerics;

namespace FibroTrack.Statistics.Associations;

/// <summary>How the autoregressive order p of the outcome is chosen (STATS.md §1).</summary>
public enum ArOrderRule
{
    /// <summary>Use <see cref="AssociationOptions.ArOrder"/> (1 by default; the calibrated setting).</summary>
    Fixed,

    /// <summary>Smallest BIC among p = 1..<see cref="AssociationOptions.MaxArOrder"/>, compared on the rows usable for the largest p.</summary>
    Bic,

    /// <summary>Start at <see cref="AssociationOptions.ArOrder"/> and add a lag of y while the Ljung–Box test rejects at
    /// <see cref="AssociationOptions.LjungBoxAlpha"/>, up to <see cref="AssociationOptions.MaxArOrder"/>.</summary>
    LjungBoxStepUp,
}

/// <summary>Settings of the lagged-association analysis. The defaults are the ones STATS.md calibrated.</summary>
public sealed record AssociationOptions
{
    public static AssociationOptions Default { get; } = new();

    /// <summary>p, the lags of the outcome in the model (1–3; default 1).</summary>
    public int ArOrder { get; init; } = 1;

    public ArOrderRule ArOrderRule { get; init; } = ArOrderRule.Fixed;

    /// <summary>Largest p the <see cref="ArOrderRule.Bic"/> and <see cref="ArOrderRule.LjungBoxStepUp"/> rules may choose.</summary>
    public int MaxArOrder { get; init; } = 3;

    /// <summary>Days with a rating of the outcome needed before anything is estimated (STATS.md: 60).</summary>
    public int MinRatedDays { get; init; } = 60;

    /// <summary>For a yes/no exposure: usable days with it and without it, each (STATS.md: 10).</summary>
    public int MinDaysWithAndWithout { get; init; } = 10;

    /// <summary>
    /// Rows with a complete lag window (y_t, y_{t−1..t−p}, x_{t−1..t−3} all recorded) needed for a fit. Our addition
    /// to STATS.md's rules: 60 rated days can leave far fewer complete windows when days are scattered, and a
    /// continuous exposure has no with/without rule. 40 leaves ≥ 30 residual df with a linear trend.
    /// </summary>
    public int MinUsableDays { get; init; } = 40;

    /// <summary>Series spanning at most this many calendar days get a linear trend (STATS.md: 120).</summary>
    public int LinearTrendMaxDays { get; init; } = 120;

    /// <summary>Longer series get a natural cubic spline trend with one df per this many days (STATS.md: ~60).</summary>
    public int TrendDaysPerDf { get; init; } = 60;

    /// <summary>Adds six day-of-week indicators (Monday the reference): an optional covariate in STATS.md §1.</summary>
    public bool IncludeDayOfWeek { get; init; }

    /// <summary>Lag h of the residual Ljung–Box check (STATS.md: 7).</summary>
    public int LjungBoxLag { get; init; } = 7;

    /// <summary>Level at which the Ljung–Box check counts as "autocorrelation remains".</summary>
    public double LjungBoxAlpha { get; init; } = 0.05;

    /// <summary>Coverage of the effect intervals (0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Headline findings: q at most this (STATS.md: 0.05).</summary>
    public double HeadlineQ { get; init; } = 0.05;

    /// <summary>Exploratory (labelled) findings: q at most this (STATS.md: 0.10).</summary>
    public double ExploratoryQ { get; init; } = 0.10;

    /// <summary>Diary completion below which the scan warns (STATS.md: 70%).</summary>
    public double MinCompletion { get; init; } = 0.70;

    /// <summary>The person's vocabulary, for units and types in the wording; the built-ins when null.</summary>
    public VariableVocabulary? Vocabulary { get; init; }

    internal void Validate()
    {
        Preconditions.CheckArgumentRange(ArOrder, nameof(ArOrder), 1, 3);
        Preconditions.CheckArgumentRange(MaxArOrder, nameof(MaxArOrder), ArOrder, 3);
        Preconditions.CheckArgumentRange(MinRatedDays, nameof(MinRatedDays), 1, int.MaxValue);
        Preconditions.CheckArgumentRange(MinDaysWithAndWithout, nameof(MinDaysWithAndWithout), 1, int.MaxValue);
        Preconditions.CheckArgumentRange(MinUsableDays, nameof(MinUsableDays), 20, int.MaxValue);
        Preconditions.CheckArgumentRange(LinearTrendMaxDays, nameof(LinearTrendMaxDays), 1, int.MaxValue);
        Preconditions.CheckArgumentRange(TrendDaysPerDf, nameof(TrendDaysPerDf), 14, int.MaxValue);
        Preconditions.CheckArgumentRange(LjungBoxLag, nameof(LjungBoxLag), MaxArOrder + 1, 60);
        Preconditions.CheckArgument(LjungBoxAlpha > 0 && LjungBoxAlpha < 1, nameof(LjungBoxAlpha), "Alpha must lie strictly between 0 and 1.");
        Preconditions.CheckArgument(ConfidenceLevel > 0 && ConfidenceLevel < 1, nameof(ConfidenceLevel), "The level must lie strictly between 0 and 1.");
        Preconditions.CheckArgument(HeadlineQ > 0 && HeadlineQ <= ExploratoryQ && ExploratoryQ < 1, nameof(HeadlineQ), "Need 0 < headline q ≤ exploratory q < 1.");
        Preconditions.CheckArgumentRange(MinCompletion, nameof(MinCompletion), 0, 1);
    }
}
