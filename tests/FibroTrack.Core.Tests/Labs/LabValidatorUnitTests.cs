namespace FibroTrack.Core.Tests.Labs;

public sealed class LabValidatorUnitTests
{
    [Theory]
    [InlineData("CRP", "mmol/L", "mg/L, mg/dL")]
    [InlineData("vitamin D", "mg/L", "ng/mL, ug/L, nmol/L")]
    [InlineData("magnesium", "ng/mL", "mg/dL, mmol/L, meq/L")]
    [InlineData("TSH", "mg/L", "m[IU]/L, u[IU]/mL")]
    [InlineData("RF", "U/mL", "[IU]/mL, [kIU]/L")]
    [InlineData("WBC", "10*6/uL", "10*9/L, 10*3/uL, /nL")]
    [InlineData("ESR", "mm", "mm/h")]
    [InlineData("CK", "mg/dL", "U/L, ukat/L")]
    public void Validate_UnitNotForAnalyte_RefusedNamingUnitAndListingAccepted(string analyte, string unit, string accepted)
    {
        var error = LabFixture.SingleError(LabFixture.Input(analyte, 5, unit));

        Assert.Equal("unit", error.Field);
        Assert.Contains($"'{unit}'", error.Message);
        Assert.Contains(accepted, error.Message);
    }

    [Fact]
    public void Validate_ValueWithoutUnit_RefusedNamingUnit()
    {
        var error = LabFixture.SingleError(LabFixture.Input("CRP", 5, unit: null));

        Assert.Equal("unit", error.Field);
        Assert.Contains("mg/L, mg/dL", error.Message);
    }

    [Fact]
    public void Validate_AnaWithUnit_RefusedNamingUnit()
    {
        var error = LabFixture.SingleError(LabFixture.Input("ANA", value: null, unit: "mg/L", positive: true));

        Assert.Equal("unit", error.Field);
    }

    [Theory]
    [InlineData("mg per L")]
    [InlineData("[IU/mL")]
    [InlineData("mg/")]
    public void Validate_AdHocImplausibleUnit_RefusedNamingUnit(string unit)
    {
        var error = LabFixture.SingleError(LabFixture.Input("Vitamin B12", 410, unit));

        Assert.Equal("unit", error.Field);
    }

    [Fact]
    public void Validate_AdHocValueWithoutUnit_RefusedNamingUnit()
    {
        var error = LabFixture.SingleError(LabFixture.Input("Vitamin B12", 410, unit: null));

        Assert.Equal("unit", error.Field);
    }

    [Fact]
    public void Validate_AdHocMicroSign_StoredAsU()
    {
        var result = LabFixture.Valid(LabFixture.Input("Vitamin B12", 0.41, "µg/L"));

        Assert.Equal("ug/L", result.Unit);
        Assert.Equal("ug/L", result.CanonicalUnit);
    }

    [Fact]
    public void Validate_RfPositiveWithUnitOnly_AcceptedWithoutStoredUnit()
    {
        var result = LabFixture.Valid(LabFixture.Input("RF", value: null, unit: "IU/mL", positive: true));

        Assert.True(result.Positive);
        Assert.Null(result.Unit);
        Assert.Null(result.CanonicalValue);
    }
}
