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

    /// <summary>Covariance of (σ̂², φ̂) from the restricted likelihood's curvature; null when φ̂ is at its bound.</summary>
    public double[,]? ThetaCovariance { get; init; }

    /// <summary>∂V/∂φ at φ̂ for V = σ²(XᵀΛ⁻¹X)⁻¹; null when φ̂ is at its bound.</summary>
    public double[,]? CovarianceByPhi { get; init; }

    /// <summary>
    /// Satterthwaite degrees of freedom of the contrast c'β (Giesbrecht &amp; Burns, Biometrics 1985;41:477–486):
    /// 2(c'Vc)² / (gᵀ Cov(θ̂) g) with g = ∂(c'Vc)/∂θ, θ = (σ², φ). Unlike n − k it counts the uncertainty in φ̂,
    /// which makes the t tests of a short, strongly autocorrelated series honest (Turner et al., BMC Med Res
    /// Methodol 2021, recommend REML with Satterthwaite for interrupted time series). Falls back to n − k when φ̂ is at
    /// its bound; never more than n − k.
    /// </summary>
    public double SatterthwaiteDegreesOfFreedom(IReadOnlyList<double> contrast)
    {
        ArgumentNullException.ThrowIfNull(contrast);
        var k = Coefficients.Count;
        if (contrast.Count != k)
        {
            throw new ArgumentException($"The contrast has {contrast.Count} entries for {k} coefficients.", nameof(contrast));
        }

        if (ThetaCovariance is not { } theta || CovarianceByPhi is not { } byPhi)
        {
            return DegreesOfFreedom;
        }

        double variance = 0, slope = 0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                variance += contrast[i] * Covariance[i][j] * contrast[j];
                slope += contrast[i] * byPhi[i, j] * contrast[j];
            }
        }

        // ∂(c'Vc)/∂σ² = c'Vc/σ² because V is σ² times a matrix free of σ².
        var g0 = variance / (Sigma * Sigma);
        var denominator = (g0 * g0 * theta[0, 0]) + (2 * g0 * slope * theta[0, 1]) + (slope * slope * theta[1, 1]);
        if (!(denominator > 0) || !(variance > 0))
        {
            return DegreesOfFreedom;
        }

        return Math.Clamp(2 * variance * variance / denominator, 1, DegreesOfFreedom);
    }

    /// <summary>The coefficient of the named design column.</summary>
    public GlsCoefficient Coefficient(string term) =>
        Coefficients.FirstOrDefault(c => string.Equals(c.Term, term, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"The fit has no term '{term}'.");
}
