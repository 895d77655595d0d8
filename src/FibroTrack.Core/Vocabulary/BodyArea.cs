namespace FibroTrack.Core.Vocabulary;

/// <summary>The five regions of the ACR 2016 generalized-pain rule (CLINICAL.md).</summary>
public enum BodyRegion
{
    LeftUpper = 1,
    RightUpper = 2,
    LeftLower = 3,
    RightLower = 4,
    Axial = 5,
}

/// <summary>
/// One of the 19 areas of the Widespread Pain Index (Wolfe et al., Semin Arthritis Rheum 2016;46:319–329).
/// </summary>
/// <param name="Code">Observation code, e.g. <c>wpi.shoulder-left</c>.</param>
/// <param name="Label">What a person reads.</param>
/// <param name="Region">Region for the generalized-pain rule.</param>
/// <param name="CountsForGeneralizedPain">Jaw, chest and abdomen do not count towards generalized pain (2016 revision).</param>
public sealed record BodyArea(string Code, string Label, BodyRegion Region, bool CountsForGeneralizedPain);
