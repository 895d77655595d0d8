namespace FibroTrack.Core.Tests.Custom;

/// <summary>Counts are whole numbers of things, 0 or more, so their bounds are too.</summary>
public sealed class CustomVariableValidatorCountTests
{
    [Fact]
    public void Validate_CountNegativeMin_RefusedNamingMin() =>
        Assert.Equal("min", CustomFixture.SingleError(CustomFixture.Input(type: "count", min: -1, max: 10)).Field);

    [Fact]
    public void Validate_CountFractionalMax_RefusedNamingMax() =>
        Assert.Equal("max", CustomFixture.SingleError(CustomFixture.Input(type: "count", min: 0, max: 2.5)).Field);

    [Fact]
    public void Validate_CountZeroToTwenty_Accepted() =>
        Assert.Equal(20, CustomFixture.Valid(CustomFixture.Input(type: "count", min: 0, max: 20)).Max);
}
