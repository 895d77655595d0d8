using FibroTrack.Core.Diary;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Diary;

/// <summary>The shape of the result: every problem at once, and never a value beside errors.</summary>
public sealed class DiaryValidatorResultTests
{
    private static DiaryDayInput BadEverywhere() => new()
    {
        Date = DiaryFixture.LatestAccepted.AddDays(30),
        Values = new Dictionary<string, InputValue>
        {
            [BuiltInVariables.Pain] = InputValue.Of(11.0),
            [BuiltInVariables.Bedtime] = InputValue.Of("25:00"),
        },
        PainAreas = ["wpi.elbow"],
        Activities = [DiaryFixture.Activity(minutes: 0)],
        Tags = [new string('t', 51)],
        Notes = new string('n', 4001),
    };

    [Fact]
    public void Validate_ErrorsInSeveralFields_AllReportedTogether()
    {
        var result = DiaryFixture.Validate(BadEverywhere());

        Assert.Equal(
            ["date", "values[symptom.pain]", "values[sleep.bedtime]", "painAreas[0]", "activities[0].minutes", "tags[0]", "notes"],
            result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_Invalid_HasNoValue()
    {
        var result = DiaryFixture.Validate(BadEverywhere());

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Validate_OneBadValueAmongGoodOnes_WholeDayRefused()
    {
        var result = DiaryFixture.Validate(new DiaryDayInput
        {
            Date = DiaryFixture.Today,
            Values = new Dictionary<string, InputValue>
            {
                [BuiltInVariables.Pain] = InputValue.Of(5.0),
                [BuiltInVariables.Fatigue] = InputValue.Of(12.0),
            },
        });

        Assert.Null(result.Value);
        Assert.Equal("values[symptom.fatigue]", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Validate_Valid_HasValueAndNoErrors()
    {
        var result = DiaryFixture.ValidateValue(BuiltInVariables.Pain, InputValue.Of(3.0));

        Assert.True(result.IsValid);
        Assert.NotNull(result.Value);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Validate_EmptyDay_ValidWithNothingRecorded()
    {
        var day = DiaryFixture.Valid(DiaryFixture.Validate(new DiaryDayInput { Date = DiaryFixture.Today }));

        Assert.Empty(day.Values);
        Assert.Null(day.PainAreas);
        Assert.Empty(day.Activities);
        Assert.Empty(day.Tags);
        Assert.Null(day.Notes);
    }

    [Fact]
    public void ErrorsByField_TwoErrorsOnOneField_GroupedUnderIt()
    {
        var result = DiaryFixture.ValidateActivities(
            DiaryFixture.Activity(minutes: 1000),
            DiaryFixture.Activity(minutes: 1000),
            DiaryFixture.Activity(type: "activity.nope"));

        var byField = result.ErrorsByField();

        Assert.Equal(["activities", "activities[2].type"], byField.Keys.Order(StringComparer.Ordinal));
        Assert.Single(byField["activities"]);
    }

    [Fact]
    public void Invalid_NoErrors_Throws()
    {
        Assert.Throws<ArgumentException>(() => ValidationResult<DiaryDay>.Invalid([]));
    }
}
