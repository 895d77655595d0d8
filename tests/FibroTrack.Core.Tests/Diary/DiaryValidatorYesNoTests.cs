using FibroTrack.Core.Diary;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Diary;

public sealed class DiaryValidatorYesNoTests
{
    [Theory]
    [InlineData("on")]
    [InlineData("true")]
    [InlineData("1")]
    [InlineData("yes")]
    public void Validate_YesFromFormText_RecordedAsOne(string text)
    {
        var value = DiaryFixture.Recorded(DiaryFixture.ValidateValue(BuiltInVariables.Flare, InputValue.FromForm(text)), BuiltInVariables.Flare);

        Assert.Equal(RecordedValue.Of(1), value);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("off")]
    [InlineData("0")]
    [InlineData("no")]
    public void Validate_NoFromFormText_RecordedAsZero(string text)
    {
        var value = DiaryFixture.Recorded(DiaryFixture.ValidateValue(BuiltInVariables.Flare, InputValue.FromForm(text)), BuiltInVariables.Flare);

        Assert.Equal(RecordedValue.Of(0), value);
    }

    [Theory]
    [InlineData(true, 1.0)]
    [InlineData(false, 0.0)]
    public void Validate_JsonBoolean_RecordedAsOneOrZero(bool flag, double expected)
    {
        var value = DiaryFixture.Recorded(DiaryFixture.ValidateValue("diet.berries", InputValue.Of(flag)), "diet.berries");

        Assert.Equal(RecordedValue.Of(expected), value);
    }

    [Fact]
    public void Validate_UnrecognisedFormTextForYesNo_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.Flare, InputValue.FromForm("maybe")));

        Assert.Equal("values[event.flare]", error.Field);
        Assert.Contains("true or false", error.Message);
    }

    [Fact]
    public void Validate_NumberForYesNo_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.Flare, InputValue.Of(1.0)));

        Assert.Equal("values[event.flare]", error.Field);
        Assert.Contains("got a number", error.Message);
    }

    [Fact]
    public void Validate_JsonStringForYesNo_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.Flare, InputValue.Of("true")));

        Assert.Equal("values[event.flare]", error.Field);
    }
}
