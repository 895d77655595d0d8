using FibroTrack.Core.Labs;

namespace FibroTrack.Core.Tests.Labs;

public sealed class LabValidatorTiterTests
{
    [Fact]
    public void Validate_AnaTiter160_Accepted()
    {
        var result = LabFixture.Valid(LabFixture.Input("ANA", null, null, titer: "1:160", pattern: "speckled"));

        Assert.Equal(new LabTiter(160), result.Titer);
        Assert.Equal("speckled", result.Pattern);
    }

    [Theory]
    [InlineData("160")]
    [InlineData("1:0")]
    [InlineData("1:-5")]
    [InlineData("2:160")]
    public void Validate_MalformedTiter_RefusedNamingTiter(string titer)
    {
        var error = LabFixture.SingleError(LabFixture.Input("ANA", null, null, titer: titer, positive: true));

        Assert.Equal("titer", error.Field);
        Assert.Contains("1:N", error.Message);
    }

    [Theory]
    [InlineData("1:40")]
    [InlineData("1:160")]
    public void Validate_AnaTiterFrom40_ImpliesPositive(string titer)
    {
        Assert.True(LabFixture.Valid(LabFixture.Input("ANA", null, null, titer: titer)).Positive);
    }

    [Fact]
    public void Validate_AnaTiterBelow40_PositiveNotImplied()
    {
        Assert.Null(LabFixture.Valid(LabFixture.Input("ANA", null, null, titer: "1:20")).Positive);
    }

    [Fact]
    public void Validate_AnaTiter160MarkedNegative_RefusedNamingTiter()
    {
        var error = LabFixture.SingleError(LabFixture.Input("ANA", null, null, titer: "1:160", positive: false));

        Assert.Equal("titer", error.Field);
    }

    [Fact]
    public void Validate_AnaNegativeWithoutTiter_Accepted()
    {
        var result = LabFixture.Valid(LabFixture.Input("ANA", null, null, positive: false));

        Assert.False(result.Positive);
        Assert.Null(result.Titer);
    }

    [Fact]
    public void Validate_TiterOnCrp_RefusedNamingTiter()
    {
        var error = LabFixture.SingleError(LabFixture.Input("CRP", 4, "mg/L", titer: "1:160"));

        Assert.Equal("titer", error.Field);
    }

    [Fact]
    public void Validate_AnaByTiterCode_ResolvesAna()
    {
        var result = LabFixture.Valid(LabFixture.Input("5048-4", null, null, titer: "1:320"));

        Assert.Equal(Analytes.Ana, result.Analyte.Code.Value);
    }
}
