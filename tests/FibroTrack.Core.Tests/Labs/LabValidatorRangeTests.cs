using FibroTrack.Core.Labs;

namespace FibroTrack.Core.Tests.Labs;

public sealed class LabValidatorRangeTests
{
    [Fact]
    public void Validate_Range_KeptAsGivenAndConverted()
    {
        var result = LabFixture.Valid(LabFixture.Input("CRP", 0.8, "mg/dL", low: 0, high: 0.5));

        Assert.Equal(new ReferenceRange(0, 0.5, "mg/dL"), result.LabRange);
        Assert.Equal(new ReferenceRange(0, 5, "mg/L"), result.CanonicalLabRange);
        Assert.Equal(8, result.CanonicalValue);
    }

    [Fact]
    public void Validate_VitaminDRangeInNmolPerL_ConvertedToNgPerMl()
    {
        var result = LabFixture.Valid(LabFixture.Input("vitamin D", 60, "nmol/L", low: 49.92, high: 124.8));

        Assert.Equal(new ReferenceRange(20, 50, "ng/mL"), result.CanonicalLabRange);
    }

    [Fact]
    public void Validate_HighOnly_OneSidedRange()
    {
        var result = LabFixture.Valid(LabFixture.Input("CRP", 3, "mg/L", high: 5));

        Assert.Null(result.CanonicalLabRange!.Low);
        Assert.Equal(5, result.CanonicalLabRange.High);
    }

    [Theory]
    [InlineData(5, 1)]
    [InlineData(5, 5)]
    public void Validate_LowNotBelowHigh_RefusedNamingRangeLow(double low, double high)
    {
        var error = LabFixture.SingleError(LabFixture.Input("CRP", 3, "mg/L", low: low, high: high));

        Assert.Equal("rangeLow", error.Field);
    }

    [Fact]
    public void Validate_NegativeRangeLow_RefusedNamingRangeLow()
    {
        Assert.Equal("rangeLow", LabFixture.SingleError(LabFixture.Input("CRP", 3, "mg/L", low: -1, high: 5)).Field);
    }

    [Fact]
    public void Validate_InfiniteRangeHigh_RefusedNamingRangeHigh()
    {
        Assert.Equal("rangeHigh", LabFixture.SingleError(LabFixture.Input("CRP", 3, "mg/L", high: double.PositiveInfinity)).Field);
    }

    [Fact]
    public void Validate_RangeWithoutValue_Refused()
    {
        var error = LabFixture.SingleError(LabFixture.Input("RF", value: null, unit: "IU/mL", positive: true, high: 14));

        Assert.Equal("rangeHigh", error.Field);
    }

    [Fact]
    public void Validate_RangeForAna_Refused()
    {
        var error = LabFixture.SingleError(LabFixture.Input("ANA", null, null, positive: true, low: 0, high: 1));

        Assert.Equal("rangeLow", error.Field);
    }
}
