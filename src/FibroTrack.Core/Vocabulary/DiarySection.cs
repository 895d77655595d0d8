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

    /// <summary>Findings that are not typical of fibromyalgia alone (swollen joints, fever, …): they feed the red-flag rules.</summary>
    Signs,
    Custom,
}
