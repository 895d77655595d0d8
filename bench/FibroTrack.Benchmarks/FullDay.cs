using System.Text.Json;
using FibroTrack.Core.Diary;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Features.Diary;

namespace FibroTrack.Benchmarks;

/// <summary>
/// A fully filled-in check-in as the API receives it: overall pain, 12 symptom scales, the sleep section
/// (hours, quality, bedtime, wake time, screens), 2 activity sessions, all 12 diet flags, meditation
/// minutes, 3 events, 3 painful body areas, a tag and notes. Stored as 57 observation rows
/// (the body map records all 19 areas).
/// </summary>
public static class FullDay
{
    public const string Json = """
        {
          "values": {
            "symptom.pain": 6,
            "symptom.fatigue": 7,
            "symptom.unrefreshing-sleep": 6,
            "symptom.fibro-fog": 5,
            "symptom.stiffness": 6,
            "symptom.headache": 3,
            "symptom.abdominal-pain": 2,
            "symptom.temperature-sensitivity": 4,
            "symptom.noise-sensitivity": 3,
            "symptom.light-sensitivity": 3,
            "symptom.anxiety": 4,
            "symptom.low-mood": 3,
            "exposure.stress": 5,
            "sleep.hours": 6.5,
            "sleep.quality": 4,
            "sleep.bedtime": "23:15",
            "sleep.wake-time": "06:45",
            "sleep.screens-before-bed": true,
            "diet.omega3": false,
            "diet.leafy-greens": true,
            "diet.turmeric-ginger": false,
            "diet.berries": true,
            "diet.processed-food": true,
            "diet.refined-sugar": true,
            "diet.red-meat": false,
            "diet.fried-food": false,
            "diet.dairy": true,
            "diet.gluten": true,
            "diet.alcohol": false,
            "diet.caffeine": true,
            "mind.meditation-minutes": 10,
            "event.flare": false,
            "event.infection": false,
            "event.menstruation": true
          },
          "painAreas": ["wpi.shoulder-left", "wpi.lower-back", "wpi.neck"],
          "activities": [
            { "type": "activity.walking", "minutes": 30, "intensity": "light" },
            { "type": "activity.yoga", "minutes": 20, "intensity": "moderate" }
          ],
          "tags": ["visitors"],
          "notes": "Stiff in the morning, eased by lunch. Short walk and yoga in the evening."
        }
        """;

    /// <summary>The day as core input, mapped exactly as <c>PUT /api/v1/days/{date}</c> maps it.</summary>
    public static DiaryDayInput Input(DateOnly date)
    {
        var request = JsonSerializer.Deserialize<DayRequest>(Json, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The benchmark day is empty.");
        var errors = new List<ValidationError>();
        var input = DayMapping.ToInput(date, request, errors);
        return errors.Count == 0 ? input : throw new InvalidOperationException($"The benchmark day does not map: {errors[0].Field}: {errors[0].Message}");
    }

    /// <summary>The day, validated against the built-in vocabulary, on each of <paramref name="dates"/>.</summary>
    public static List<DiaryDay> Days(IEnumerable<DateOnly> dates)
    {
        var validator = new DiaryValidator(VariableVocabulary.BuiltIn, TimeProvider.System);
        var input = Input(DateOnly.FromDateTime(DateTime.UtcNow));
        return [.. dates.Select(d => validator.Validate(input with { Date = d }) is { IsValid: true } valid
            ? valid.Value!
            : throw new InvalidOperationException($"The benchmark day is invalid on {d:yyyy-MM-dd}."))];
    }
}
