using FibroTrack.Core.Custom;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Custom;

/// <summary>Name, code, kind and help text of a custom variable.</summary>
public sealed class CustomVariableValidatorNameTests
{
    [Fact]
    public void Validate_Name_CodeIsCustomSlug()
    {
        var variable = CustomFixture.Valid(CustomFixture.Input(name: "  Work Hours (office) "));

        Assert.Equal("custom.work-hours-office", variable.Code);
        Assert.Equal("Work Hours (office)", variable.Label);
    }

    [Fact]
    public void Validate_NameWithAccents_CodeIsAscii()
    {
        Assert.Equal("custom.cafe-apres-midi", CustomFixture.Valid(CustomFixture.Input(name: "Café après-midi")).Code);
    }

    [Fact]
    public void Validate_Valid_PersonalInCustomSection()
    {
        var variable = CustomFixture.Valid(CustomFixture.Input());

        Assert.True(variable.IsPersonal);
        Assert.Equal(DiarySection.Custom, variable.Section);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NoName_RefusedNamingName(string? name)
    {
        var error = CustomFixture.SingleError(CustomFixture.Input(name: name));

        Assert.Equal("name", error.Field);
    }

    [Fact]
    public void Validate_PunctuationOnlyName_RefusedNamingName()
    {
        var error = CustomFixture.SingleError(CustomFixture.Input(name: "—?!"));

        Assert.Equal("name", error.Field);
        Assert.Contains("letter or digit", error.Message);
    }

    [Fact]
    public void Validate_NameOfMaximumLength_Accepted()
    {
        var name = new string('w', CustomVariableValidator.MaxNameLength);

        Assert.Equal(name, CustomFixture.Valid(CustomFixture.Input(name: name)).Label);
    }

    [Fact]
    public void Validate_NameTooLong_RefusedNamingName()
    {
        var error = CustomFixture.SingleError(CustomFixture.Input(name: new string('w', CustomVariableValidator.MaxNameLength + 1)));

        Assert.Equal("name", error.Field);
    }

    [Fact]
    public void Validate_NameWhoseCodeIsTaken_RefusedNamingName()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "custom.work-hours" };

        var error = CustomFixture.SingleError(CustomFixture.Input(name: "WORK  hours"), taken);

        Assert.Equal("name", error.Field);
        Assert.Contains("already have", error.Message);
    }

    [Fact]
    public void Validate_NoKind_Symptom()
    {
        Assert.Equal(VariableKind.Symptom, CustomFixture.Valid(CustomFixture.Input(kind: null)).Kind);
    }

    [Theory]
    [InlineData("symptom", VariableKind.Symptom)]
    [InlineData("exposure", VariableKind.Exposure)]
    [InlineData("event", VariableKind.Event)]
    public void Validate_OfferedKind_Used(string kind, VariableKind expected)
    {
        Assert.Equal(expected, CustomFixture.Valid(CustomFixture.Input(kind: kind)).Kind);
    }

    [Theory]
    [InlineData("treatment")]
    [InlineData("lab")]
    [InlineData("Symptom")]
    public void Validate_KindNotOfferedForCustom_RefusedNamingKind(string kind)
    {
        Assert.Equal("kind", CustomFixture.SingleError(CustomFixture.Input(kind: kind)).Field);
    }

    [Fact]
    public void Validate_Help_Trimmed()
    {
        Assert.Equal("Hours at the desk.", CustomFixture.Valid(CustomFixture.Input(help: "  Hours at the desk. ")).Help);
    }

    [Fact]
    public void Validate_BlankHelp_Null()
    {
        Assert.Null(CustomFixture.Valid(CustomFixture.Input(help: "  ")).Help);
    }

    [Fact]
    public void Validate_HelpTooLong_RefusedNamingHelp()
    {
        Assert.Equal("help", CustomFixture.SingleError(CustomFixture.Input(help: new string('h', 201))).Field);
    }

    [Fact]
    public void Validate_Valid_CanJoinTheVocabulary()
    {
        var variable = CustomFixture.Valid(CustomFixture.Input());

        var vocabulary = VariableVocabulary.WithPersonal([variable]);

        Assert.Same(variable, vocabulary.Find("custom.work-hours"));
    }
}
