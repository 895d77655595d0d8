using FibroTrack.Core.Labs;
using FibroTrack.Core.People;

namespace FibroTrack.Core.Tests.Labs;

public sealed class LabFlaggerBandTests
{
    /// <summary>AHA/CDC 2003 (Pearson et al.): &lt; 1, 1–3, &gt; 3 mg/L; above 10 flagged High.</summary>
    [Theory]
    [InlineData(0.9, "Below 1 mg/L", LabFlag.Normal)]
    [InlineData(1, "1–3 mg/L", LabFlag.Normal)]
    [InlineData(3, "1–3 mg/L", LabFlag.Normal)]
    [InlineData(3.1, "Above 3 mg/L", LabFlag.Normal)]
    [InlineData(10, "Above 3 mg/L", LabFlag.Normal)]
    [InlineData(10.1, "Above 10 mg/L", LabFlag.High)]
    public void Flag_HsCrp_CardiovascularBandAndHighAbove10(double mgPerL, string band, LabFlag flag)
    {
        var interpretation = LabFlagger.Flag(LabFixture.Quantity("hs-CRP", mgPerL, "mg/L"), PersonFacts.Unknown);

        Assert.StartsWith(band, interpretation.Band);
        Assert.Equal(flag, interpretation.Flag);
        Assert.Equal(LabSources.AhaCdc2003, interpretation.BandSource);
    }

    /// <summary>Tan 1997: 1:160 is the usual threshold; 1:40–1:80 is common in healthy people.</summary>
    [Theory]
    [InlineData("1:40", "1:40 to 1:80")]
    [InlineData("1:80", "1:40 to 1:80")]
    [InlineData("1:160", "1:160 or higher")]
    [InlineData("1:640", "1:160 or higher")]
    public void Flag_AnaTiter_PositiveWithBand(string titer, string band)
    {
        var interpretation = LabFlagger.Flag(LabFixture.Presence("ANA", null, titer), PersonFacts.Unknown);

        Assert.Equal(LabFlag.Positive, interpretation.Flag);
        Assert.StartsWith(band, interpretation.Band);
        Assert.Equal(LabSources.Tan1997, interpretation.BandSource);
    }

    [Fact]
    public void Flag_AnaNegative_Negative()
    {
        var interpretation = LabFlagger.Flag(LabFixture.Presence("ANA", false), PersonFacts.Unknown);

        Assert.Equal(LabFlag.Negative, interpretation.Flag);
        Assert.Null(interpretation.Band);
    }

    [Fact]
    public void Flag_AnaTiterBelow40WithoutPresence_Unknown()
    {
        var interpretation = LabFlagger.Flag(LabFixture.Presence("ANA", null, "1:20"), PersonFacts.Unknown);

        Assert.Equal(LabFlag.Unknown, interpretation.Flag);
        Assert.StartsWith("Below 1:40", interpretation.Band);
    }

    [Theory]
    [InlineData("RF", true, LabFlag.Positive)]
    [InlineData("RF", false, LabFlag.Negative)]
    [InlineData("anti-CCP", true, LabFlag.Positive)]
    public void Flag_PresenceOnly_PositiveOrNegative(string analyte, bool positive, LabFlag expected)
    {
        Assert.Equal(expected, LabFlagger.Flag(LabFixture.Presence(analyte, positive), PersonFacts.Unknown).Flag);
    }

    [Fact]
    public void Flag_RfValueWithoutRangeButPositive_Positive()
    {
        var result = LabFixture.Valid(LabFixture.Input("RF", 40, "IU/mL", positive: true));

        Assert.Equal(LabFlag.Positive, LabFlagger.Flag(result, PersonFacts.Unknown).Flag);
    }

    [Fact]
    public void Flag_RfValueAboveLabRange_High()
    {
        Assert.Equal(LabFlag.High, LabFlagger.Flag(LabFixture.Quantity("RF", 40, "IU/mL", high: 14), PersonFacts.Unknown).Flag);
    }
}
