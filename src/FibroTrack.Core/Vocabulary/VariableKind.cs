namespace FibroTrack.Core.Vocabulary;

/// <summary>The role a variable plays in analysis (PRODUCT.md, "One vocabulary, one stream").</summary>
public enum VariableKind
{
    /// <summary>Something the person experiences and wants less of: pain, fatigue, fog.</summary>
    Symptom,

    /// <summary>Something the person does or is exposed to: food, activity, sleep habits.</summary>
    Exposure,

    /// <summary>A medication or supplement taken.</summary>
    Treatment,

    /// <summary>A laboratory result.</summary>
    Lab,

    /// <summary>Something that happened: an infection, travel, menstruation.</summary>
    Event,
}
