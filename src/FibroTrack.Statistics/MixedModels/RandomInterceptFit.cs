namespace FibroTrack.Statistics.MixedModels;

/// <summary>A linear mixed model with a random intercept per group, fitted by REML.</summary>
public sealed record RandomInterceptFit
{
    public required IReadOnlyList<MixedCoefficient> Coefficients { get; init; }

    /// <summary>Residual (within-group) standard deviation σ.</summary>
    public required double Sigma { get; init; }

    /// <summary>Standard deviation of the random intercepts τ.</summary>
    public required double Tau { get; init; }

    /// <summary>Intraclass correlation τ²/(τ² + σ²): the share of the variance that lies between groups.</summary>
    public double IntraclassCorrelation => Tau * Tau / ((Tau * Tau) + (Sigma * Sigma));

    /// <summary>The maximised restricted log-likelihood, on nlme's scale (no ½ log det XᵀX term).</summary>
    public required double RestrictedLogLikelihood { get; init; }

    public required int Observations { get; init; }

    public required int Groups { get; init; }

    /// <summary>True when τ² was estimated at (numerically) zero; the fit is then ordinary least squares.</summary>
    public required bool TauAtZero { get; init; }

    public MixedCoefficient Coefficient(string name) =>
        Coefficients.FirstOrDefault(c => c.Name == name) ?? throw new ArgumentException($"No coefficient '{name}'.", nameof(name));
}
