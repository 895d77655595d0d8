using System.Globalization;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Diary;

/// <summary>A validated value of one variable: a number, or the code of a category option.</summary>
public readonly record struct RecordedValue(double? Number, string? Option)
{
    /// <summary>
    /// The number, with a negative zero made positive (adding +0.0 does that in IEEE 754): PostgreSQL keeps the sign
    /// and SQLite drops it, so one form keeps stored, exported and re-imported days identical on both.
    /// </summary>
    public double? Number { get; init; } = Number + 0.0;

    public static RecordedValue Of(double number) => new(number, null);

    public static RecordedValue OfOption(string option) => new(null, option);

    /// <summary>The value as a person reads it and as a form field holds it (invariant culture).</summary>
    public string Format(VariableDefinition variable) => variable.Type switch
    {
        VariableType.Category => Option ?? string.Empty,
        VariableType.YesNo => Number == 1 ? "true" : "false",
        VariableType.TimeOfDay => TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(Number ?? 0)).ToString("HH:mm", CultureInfo.InvariantCulture),
        _ => Number?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
