namespace FibroTrack.Core.Instruments;

/// <summary>Labelled answers shared by several instruments.</summary>
public static class ResponseOptions
{
    /// <summary>How often, over the recall period: the PHQ-9 and GAD-7 scale, 0–3.</summary>
    public static readonly IReadOnlyList<ResponseOption> Frequency =
    [
        new(0, "Not at all"),
        new(1, "Several days"),
        new(2, "More than half the days"),
        new(3, "Nearly every day"),
    ];

    /// <summary>How much of a problem: the ACR 2016 Symptom Severity Scale, 0–3.</summary>
    public static readonly IReadOnlyList<ResponseOption> SymptomSeverity =
    [
        new(0, "No problem"),
        new(1, "Slight or mild"),
        new(2, "Moderate"),
        new(3, "Severe"),
    ];

    public static readonly IReadOnlyList<ResponseOption> NoYes =
    [
        new(0, "No"),
        new(1, "Yes"),
    ];
}
