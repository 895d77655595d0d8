namespace FibroTrack.Statistics.TimeSeries;

/// <summary>One coefficient of an <see cref="Ar1GlsFit"/>, with its t test on the fit's residual degrees of freedom.</summary>
/// <param name="Term">The design column's name.</param>
/// <param name="Estimate">β̂.</param>
/// <param name="StandardError">√ of the diagonal of σ̂²(XᵀΛ⁻¹X)⁻¹.</param>
/// <param name="T">Estimate / StandardError.</param>
/// <param name="P">Two-sided p-value on n − k df, as <c>summary(gls)</c> reports.</param>
public sealed record GlsCoefficient(string Term, double Estimate, double StandardError, double T, double P);

/// <summary>
/// A regression with AR(1) errors fitted by REML (<see cref="Ar1Gls.Fit"/>): y = Xβ + ε, Var(ε) = σ²Λ(φ),
/// Λᵢⱼ = φ^|dayᵢ − dayⱼ|. The numbers are those nlme's <c>gls(…, method = "REML")</c> reports.
/// </summary>
public sealed record Ar1GlsFit
{
    /// <summary>β̂ with standard errors and t tests, in design-column order.</summary>
    public required IReadOnlyList<GlsCoefficient> Coefficients { get; init; }

    /// <summary>σ̂²(XᵀΛ⁻¹X)⁻¹ at φ̂, k × k, rows in design-column order.</summary>
    public required IReadOnlyList<IReadOnlyList<double>> Covariance { get; init; }

    /// <summary>The REML estimate of φ, the correlation of errors one day apart.</summary>
    public required double Phi { get; init; }

    /// <summary>Which AR(1) the fit assumed (and so the range φ was searched in).</summary>
    public required Ar1Correlation Correlation { get; init; }

    /// <summary>Whether φ̂ sits within 1e-4 of the end of its search range (±0.999999, or 1e-6 for
    /// <see cref="Ar1Correlation.ContinuousTime"/>): the likelihood kept rising towards the edge.</summary>
    public required bool PhiAtBound { get; init; }

    /// <summary>σ̂, the residual (marginal) standard deviation: √(RSS_w / (n − k)), nlme's <c>fit$sigma</c>.</summary>
    public required double Sigma { get; init; }

    /// <summary>The restricted log-likelihood at the optimum, nlme's <c>logLik(fit)</c> (see <see cref="Ar1Gls"/> for the constants).</summary>
    public required double RestrictedLogLikelihood { get; init; }

    /// <summary>n, the observations used.</summary>
    public required int Observations { get; init; }

    /// <summary>n − k, the df of the t tests.</summary>
    public required int DegreesOfFreedom { get; init; }

    /// <summary>Pairs of consecutive observations more than one day apart.</summary>
    public required int Gaps { get; init; }

    /// <summary>y − Xβ̂ on the observed days (not whitened).</summary>
    public required IReadOnlyList<double> Residuals { get; init; }

    /// <summary>The coefficient of the named design column.</summary>
    public GlsCoefficient Coefficient(string term) =>
        Coefficients.FirstOrDefault(c => string.Equals(c.Term, term, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"The fit has no term '{term}'.");
}
