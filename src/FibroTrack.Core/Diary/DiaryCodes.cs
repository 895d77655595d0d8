namespace FibroTrack.Core.Diary;

/// <summary>Codes of diary observations that are not variables: free text attached to a day.</summary>
public static class DiaryCodes
{
    /// <summary>A custom tag; the tag is the observation's text, and the daily matrix gets one column per tag.</summary>
    public const string Tag = "diary.tag";

    /// <summary>The day's free-text notes. Never analysed.</summary>
    public const string Note = "diary.note";
}
