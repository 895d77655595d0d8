namespace FibroTrack.Core.Matrix;

/// <summary>Codes of the columns the matrix derives rather than reads.</summary>
public static class MatrixCodes
{
    /// <summary>Number of painful WPI areas (0–19) on days the body map was filled in.</summary>
    public const string WpiCount = "wpi.count";

    /// <summary>Total activity minutes of the day.</summary>
    public const string ActivityMinutes = "activity.minutes";

    /// <summary>Intensity-weighted activity minutes (light 1, moderate 2, vigorous 4).</summary>
    public const string ActivityLoad = "activity.load";

    /// <summary>Prefix of per-tag indicator columns.</summary>
    public const string TagPrefix = "tag:";

    public static string CategoryOption(string variableCode, string option) => variableCode + "=" + option;
}
