using FibroTrack.Core.Diary;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;
using Microsoft.Extensions.Time.Testing;

namespace FibroTrack.Core.Tests.Diary;

/// <summary>A pinned clock and short-hands for building diary input.</summary>
internal static class DiaryFixture
{
    /// <summary>12:00 UTC: in UTC+14 it is already 02:00 on 2025-03-11, so that is the latest date accepted.</summary>
    public static readonly DateTimeOffset Now = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2025, 3, 10);

    public static readonly DateOnly LatestAccepted = new(2025, 3, 11);

    public static DiaryValidator Validator(VariableVocabulary? vocabulary = null, TimeProvider? clock = null) =>
        new(vocabulary ?? VariableVocabulary.BuiltIn, clock ?? new FakeTimeProvider(Now));

    public static ValidationResult<DiaryDay> Validate(DiaryDayInput input) => Validator().Validate(input);

    public static ValidationResult<DiaryDay> ValidateValue(string code, InputValue value) =>
        Validate(new DiaryDayInput { Date = Today, Values = new Dictionary<string, InputValue> { [code] = value } });

    public static ValidationResult<DiaryDay> ValidateActivities(params ActivityInput[] activities) =>
        Validate(new DiaryDayInput { Date = Today, Activities = activities });

    public static ValidationResult<DiaryDay> ValidateTags(params string[] tags) =>
        Validate(new DiaryDayInput { Date = Today, Tags = tags });

    public static ActivityInput Activity(string? type = "activity.walking", double minutes = 30, string? intensity = "moderate") =>
        new(type, InputValue.Of(minutes), intensity);

    /// <summary>The validated day, failing the test with the errors when there are any.</summary>
    public static DiaryDay Valid(ValidationResult<DiaryDay> result)
    {
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        Assert.Empty(result.Errors);
        return result.Value!;
    }

    /// <summary>The one error of an invalid result.</summary>
    public static ValidationError SingleError<T>(ValidationResult<T> result)
        where T : class
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        return Assert.Single(result.Errors);
    }

    /// <summary>The recorded value of one code in a valid result.</summary>
    public static RecordedValue Recorded(ValidationResult<DiaryDay> result, string code)
    {
        var day = Valid(result);
        Assert.True(day.Values.TryGetValue(code, out var value), $"'{code}' was not recorded.");
        return value;
    }
}
