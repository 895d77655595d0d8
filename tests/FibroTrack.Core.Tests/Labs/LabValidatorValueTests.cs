using FibroTrack.Core.Labs;

namespace FibroTrack.Core.Tests.Labs;

public sealed class LabValidatorValueTests
{
    [Fact]
    public void Validate_Zero_Accepted()
    {
        Assert.Equal(0, LabFixture.Valid(LabFixture.Input("CRP", 0)).CanonicalValue);
    }

    [Fact]
    public void Validate_Negative_RefusedNamingValue()
    {
        var error = LabFixture.SingleError(LabFixture.Input("CRP", -0.1));

        Assert.Equal("value", error.Field);
        Assert.Contains("negative", error.Message);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Validate_NotFinite_RefusedNamingValue(double value)
    {
        var error = LabFixture.SingleError(LabFixture.Input("CRP", value));

        Assert.Equal("value", error.Field);
    }

    [Fact]
    public void Validate_ImplausiblyLarge_RefusedNamingValue()
    {
        var error = LabFixture.SingleError(LabFixture.Input("CRP", 2e9));

        Assert.Equal("value", error.Field);
    }

    [Fact]
    public void Validate_QuantityWithoutValue_RefusedNamingValue()
    {
        var error = LabFixture.SingleError(LabFixture.Input("CRP", value: null, unit: null));

        Assert.Equal("value", error.Field);
    }

    [Fact]
    public void Validate_PositiveForQuantityOnlyAnalyte_RefusedNamingPositive()
    {
        var error = LabFixture.SingleError(LabFixture.Input("CRP", 4, "mg/L", positive: true));

        Assert.Equal("positive", error.Field);
    }

    [Fact]
    public void Validate_ValueForAna_RefusedNamingValue()
    {
        var error = LabFixture.SingleError(LabFixture.Input("ANA", 1.2, unit: null, positive: true));

        Assert.Equal("value", error.Field);
    }

    [Fact]
    public void Validate_AnaWithNothing_RefusedNamingPositive()
    {
        var error = LabFixture.SingleError(LabFixture.Input("ANA", value: null, unit: null));

        Assert.Equal("positive", error.Field);
    }

    [Fact]
    public void Validate_AntiCcpValueOrPresence_BothAccepted()
    {
        Assert.Equal(3, LabFixture.Valid(LabFixture.Input("anti-CCP", 3, "U/mL")).Value);
        Assert.False(LabFixture.Valid(LabFixture.Input("anti-CCP", null, null, positive: false)).Positive);
    }

    [Fact]
    public void Validate_PatternOnCrp_RefusedNamingPattern()
    {
        var error = LabFixture.SingleError(LabFixture.Input("CRP", pattern: "speckled"));

        Assert.Equal("pattern", error.Field);
    }

    [Fact]
    public void Validate_SourceAndNotes_Trimmed()
    {
        var result = LabFixture.Valid(LabFixture.Input(source: "  City Lab ", notes: " fasting "));

        Assert.Equal("City Lab", result.Source);
        Assert.Equal("fasting", result.Notes);
    }

    [Theory]
    [InlineData("source", LabLimits.MaxSourceLength)]
    [InlineData("notes", LabLimits.MaxNotesLength)]
    [InlineData("pattern", LabLimits.MaxPatternLength)]
    public void Validate_TextTooLong_RefusedNamingField(string field, int max)
    {
        var text = new string('a', max + 1);
        var input = field switch
        {
            "source" => LabFixture.Input(source: text),
            "notes" => LabFixture.Input(notes: text),
            _ => LabFixture.Input("ANA", null, null, positive: true, pattern: text),
        };

        Assert.Equal(field, LabFixture.SingleError(input).Field);
    }

    [Fact]
    public void Validate_ManyProblems_ReportsEach()
    {
        var result = LabFixture.Validate(LabFixture.Input("CRP", -1, "mmol/L", low: 5, high: 1, date: LabFixture.LatestAccepted.AddDays(1)));

        Assert.Equal(["rangeLow", "specimenDate", "unit", "value"], result.Errors.Select(e => e.Field).Order().ToArray());
    }
}
