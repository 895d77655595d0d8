using System.Text.Json;
using FibroTrack.Core.Diary;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Features.Diary;

/// <summary>Explicit mapping between the API's JSON shapes and the core's diary types.</summary>
public static class DayMapping
{
    /// <summary>Maps a request to core input; JSON shapes no variable can take (objects, arrays) become errors.</summary>
    public static DiaryDayInput ToInput(DateOnly date, DayRequest request, List<ValidationError> errors)
    {
        var values = new Dictionary<string, InputValue>(StringComparer.Ordinal);
        foreach (var (code, element) in request.Values ?? [])
        {
            if (ToInputValue(element) is { } value)
            {
                values[code] = value;
            }
            else
            {
                errors.Add(new($"values[{code}]", $"Expected a number, true/false, text or null (got {Describe(element)})."));
            }
        }

        var activities = new List<ActivityInput>();
        for (var i = 0; i < (request.Activities?.Count ?? 0); i++)
        {
            var a = request.Activities![i];
            if (a is null)
            {
                errors.Add(new($"activities[{i}]", "An activity session cannot be null."));
                continue;
            }

            if (ToInputValue(a.Minutes) is not { } minutes)
            {
                errors.Add(new($"activities[{i}].minutes", $"Expected a whole number of minutes (got {Describe(a.Minutes)})."));
                continue;
            }

            activities.Add(new ActivityInput(a.Type, minutes, a.Intensity));
        }

        return new DiaryDayInput
        {
            Date = date,
            Values = values,
            PainAreas = request.PainAreas,
            Activities = activities,
            Tags = request.Tags ?? [],
            Notes = request.Notes,
        };
    }

    public static DayResponse ToResponse(StoredDay stored, VariableVocabulary vocabulary)
    {
        var day = stored.Day;
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (code, value) in day.Values)
        {
            values[code] = vocabulary.Find(code) is { } variable
                ? ToJson(variable, value)
                : value.Option is { } text ? JsonSerializer.SerializeToElement(text) : JsonSerializer.SerializeToElement(value.Number);
        }

        return new DayResponse(
            day.Date,
            values,
            day.PainAreas?.ToList(),
            [.. day.Activities.Select(a => new ActivityDto(a.Type.Code, JsonSerializer.SerializeToElement(a.Minutes), a.Intensity.ToCode()))],
            [.. day.Tags],
            day.Notes,
            stored.UpdatedAt);
    }

    private static JsonElement ToJson(VariableDefinition variable, RecordedValue value) => variable.Type switch
    {
        VariableType.YesNo => JsonSerializer.SerializeToElement(value.Number == 1),
        VariableType.Category or VariableType.TimeOfDay => JsonSerializer.SerializeToElement(value.Format(variable)),
        _ => JsonSerializer.SerializeToElement(value.Number),
    };

    private static InputValue? ToInputValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => InputValue.Empty,
        JsonValueKind.Number => InputValue.Of(element.GetDouble()),
        JsonValueKind.True => InputValue.Of(true),
        JsonValueKind.False => InputValue.Of(false),
        JsonValueKind.String => InputValue.Of(element.GetString()!),
        _ => null,
    };

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        _ => element.ValueKind.ToString().ToLowerInvariant(),
    };
}
