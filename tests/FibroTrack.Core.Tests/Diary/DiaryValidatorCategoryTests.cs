using FibroTrack.Core.Diary;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Diary;

public sealed class DiaryValidatorCategoryTests
{
    [Fact]
    public void Validate_KnownOptionAsJsonText_RecordedAsOption()
    {
        var value = DiaryFixture.Recorded(DiaryFixture.ValidateValue(BuiltInVariables.InfectionType, InputValue.Of("covid-19")), BuiltInVariables.InfectionType);

        Assert.Equal(RecordedValue.OfOption("covid-19"), value);
        Assert.Null(value.Number);
    }

    [Fact]
    public void Validate_KnownOptionFromForm_RecordedAsOption()
    {
        var value = DiaryFixture.Recorded(DiaryFixture.ValidateValue(BuiltInVariables.InfectionType, InputValue.FromForm("lyme")), BuiltInVariables.InfectionType);

        Assert.Equal(RecordedValue.OfOption("lyme"), value);
    }

    [Fact]
    public void Validate_UnknownOption_RefusedListingOptions()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.InfectionType, InputValue.Of("measles")));

        Assert.Equal("values[event.infection-type]", error.Field);
        Assert.Contains("ebv, lyme, covid-19, influenza, other-viral, other-bacterial", error.Message);
    }

    [Fact]
    public void Validate_OptionInOtherCase_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.InfectionType, InputValue.Of("COVID-19")));

        Assert.Equal("values[event.infection-type]", error.Field);
    }

    [Fact]
    public void Validate_OptionLabelInsteadOfCode_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.InfectionType, InputValue.Of("Lyme disease")));

        Assert.Equal("values[event.infection-type]", error.Field);
    }

    [Fact]
    public void Validate_NumberForCategory_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.InfectionType, InputValue.Of(2.0)));

        Assert.Equal("values[event.infection-type]", error.Field);
    }

    [Fact]
    public void Validate_BooleanForCategory_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateValue(BuiltInVariables.InfectionType, InputValue.Of(true)));

        Assert.Equal("values[event.infection-type]", error.Field);
    }
}
