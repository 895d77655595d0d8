namespace FibroTrack.Data.Entities;

/// <summary>What a care grant lets the clinician read.</summary>
public enum ShareScope
{
    /// <summary>The dashboard (weekly summary, insights) and the report.</summary>
    ReadAll = 0,

    /// <summary>The clinician PDF report only.</summary>
    ReportOnly = 1,
}
