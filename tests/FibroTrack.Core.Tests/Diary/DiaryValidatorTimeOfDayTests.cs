using FibroTrack.Core.Diary;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Diary;

public sealed class DiaryValidatorTimeOfDayTests
{
    [Fact]
    public void Validate_BedtimeAsJsonText_StoredAsMinutesAfterMidnight()
    {
        // 23 * 60 + 30 = 1410
        var value = DiaryFixture.Recorded(DiaryFixture.ValidateValue(BuiltInVariables.Bedtime, InputValue.Of("23:30")), BuiltInVariables.Bedtime);

        Assert.Equal(RecordedValue.Of(1410), value);
    }

    [Theory]
    [InlineData("00:00", 0.0)]
    [InlineData("7:05", 425.0)]
    [InlineData("23:59", 1439.0)]
    [InlineData("06:45:30", 405.0)]
    public void Validate_WakeTimeFromForm_StoredAsMinutesAfterMidnight(string text, double minutes)
    {
        var value = DiaryFixture.Recorded(DiaryFixture.ValidateValue(BuiltInVariables.WakeTime, InputValue.FromForm(text)), BuiltInVariables.WakeTime);

        Assert.Equal(RecordedValue.Of(minutes), value);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("24:00")]
    [InlineData("23:60")]
    [InlineData("11:30 PM")]
    [InlineData("2330")]
    public void Validate_ImpossibleClockTime_Refused(string text)
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.Bedtime, InputValue.Of(text)));

        Assert.Equal("values[sleep.bedtime]", error.Field);
        Assert.Contains("HH:mm", error.Message);
    }

    [Fact]
    public void Validate_NumberForClockTime_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.Bedtime, InputValue.Of(1410.0)));

        Assert.Equal("values[sleep.bedtime]", error.Field);
    }
}
