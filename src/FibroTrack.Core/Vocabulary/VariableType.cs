namespace FibroTrack.Core.Vocabulary;

/// <summary>How a variable's value is recorded and validated.</summary>
public enum VariableType
{
    /// <summary>A 0–10 numeric rating scale (whole numbers).</summary>
    Scale,

    /// <summary>A whole number of things, 0 or more.</summary>
    Count,

    /// <summary>A whole number of minutes within one day (0–1440).</summary>
    Minutes,

    /// <summary>Yes or no, stored as 1 or 0.</summary>
    YesNo,

    /// <summary>One of a fixed list of options.</summary>
    Category,

    /// <summary>A number with a UCUM unit and an allowed range.</summary>
    Quantity,

    /// <summary>A clock time (HH:mm), stored as minutes after midnight.</summary>
    TimeOfDay,
}
