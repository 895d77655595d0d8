namespace FibroTrack.Core.Vocabulary;

/// <summary>Where a variable is shown on the daily check-in, in display order.</summary>
public enum DiarySection
{
    Pain,
    Symptoms,
    Sleep,
    Activity,
    Diet,
    Mind,
    Medications,
    Events,
    Custom,
}
