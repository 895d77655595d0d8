using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Diary;

public static class DiaryDayInputMapping
{
    /// <summary>
    /// The input that would produce <paramref name="day"/>: lets days built elsewhere (generators,
    /// importers) go through the same <see cref="DiaryValidator"/> as everything a person types.
    /// A value of a code the vocabulary does not know is passed on as a number so validation names it.
    /// </summary>
    public static DiaryDayInput ToInput(this DiaryDay day, VariableVocabulary vocabulary) => new()
    {
        Date = day.Date,
        Values = day.Values.ToDictionary(
            p => p.Key,
            p => ToInputValue(vocabulary.Find(p.Key), p.Value),
            StringComparer.Ordinal),
        PainAreas = day.PainAreas,
        Activities = [.. day.Activities.Select(a => new ActivityInput(a.Type.Code, InputValue.Of(a.Minutes), a.Intensity.ToCode()))],
        Tags = day.Tags,
        Notes = day.Notes,
    };

    private static InputValue ToInputValue(VariableDefinition? variable, RecordedValue value) => variable?.Type switch
    {
        VariableType.YesNo => InputValue.Of(value.Number == 1),
        VariableType.Category => InputValue.Of(value.Option ?? string.Empty),
        VariableType.TimeOfDay => InputValue.Of(value.Format(variable)),
        _ when value.Number is { } n => InputValue.Of(n),
        _ => InputValue.Of(value.Option ?? string.Empty),
    };
}
