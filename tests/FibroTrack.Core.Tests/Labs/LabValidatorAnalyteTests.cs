using FibroTrack.Core.Labs;

namespace FibroTrack.Core.Tests.Labs;

public sealed class LabValidatorAnalyteTests
{
    [Theory]
    [InlineData("1988-5")]
    [InlineData("CRP")]
    [InlineData(" c-reactive protein ")]
    public void Validate_CodeOrName_ResolvesCatalogueAnalyte(string analyte)
    {
        var result = LabFixture.Valid(LabFixture.Input(analyte));

        Assert.Equal(Analytes.Crp, result.Analyte.Code.Value);
        Assert.True(result.Analyte.IsCatalogued);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_NoAnalyte_RefusedNamingAnalyte(string? analyte)
    {
        var error = LabFixture.SingleError(LabFixture.Input(analyte));

        Assert.Equal("analyte", error.Field);
    }

    [Fact]
    public void Validate_UnknownLoincCode_AdHocUnverified()
    {
        // 2132-9 is cobalamin (vitamin B12), not in the catalogue.
        var result = LabFixture.Valid(LabFixture.Input("2132-9", 410, "pg/mL"));

        Assert.False(result.Analyte.IsCatalogued);
        Assert.False(result.Analyte.Code.Verified);
        Assert.Equal("2132-9", result.Analyte.Code.Value);
        Assert.Equal("pg/mL", result.CanonicalUnit);
        Assert.Equal(410, result.CanonicalValue);
    }

    [Fact]
    public void Validate_LoincShapeWithWrongCheckDigit_RefusedNamingAnalyte()
    {
        var error = LabFixture.SingleError(LabFixture.Input("2132-8", 410, "pg/mL"));

        Assert.Equal("analyte", error.Field);
        Assert.Contains("check digit", error.Message);
    }

    [Fact]
    public void Validate_3167_4_RefusedAsUrineVolume()
    {
        var error = LabFixture.SingleError(LabFixture.Input("3167-4", 8, "pg/mL"));

        Assert.Equal("analyte", error.Field);
        Assert.Contains("urine volume", error.Message);
    }

    [Fact]
    public void Validate_FreeName_AdHocWithProjectCode()
    {
        var result = LabFixture.Valid(LabFixture.Input("Vitamin B12", 410, "pg/mL"));

        Assert.Equal("fibrotrack:lab:vitamin-b12", result.Analyte.Code.Value);
        Assert.Equal("Vitamin B12", result.Analyte.Name);
    }

    [Fact]
    public void Validate_FreeNameTooLong_RefusedNamingAnalyte()
    {
        var error = LabFixture.SingleError(LabFixture.Input(new string('x', Analytes.MaxNameLength + 1), 1, "mg/L"));

        Assert.Equal("analyte", error.Field);
    }

    [Fact]
    public void Validate_FreeNameOnlySymbols_RefusedNamingAnalyte()
    {
        var error = LabFixture.SingleError(LabFixture.Input("--??", 1, "mg/L"));

        Assert.Equal("analyte", error.Field);
    }

    [Fact]
    public void Validate_AdHocPositiveWithoutValue_Accepted()
    {
        var result = LabFixture.Valid(LabFixture.Input("Lyme serology", value: null, unit: null, positive: false));

        Assert.False(result.Positive);
        Assert.Null(result.Unit);
    }

    [Fact]
    public void Validate_AdHocTiterAndPattern_Accepted()
    {
        var result = LabFixture.Valid(LabFixture.Input("ASMA", value: null, unit: null, titer: "1:80", pattern: "tubular"));

        Assert.Equal(80, result.Titer!.Value.Dilution);
        Assert.Equal("tubular", result.Pattern);
    }

    [Fact]
    public void Validate_UnknownAnalyteAndBadDate_ReportsBoth()
    {
        var result = LabFixture.Validate(LabFixture.Input("3167-4", noDate: true));

        Assert.Equal(["analyte", "specimenDate"], result.Errors.Select(e => e.Field).Order().ToArray());
    }
}
