using FibroTrack.Core.Diary;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Diary;

/// <summary>Numeric values: scales, quantities and minutes, and which codes may appear in values at all.</summary>
public sealed class DiaryValidatorValuesTests
{
    [Fact]
    public void Validate_PainEleven_RefusedNamingPainField()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.Pain, InputValue.Of(11.0)));

        Assert.Equal("values[symptom.pain]", error.Field);
        Assert.Contains("from 0 to 10", error.Message);
    }

    [Fact]
    public void Validate_PainMinusOne_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.Pain, InputValue.Of(-1.0)));

        Assert.Equal("values[symptom.pain]", error.Field);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(10.0)]
    public void Validate_PainAtScaleBoundary_Accepted(double pain)
    {
        var value = DiaryFixture.Recorded(DiaryFixture.ValidateValue(BuiltInVariables.Pain, InputValue.Of(pain)), BuiltInVariables.Pain);

        Assert.Equal(RecordedValue.Of(pain), value);
    }

    [Fact]
    public void Validate_FractionOnScale_RefusedAsNotWholeNumber()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.Fatigue, InputValue.Of(6.5)));

        Assert.Equal("values[symptom.fatigue]", error.Field);
        Assert.Contains("whole number", error.Message);
    }

    [Fact]
    public void Validate_SleepHoursFraction_Accepted()
    {
        var value = DiaryFixture.Recorded(DiaryFixture.ValidateValue(BuiltInVariables.SleepHours, InputValue.Of(6.5)), BuiltInVariables.SleepHours);

        Assert.Equal(6.5, value.Number);
    }

    [Fact]
    public void Validate_SleepHoursTwentyFour_Accepted()
    {
        var value = DiaryFixture.Recorded(DiaryFixture.ValidateValue(BuiltInVariables.SleepHours, InputValue.Of(24.0)), BuiltInVariables.SleepHours);

        Assert.Equal(24.0, value.Number);
    }

    [Fact]
    public void Validate_SleepHoursAboveDay_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.SleepHours, InputValue.Of(24.5)));

        Assert.Equal("values[sleep.hours]", error.Field);
        Assert.Contains("hours", error.Message);
    }

    [Fact]
    public void Validate_NegativeMinutes_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.MeditationMinutes, InputValue.Of(-5.0)));

        Assert.Equal("values[mind.meditation-minutes]", error.Field);
        Assert.Contains("minutes", error.Message);
    }

    [Fact]
    public void Validate_FractionalMinutes_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.MeditationMinutes, InputValue.Of(10.5)));

        Assert.Equal("values[mind.meditation-minutes]", error.Field);
    }

    [Fact]
    public void Validate_MinutesOfWholeDay_Accepted()
    {
        var value = DiaryFixture.Recorded(DiaryFixture.ValidateValue(BuiltInVariables.MeditationMinutes, InputValue.Of(1440.0)), BuiltInVariables.MeditationMinutes);

        Assert.Equal(1440.0, value.Number);
    }

    [Fact]
    public void Validate_UnknownCode_RefusedNamingCode()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue("symptom.made-up", InputValue.Of(3.0)));

        Assert.Equal("values[symptom.made-up]", error.Field);
        Assert.Contains("Unknown variable code", error.Message);
    }

    [Fact]
    public void Validate_UnknownCodeWithEmptyValue_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue("symptom.made-up", InputValue.Empty));

        Assert.Equal("values[symptom.made-up]", error.Field);
    }

    [Fact]
    public void Validate_CodeInOtherCase_RefusedAsUnknown()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue("Symptom.Pain", InputValue.Of(3.0)));

        Assert.Equal("values[Symptom.Pain]", error.Field);
    }

    [Fact]
    public void Validate_JsonStringForScale_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.Pain, InputValue.Of("6")));

        Assert.Equal("values[symptom.pain]", error.Field);
        Assert.Contains("expected a number (got text)", error.Message);
    }

    [Fact]
    public void Validate_BooleanForScale_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.Pain, InputValue.Of(true)));

        Assert.Equal("values[symptom.pain]", error.Field);
        Assert.Contains("true/false", error.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Validate_NonFiniteNumberForQuantity_Refused(double hours)
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.SleepHours, InputValue.Of(hours)));

        Assert.Equal("values[sleep.hours]", error.Field);
    }

    [Fact]
    public void Validate_FormTextForScale_Accepted()
    {
        var value = DiaryFixture.Recorded(DiaryFixture.ValidateValue(BuiltInVariables.Pain, InputValue.FromForm("6")), BuiltInVariables.Pain);

        Assert.Equal(RecordedValue.Of(6), value);
    }

    [Fact]
    public void Validate_FormTextWithSurroundingSpaces_Accepted()
    {
        var value = DiaryFixture.Recorded(DiaryFixture.ValidateValue(BuiltInVariables.SleepHours, InputValue.FromForm(" 7.5 ")), BuiltInVariables.SleepHours);

        Assert.Equal(7.5, value.Number);
    }

    [Theory]
    [InlineData("six")]
    [InlineData("6,5")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void Validate_FormTextThatIsNotAFiniteInvariantNumber_Refused(string text)
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.SleepHours, InputValue.FromForm(text)));

        Assert.Equal("values[sleep.hours]", error.Field);
        Assert.Contains("is not a number", error.Message);
    }

    [Fact]
    public void Validate_FormTextOutOfRange_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.Pain, InputValue.FromForm("11")));

        Assert.Equal("values[symptom.pain]", error.Field);
    }

    [Fact]
    public void Validate_EmptyValue_SkippedNotRecordedNotZero()
    {
        var day = DiaryFixture.Valid(DiaryFixture.ValidateValue(BuiltInVariables.Pain, InputValue.Empty));

        Assert.False(day.Values.ContainsKey(BuiltInVariables.Pain));
        Assert.Empty(day.Values);
    }

    [Fact]
    public void Validate_BlankFormText_SkippedNotRecorded()
    {
        var day = DiaryFixture.Valid(DiaryFixture.ValidateValue(BuiltInVariables.Pain, InputValue.FromForm("   ")));

        Assert.Empty(day.Values);
    }

    [Fact]
    public void Validate_EmptyValueBesideRecordedOnes_OnlyRecordedOnesKept()
    {
        var result = DiaryFixture.Validate(new DiaryDayInput
        {
            Date = DiaryFixture.Today,
            Values = new Dictionary<string, InputValue>
            {
                [BuiltInVariables.Pain] = InputValue.Of(4.0),
                [BuiltInVariables.Fatigue] = InputValue.Empty,
                [BuiltInVariables.SleepHours] = InputValue.Of(7.0),
            },
        });

        var day = DiaryFixture.Valid(result);

        Assert.Equal([BuiltInVariables.SleepHours, BuiltInVariables.Pain], day.Values.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_BodyAreaCodeInValues_RefusedPointingToPainAreas()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue("wpi.neck", InputValue.Of(true)));

        Assert.Equal("values[wpi.neck]", error.Field);
        Assert.Contains("painAreas", error.Message);
    }

    [Fact]
    public void Validate_ActivityCodeInValues_RefusedPointingToActivities()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue("activity.walking", InputValue.Of(30.0)));

        Assert.Equal("values[activity.walking]", error.Field);
        Assert.Contains("activities", error.Message);
    }

    [Fact]
    public void Validate_PersonalVariableInVocabulary_Accepted()
    {
        var custom = new VariableDefinition
        {
            Code = "custom.work-hours",
            Label = "Work hours",
            Kind = VariableKind.Exposure,
            Type = VariableType.Quantity,
            Section = DiarySection.Custom,
            Min = 0,
            Max = 16,
            Unit = "h",
            IsPersonal = true,
        };
        var validator = DiaryFixture.Validator(VariableVocabulary.WithPersonal([custom]));

        var day = DiaryFixture.Valid(validator.Validate(new DiaryDayInput
        {
            Date = DiaryFixture.Today,
            Values = new Dictionary<string, InputValue> { ["custom.work-hours"] = InputValue.Of(7.5) },
        }));

        Assert.Equal(RecordedValue.Of(7.5), day.Values["custom.work-hours"]);
    }

    [Fact]
    public void Validate_PersonalVariableOfAnotherVocabulary_RefusedAsUnknown()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue("custom.work-hours", InputValue.Of(7.5)));

        Assert.Equal("values[custom.work-hours]", error.Field);
    }
}
