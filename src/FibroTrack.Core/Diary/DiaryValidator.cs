using System.Globalization;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Diary;

/// <summary>
/// Checks a <see cref="DiaryDayInput"/> against a person's vocabulary and turns it into a
/// <see cref="DiaryDay"/>. Reports every problem at once, each naming its field.
/// </summary>
public sealed class DiaryValidator(VariableVocabulary vocabulary, TimeProvider clock)
{
    public ValidationResult<DiaryDay> Validate(DiaryDayInput input)
    {
        var errors = new List<ValidationError>();

        var latest = DiaryLimits.LatestDate(clock);
        if (input.Date > latest)
        {
            errors.Add(new("date", $"{input.Date:yyyy-MM-dd} is in the future; the latest date accepted now is {latest:yyyy-MM-dd}."));
        }
        else if (input.Date < DiaryLimits.EarliestDate)
        {
            errors.Add(new("date", $"Dates before {DiaryLimits.EarliestDate:yyyy-MM-dd} are not accepted."));
        }

        var values = ValidateValues(input.Values, errors);
        var areas = ValidatePainAreas(input.PainAreas, errors);
        var activities = ValidateActivities(input.Activities, errors);
        var tags = ValidateTags(input.Tags, errors);

        var notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        if (notes is { Length: > DiaryLimits.MaxNotesLength })
        {
            errors.Add(new("notes", $"Notes can be at most {DiaryLimits.MaxNotesLength} characters (got {notes.Length})."));
        }

        if (errors.Count > 0)
        {
            return ValidationResult<DiaryDay>.Invalid(errors);
        }

        return ValidationResult<DiaryDay>.Valid(new DiaryDay
        {
            Date = input.Date,
            Values = values,
            PainAreas = areas,
            Activities = activities,
            Tags = tags,
            Notes = notes,
        });
    }

    private Dictionary<string, RecordedValue> ValidateValues(
        IReadOnlyDictionary<string, InputValue> input, List<ValidationError> errors)
    {
        var values = new Dictionary<string, RecordedValue>(StringComparer.Ordinal);
        foreach (var (code, raw) in input)
        {
            var field = $"values[{code}]";
            if (BodyAreas.IsArea(code))
            {
                errors.Add(new(field, "Body areas are recorded in painAreas, not in values."));
                continue;
            }

            if (ActivityTypes.Find(code) is not null)
            {
                errors.Add(new(field, "Activity sessions are recorded in activities, not in values."));
                continue;
            }

            if (vocabulary.Find(code) is not { } variable)
            {
                errors.Add(new(field, $"Unknown variable code '{code}'. GET /api/v1/vocabulary lists the codes you can use."));
                continue;
            }

            if (raw.Kind == InputValueKind.Empty)
            {
                continue;
            }

            if (VariableValueParser.TryParse(variable, raw, out var value, out var message))
            {
                values[code] = value;
            }
            else
            {
                errors.Add(new(field, message));
            }
        }

        return values;
    }

    private static List<string>? ValidatePainAreas(IReadOnlyList<string>? input, List<ValidationError> errors)
    {
        if (input is null)
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Count; i++)
        {
            if (!BodyAreas.IsArea(input[i]))
            {
                errors.Add(new($"painAreas[{i}]", $"Unknown body area '{input[i]}'. Use one of the 19 wpi.* codes."));
            }
            else if (!seen.Add(input[i]))
            {
                errors.Add(new($"painAreas[{i}]", $"'{input[i]}' is listed twice."));
            }
        }

        return [.. BodyAreas.All.Select(a => a.Code).Where(seen.Contains)];
    }

    private static List<ActivitySession> ValidateActivities(IReadOnlyList<ActivityInput> input, List<ValidationError> errors)
    {
        var sessions = new List<ActivitySession>(input.Count);
        if (input.Count > DiaryLimits.MaxActivities)
        {
            errors.Add(new("activities", $"At most {DiaryLimits.MaxActivities} activity sessions a day."));
            return sessions;
        }

        for (var i = 0; i < input.Count; i++)
        {
            var a = input[i];
            var ok = true;
            var type = a.Type is null ? null : ActivityTypes.Find(a.Type);
            if (type is null)
            {
                errors.Add(new($"activities[{i}].type", $"Unknown activity type '{a.Type}'. Use one of: {string.Join(", ", ActivityTypes.All.Select(t => t.Code))}."));
                ok = false;
            }

            if (!IntensityExtensions.TryParse(a.Intensity, out var intensity))
            {
                errors.Add(new($"activities[{i}].intensity", $"Intensity must be light, moderate or vigorous (got '{a.Intensity}')."));
                ok = false;
            }

            var minutesOk = VariableValueParser.TryParseNumber(a.Minutes, out var minutes, out var message);
            if (!minutesOk || minutes < 1 || minutes > DiaryLimits.MinutesPerDay || minutes != Math.Floor(minutes))
            {
                errors.Add(new($"activities[{i}].minutes", minutesOk
                    ? $"Minutes must be a whole number from 1 to {DiaryLimits.MinutesPerDay} (got {minutes.ToString(CultureInfo.InvariantCulture)})."
                    : message));
                ok = false;
            }

            if (ok)
            {
                sessions.Add(new ActivitySession(type!, (int)minutes, intensity));
            }
        }

        var total = sessions.Sum(s => s.Minutes);
        if (total > DiaryLimits.MinutesPerDay)
        {
            errors.Add(new("activities", $"The sessions add up to {total} minutes, more than a day has."));
        }

        return sessions;
    }

    private static List<string> ValidateTags(IReadOnlyList<string> input, List<ValidationError> errors)
    {
        var tags = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < input.Count; i++)
        {
            var tag = input[i]?.Trim() ?? string.Empty;
            if (tag.Length == 0)
            {
                continue;
            }

            if (tag.Length > DiaryLimits.MaxTagLength)
            {
                errors.Add(new($"tags[{i}]", $"A tag can be at most {DiaryLimits.MaxTagLength} characters."));
            }
            else if (tag.Any(char.IsControl))
            {
                errors.Add(new($"tags[{i}]", "A tag cannot contain control characters."));
            }
            else if (seen.Add(tag))
            {
                tags.Add(tag);
            }
        }

        if (tags.Count > DiaryLimits.MaxTags)
        {
            errors.Add(new("tags", $"At most {DiaryLimits.MaxTags} tags a day."));
        }

        return tags;
    }
}
