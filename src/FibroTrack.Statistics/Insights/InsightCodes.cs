namespace FibroTrack.Statistics.Insights;

/// <summary>Codes of the series the insight engine adds to a person's matrix.</summary>
public static class InsightCodes
{
    /// <summary>The composite symptom score of the flare rule (mean of pain and fatigue, 0–10).</summary>
    public const string Composite = "insight.composite";

    /// <summary>FIQR total (0–100), read from the questionnaire responses rather than the diary.</summary>
    public const string FiqrTotal = "fiqr.total";
}
