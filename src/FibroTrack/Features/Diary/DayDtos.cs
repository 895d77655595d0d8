using System.Text.Json;

namespace FibroTrack.Features.Diary;

/// <summary>A diary day as sent to <c>PUT /api/v1/days/{date}</c>.</summary>
/// <param name="Date">Optional; when given it must equal the date in the path.</param>
/// <param name="Values">Recorded variables by code: numbers for scales, counts, minutes and quantities; true/false for yes/no; option codes for categories; "HH:mm" for clock times. Leave a variable out (or send null) when it was not recorded.</param>
/// <param name="PainAreas">Painful body areas (wpi.* codes). Null when the body map was not filled in; empty when nothing hurt.</param>
/// <param name="Activities">Activity sessions of the day.</param>
/// <param name="Tags">Free tags such as "visitors".</param>
/// <param name="Notes">Free-text notes.</param>
public sealed record DayRequest(
    DateOnly? Date,
    Dictionary<string, JsonElement>? Values,
    List<string>? PainAreas,
    List<ActivityDto>? Activities,
    List<string>? Tags,
    string? Notes);

/// <summary>A stored diary day.</summary>
public sealed record DayResponse(
    DateOnly Date,
    Dictionary<string, JsonElement> Values,
    List<string>? PainAreas,
    List<ActivityDto> Activities,
    List<string> Tags,
    string? Notes,
    DateTime UpdatedAt);

/// <summary>One activity session.</summary>
/// <param name="Type">activity.walking, activity.swimming, activity.yoga, activity.cycling, activity.strength or activity.other.</param>
/// <param name="Minutes">Whole minutes, 1–1440.</param>
/// <param name="Intensity">light, moderate or vigorous.</param>
public sealed record ActivityDto(string? Type, JsonElement Minutes, string? Intensity);
