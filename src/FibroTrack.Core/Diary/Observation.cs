namespace FibroTrack.Core.Diary;

/// <summary>
/// One coded fact about one person on one local date: the unit of storage, export and analysis.
/// </summary>
/// <param name="Date">The person's local date the fact belongs to.</param>
/// <param name="Code">A vocabulary code (<see cref="Vocabulary.VariableDefinition.Code"/>) or a diary code (<see cref="DiaryCodes"/>).</param>
/// <param name="Value">The numeric value: the rating, minutes, hours, 1/0 for yes/no, minutes after midnight for a clock time.</param>
/// <param name="Text">The category option, an activity's intensity, a tag or a note.</param>
/// <param name="Ordinal">Position among repeated observations of the same code on the same date (activity sessions, tags).</param>
public readonly record struct Observation(DateOnly Date, string Code, double? Value, string? Text, int Ordinal = 0);
