using FibroTrack.Core.Diary;

namespace FibroTrack.Core.Labs;

/// <summary>Bounds on a lab result, generous for real reports and tight enough to refuse abuse.</summary>
public static class LabLimits
{
    /// <summary>Largest value accepted in any unit; above any real lab value (WBC in /L would be 10^10, but that unit is not accepted).</summary>
    public const double MaxValue = 1e9;

    public const int MaxPatternLength = 100;
    public const int MaxSourceLength = 200;
    public const int MaxNotesLength = DiaryLimits.MaxNotesLength;
}
