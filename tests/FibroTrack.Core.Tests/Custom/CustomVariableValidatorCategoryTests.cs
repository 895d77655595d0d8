using FibroTrack.Core.Custom;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Custom;

/// <summary>A category needs 2 to 20 options that stay distinct once slugged.</summary>
public sealed class CustomVariableValidatorCategoryTests
{
    private static CustomVariableInput Category(IReadOnlyList<string>? options) =>
        CustomFixture.Input(name: "Weather", type: "category", kind: "exposure", options: options);

    [Fact]
    public void Validate_CategoryOptions_SluggedCodesAndTrimmedLabels()
    {
        var variable = CustomFixture.Valid(Category(["  Sunny ", "Rain / drizzle", "Très froid"]));

        Assert.Equal(VariableType.Category, variable.Type);
        Assert.Equal(
            [new CategoryOption("sunny", "Sunny"), new CategoryOption("rain-drizzle", "Rain / drizzle"), new CategoryOption("tres-froid", "Très froid")],
            variable.Options);
        Assert.Equal((null, null, null), (variable.Min, variable.Max, variable.Unit));
    }

    [Fact]
    public void Validate_CategoryOptions_FoundByCode()
    {
        var variable = CustomFixture.Valid(Category(["Sunny", "Rain"]));

        Assert.Equal("Rain", variable.FindOption("rain")?.Label);
        Assert.Null(variable.FindOption("Rain"));
    }

    [Fact]
    public void Validate_TwoOptions_Accepted()
    {
        Assert.Equal(2, CustomFixture.Valid(Category(["a", "b"])).Options.Count);
    }

    [Fact]
    public void Validate_TwentyOptions_Accepted()
    {
        var options = Enumerable.Range(1, CustomVariableValidator.MaxOptions).Select(i => $"Option {i}").ToList();

        Assert.Equal(20, CustomFixture.Valid(Category(options)).Options.Count);
    }

    [Fact]
    public void Validate_NoOptions_RefusedNamingOptions()
    {
        var error = CustomFixture.SingleError(Category(null));

        Assert.Equal("options", error.Field);
        Assert.Contains("2 to 20", error.Message);
    }

    [Fact]
    public void Validate_OneOption_RefusedNamingOptions()
    {
        Assert.Equal("options", CustomFixture.SingleError(Category(["only"])).Field);
    }

    [Fact]
    public void Validate_TwentyOneOptions_RefusedNamingOptions()
    {
        var options = Enumerable.Range(1, CustomVariableValidator.MaxOptions + 1).Select(i => $"Option {i}").ToList();

        Assert.Equal("options", CustomFixture.SingleError(Category(options)).Field);
    }

    [Theory]
    [InlineData("Mild", "mild")]
    [InlineData("Mild", "  Mild  ")]
    [InlineData("Very bad", "very-bad!")]
    public void Validate_OptionsSameOnceSlugged_SecondRefusedNamingIndex(string first, string second)
    {
        var error = CustomFixture.SingleError(Category([first, "Other", second]));

        Assert.Equal("options[2]", error.Field);
        Assert.Contains("twice", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!!")]
    public void Validate_OptionWithoutLetterOrDigit_RefusedNamingIndex(string option)
    {
        var error = CustomFixture.SingleError(Category(["Fine", option]));

        Assert.Equal("options[1]", error.Field);
    }

    [Fact]
    public void Validate_OptionTooLong_RefusedNamingIndex()
    {
        var error = CustomFixture.SingleError(Category([new string('a', 41), "Fine"]));

        Assert.Equal("options[0]", error.Field);
    }

    [Fact]
    public void Validate_OptionOfMaximumLength_Accepted()
    {
        var label = new string('a', 40);

        Assert.Equal(label, CustomFixture.Valid(Category([label, "b"])).Options[0].Label);
    }
}
