using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Instruments;

/// <summary>A condition of the ACR 2016 fibromyalgia criteria (Wolfe et al. 2016) that a response can fail.</summary>
public enum AcrCondition
{
    /// <summary>Criterion 1: WPI ≥ 7 with SSS ≥ 5, or WPI 4–6 with SSS ≥ 9.</summary>
    WpiAndSss = 1,

    /// <summary>Criterion 2: pain in at least 4 of the 5 regions, jaw, chest and abdomen not counting.</summary>
    GeneralizedPain = 2,

    /// <summary>Criterion 3: symptoms at a similar level for at least 3 months.</summary>
    Duration = 3,
}

/// <summary>
/// The ACR 2016 criteria applied to a self-reported form. Meeting them is a screening result on
/// self-report, never a diagnosis: say <see cref="Acr2016.MeetsCriteriaPhrase"/>.
/// </summary>
/// <param name="Wpi">Widespread Pain Index, 0–19: painful areas in the last week.</param>
/// <param name="Sss">Symptom Severity Scale, 0–12.</param>
/// <param name="FsCategory">Wolfe et al. 2015 category of <see cref="Fs"/>: None, Mild, Moderate, Severe, Very severe.</param>
/// <param name="PainfulRegions">Regions with pain in an area that counts for generalized pain, in region order.</param>
/// <param name="DurationAtLeast3Months">The person said the symptoms have been at a similar level for at least 3 months.</param>
/// <param name="FailedConditions">The criteria not met, in criterion order; empty when all are met.</param>
public sealed record AcrResult(
    int Wpi,
    int Sss,
    string FsCategory,
    IReadOnlyList<BodyRegion> PainfulRegions,
    bool DurationAtLeast3Months,
    IReadOnlyList<AcrCondition> FailedConditions)
{
    /// <summary>Fibromyalgia severity (polysymptomatic distress) = WPI + SSS, 0–31.</summary>
    public int Fs => Wpi + Sss;

    /// <summary>How many of the 5 regions count towards generalized pain.</summary>
    public int RegionCount => PainfulRegions.Count;

    public bool GeneralizedPain => !FailedConditions.Contains(AcrCondition.GeneralizedPain);

    public bool WpiAndSssMet => !FailedConditions.Contains(AcrCondition.WpiAndSss);

    /// <summary>All three self-reportable conditions hold: "meets the ACR 2016 criteria on self-report (screening)".</summary>
    public bool MeetsCriteria => FailedConditions.Count == 0;

    /// <summary>One sentence for the screen: <see cref="Acr2016.MeetsCriteriaPhrase"/> or its negation.</summary>
    public string Summary => MeetsCriteria ? Acr2016.MeetsCriteriaSentence : Acr2016.DoesNotMeetCriteriaSentence;
}
