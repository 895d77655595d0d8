using FibroTrack.Core.Labs;
using FibroTrack.Core.People;

namespace FibroTrack.Core.Tests.Labs;

/// <summary>Defaults from CLINICAL.md, "Typical adult reference ranges"; both ends of a range count as normal.</summary>
public sealed class LabFlaggerDefaultRangeTests
{
    private static LabInterpretation Flag(string analyte, double value, string unit) =>
        LabFlagger.Flag(LabFixture.Quantity(analyte, value, unit), PersonFacts.Unknown);

    [Theory]
    [InlineData("CRP", 0, "mg/L", LabFlag.Normal)]
    [InlineData("CRP", 10, "mg/L", LabFlag.Normal)]
    [InlineData("CRP", 10.1, "mg/L", LabFlag.High)]
    [InlineData("CRP", 1, "mg/dL", LabFlag.Normal)]
    [InlineData("CRP", 1.01, "mg/dL", LabFlag.High)]
    [InlineData("TSH", 0.39, "m[IU]/L", LabFlag.Low)]
    [InlineData("TSH", 0.4, "m[IU]/L", LabFlag.Normal)]
    [InlineData("TSH", 4.0, "m[IU]/L", LabFlag.Normal)]
    [InlineData("TSH", 4.01, "m[IU]/L", LabFlag.High)]
    [InlineData("TSH", 4.01, "u[IU]/mL", LabFlag.High)]
    [InlineData("WBC", 3.99, "10*9/L", LabFlag.Low)]
    [InlineData("WBC", 4.0, "10*9/L", LabFlag.Normal)]
    [InlineData("WBC", 11.0, "10*9/L", LabFlag.Normal)]
    [InlineData("WBC", 11.01, "10*9/L", LabFlag.High)]
    [InlineData("WBC", 11.01, "10*3/uL", LabFlag.High)]
    [InlineData("magnesium", 1.69, "mg/dL", LabFlag.Low)]
    [InlineData("magnesium", 1.7, "mg/dL", LabFlag.Normal)]
    [InlineData("magnesium", 2.2, "mg/dL", LabFlag.Normal)]
    [InlineData("magnesium", 2.21, "mg/dL", LabFlag.High)]
    [InlineData("magnesium", 0.69, "mmol/L", LabFlag.Low)]
    [InlineData("magnesium", 0.70, "mmol/L", LabFlag.Normal)]
    [InlineData("magnesium", 0.90, "mmol/L", LabFlag.Normal)]
    [InlineData("magnesium", 1.80, "meq/L", LabFlag.Normal)]
    public void Flag_DefaultThreshold_BothSides(string analyte, double value, string unit, LabFlag expected)
    {
        var interpretation = Flag(analyte, value, unit);

        Assert.Equal(expected, interpretation.Flag);
        Assert.False(interpretation.IsLabRange);
        Assert.NotNull(interpretation.Range);
    }

    [Fact]
    public void Flag_Magnesium095MmolPerL_HighBecause22MgPerDlIs090()
    {
        // CLINICAL.md pairs 1.7–2.2 mg/dL with 0.70–0.95 mmol/L, but 2.2 mg/dL is 0.905 mmol/L:
        // the mg/dL default is the one used, so 0.95 mmol/L (2.309 mg/dL) is High.
        Assert.Equal(LabFlag.High, Flag("magnesium", 0.95, "mmol/L").Flag);
    }

    [Fact]
    public void Flag_Crp_RangeSourceMentionsManyLabsUse5()
    {
        var interpretation = Flag("CRP", 4, "mg/L");

        Assert.Equal(new ReferenceRange(null, 10, "mg/L"), interpretation.Range);
        Assert.Contains("many labs use 5", interpretation.RangeSource);
    }

    [Fact]
    public void Flag_LabRangeWins_OverDefault()
    {
        // 7 mg/L is normal by the default (up to 10) but high for a lab whose range ends at 5.
        var interpretation = LabFlagger.Flag(LabFixture.Quantity("CRP", 7, "mg/L", high: 5), PersonFacts.Unknown);

        Assert.Equal(LabFlag.High, interpretation.Flag);
        Assert.True(interpretation.IsLabRange);
        Assert.Equal(LabSources.LabOwnRange, interpretation.RangeSource);
        Assert.Equal(new ReferenceRange(null, 5, "mg/L"), interpretation.Range);
    }

    [Fact]
    public void Flag_LabRangeWins_CanMakeDefaultHighNormal()
    {
        var interpretation = LabFlagger.Flag(LabFixture.Quantity("TSH", 4.5, "mIU/L", low: 0.27, high: 4.7), PersonFacts.Unknown);

        Assert.Equal(LabFlag.Normal, interpretation.Flag);
    }

    [Fact]
    public void Flag_LabRangeInOtherUnit_ComparedInCanonical()
    {
        var interpretation = LabFlagger.Flag(LabFixture.Quantity("CRP", 0.6, "mg/dL", high: 0.5), PersonFacts.Unknown);

        Assert.Equal(LabFlag.High, interpretation.Flag);
        Assert.Equal(new ReferenceRange(null, 5, "mg/L"), interpretation.Range);
    }

    [Fact]
    public void Flag_LowerThanLabLow_Low()
    {
        var interpretation = LabFlagger.Flag(LabFixture.Quantity("ferritin", 12, "ng/mL", low: 15, high: 150), PersonFacts.Unknown);

        Assert.Equal(LabFlag.Low, interpretation.Flag);
    }

    [Theory]
    [InlineData("IL-6", "pg/mL")]
    [InlineData("IL-8", "pg/mL")]
    [InlineData("TNF-alpha", "pg/mL")]
    [InlineData("RF", "[IU]/mL")]
    [InlineData("anti-CCP", "U/mL")]
    [InlineData("CK", "U/L")]
    [InlineData("ferritin", "ng/mL")]
    public void Flag_AssayDependentWithoutLabRange_Unknown(string analyte, string unit)
    {
        var interpretation = Flag(analyte, 1000, unit);

        Assert.Equal(LabFlag.Unknown, interpretation.Flag);
        Assert.Null(interpretation.Range);
        Assert.Equal(LabSources.AssayDependent, interpretation.RangeSource);
    }

    [Theory]
    [InlineData("IL-6", "pg/mL")]
    [InlineData("CK", "U/L")]
    public void Flag_AssayDependentWithLabRange_Flagged(string analyte, string unit)
    {
        var interpretation = LabFlagger.Flag(LabFixture.Quantity(analyte, 300, unit, high: 200), PersonFacts.Unknown);

        Assert.Equal(LabFlag.High, interpretation.Flag);
    }

    [Fact]
    public void Flag_AdHocWithoutRange_Unknown()
    {
        var interpretation = Flag("Vitamin B12", 410, "pg/mL");

        Assert.Equal(LabFlag.Unknown, interpretation.Flag);
        Assert.Contains("outside FibroTrack's list", interpretation.RangeSource);
    }

    [Fact]
    public void Flag_AdHocWithRange_Flagged()
    {
        var interpretation = LabFlagger.Flag(LabFixture.Quantity("Vitamin B12", 150, "pg/mL", low: 200, high: 900), PersonFacts.Unknown);

        Assert.Equal(LabFlag.Low, interpretation.Flag);
    }
}
