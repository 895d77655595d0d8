using FibroTrack.Core.Custom;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Custom;

/// <summary>Each type a custom variable can have, and the bounds it gets.</summary>
public sealed class CustomVariableValidatorTypeTests
{
    [Fact]
    public void Validate_Scale_ZeroToTenScore()
    {
        var variable = CustomFixture.Valid(CustomFixture.Input(type: "scale"));

        Assert.Equal(VariableType.Scale, variable.Type);
        Assert.Equal((0.0, 10.0, "{score}"), (variable.Min, variable.Max, variable.Unit));
        Assert.True(variable.IsWholeNumber);
    }

    [Fact]
    public void Validate_ScaleWithOwnBounds_BoundsIgnored()
    {
        var variable = CustomFixture.Valid(CustomFixture.Input(type: "scale", min: 1, max: 5, unit: "kg"));

        Assert.Equal((0.0, 10.0, "{score}"), (variable.Min, variable.Max, variable.Unit));
    }

    [Fact]
    public void Validate_Minutes_ZeroToADay()
    {
        var variable = CustomFixture.Valid(CustomFixture.Input(type: "minutes"));

        Assert.Equal(VariableType.Minutes, variable.Type);
        Assert.Equal((0.0, 1440.0, "min"), (variable.Min, variable.Max, variable.Unit));
    }

    [Fact]
    public void Validate_TimeOfDay_MinutesAfterMidnight()
    {
        var variable = CustomFixture.Valid(CustomFixture.Input(type: "time-of-day"));

        Assert.Equal(VariableType.TimeOfDay, variable.Type);
        Assert.Equal((0.0, 1439.0, "min"), (variable.Min, variable.Max, variable.Unit));
    }

    [Fact]
    public void Validate_YesNo_NoBoundsNoUnit()
    {
        var variable = CustomFixture.Valid(CustomFixture.Input(type: "yes-no"));

        Assert.Equal(VariableType.YesNo, variable.Type);
        Assert.Equal((null, null, null), (variable.Min, variable.Max, variable.Unit));
    }

    [Fact]
    public void Validate_CountWithoutBounds_DefaultsZeroToHundredThousand()
    {
        var variable = CustomFixture.Valid(CustomFixture.Input(type: "count"));

        Assert.Equal(VariableType.Count, variable.Type);
        Assert.Equal((0.0, 100_000.0, "{count}"), (variable.Min, variable.Max, variable.Unit));
    }

    [Fact]
    public void Validate_CountWithBounds_BoundsKept()
    {
        var variable = CustomFixture.Valid(CustomFixture.Input(type: "count", min: 0, max: 30));

        Assert.Equal((0.0, 30.0), (variable.Min, variable.Max));
    }

    [Fact]
    public void Validate_CountMaxNotAboveMin_RefusedNamingMax()
    {
        var error = CustomFixture.SingleError(CustomFixture.Input(type: "count", min: 5, max: 5));

        Assert.Equal("max", error.Field);
    }

    [Theory]
    [InlineData("Scale")]
    [InlineData("number")]
    [InlineData("")]
    [InlineData(null)]
    public void Validate_UnknownType_RefusedNamingType(string? type)
    {
        var error = CustomFixture.SingleError(CustomFixture.Input(type: type));

        Assert.Equal("type", error.Field);
        Assert.Contains("time-of-day", error.Message);
    }

    [Fact]
    public void Validate_UnknownTypeWithOtherProblems_AllReported()
    {
        var result = CustomFixture.Validate(CustomFixture.Input(name: "", type: "number", kind: "lab"));

        Assert.Null(result.Value);
        Assert.Equal(["name", "type", "kind"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_OptionsOnNonCategory_RefusedNamingOptions()
    {
        var error = CustomFixture.SingleError(CustomFixture.Input(type: "scale", options: ["a", "b"]));

        Assert.Equal("options", error.Field);
    }

    [Fact]
    public void Validate_EmptyOptionsOnNonCategory_Accepted()
    {
        var variable = CustomFixture.Valid(CustomFixture.Input(type: "yes-no", options: []));

        Assert.Empty(variable.Options);
    }

    [Fact]
    public void TypeName_EveryWireType_RoundTrips()
    {
        Assert.All(CustomVariableValidator.Types, t => Assert.Equal(t.Name, CustomVariableValidator.TypeName(t.Type)));
    }

    [Fact]
    public void KindName_TreatmentNotOfferedForCustom_FallsBackToLowerCaseName()
    {
        Assert.Equal("exposure", CustomVariableValidator.KindName(VariableKind.Exposure));
        Assert.Equal("treatment", CustomVariableValidator.KindName(VariableKind.Treatment));
    }
}
