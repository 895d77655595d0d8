using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Custom;

/// <summary>A quantity needs a UCUM unit and a range with min below max.</summary>
public sealed class CustomVariableValidatorQuantityTests
{
    private static Core.Custom.CustomVariableInput Quantity(string? unit = "kg", double? min = 30, double? max = 200) =>
        CustomFixture.Input(name: "Weight", type: "quantity", unit: unit, min: min, max: max);

    [Fact]
    public void Validate_QuantityWithUnitAndRange_Accepted()
    {
        var variable = CustomFixture.Valid(Quantity());

        Assert.Equal(VariableType.Quantity, variable.Type);
        Assert.Equal((30.0, 200.0, "kg"), (variable.Min, variable.Max, variable.Unit));
        Assert.False(variable.IsWholeNumber);
    }

    [Fact]
    public void Validate_QuantityUnit_Trimmed()
    {
        Assert.Equal("mg/L", CustomFixture.Valid(Quantity(unit: " mg/L ")).Unit);
    }

    [Fact]
    public void Validate_NegativeMin_Accepted()
    {
        var variable = CustomFixture.Valid(Quantity(unit: "Cel", min: -20, max: 45));

        Assert.Equal(-20.0, variable.Min);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("mg per L")]
    [InlineData("abcdefghijklmnopqrstu")]
    public void Validate_MissingOrBadUnit_RefusedNamingUnit(string? unit)
    {
        var error = CustomFixture.SingleError(Quantity(unit: unit));

        Assert.Equal("unit", error.Field);
    }

    [Fact]
    public void Validate_UnitOfMaximumLength_Accepted()
    {
        Assert.Equal(20, CustomFixture.Valid(Quantity(unit: new string('u', 20))).Unit!.Length);
    }

    [Fact]
    public void Validate_MissingMin_RefusedNamingMin()
    {
        var error = CustomFixture.SingleError(Quantity(min: null));

        Assert.Equal("min", error.Field);
    }

    [Fact]
    public void Validate_MissingMax_RefusedNamingMax()
    {
        var error = CustomFixture.SingleError(Quantity(max: null));

        Assert.Equal("max", error.Field);
    }

    [Theory]
    [InlineData(10.0, 10.0)]
    [InlineData(10.0, 5.0)]
    public void Validate_MaxNotAboveMin_RefusedNamingMax(double min, double max)
    {
        var error = CustomFixture.SingleError(Quantity(min: min, max: max));

        Assert.Equal("max", error.Field);
        Assert.Contains("above the smallest", error.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-2e9)]
    public void Validate_MinNotFiniteOrTooLarge_RefusedNamingMin(double min)
    {
        var error = CustomFixture.SingleError(Quantity(min: min));

        Assert.Equal("min", error.Field);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(2e9)]
    public void Validate_MaxNotFiniteOrTooLarge_RefusedNamingMax(double max)
    {
        var error = CustomFixture.SingleError(Quantity(max: max));

        Assert.Equal("max", error.Field);
    }

    [Fact]
    public void Validate_RangeAtMagnitudeBound_Accepted()
    {
        var variable = CustomFixture.Valid(Quantity(min: -1e9, max: 1e9));

        Assert.Equal((-1e9, 1e9), (variable.Min, variable.Max));
    }
}
