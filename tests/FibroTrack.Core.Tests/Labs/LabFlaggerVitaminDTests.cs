using FibroTrack.Core.Labs;
using FibroTrack.Core.People;

namespace FibroTrack.Core.Tests.Labs;

/// <summary>
/// NAM/IOM 2011: &lt; 12 deficient, 12–20 possibly inadequate, ≥ 20 adequate, &gt; 50 possible concern (ng/mL).
/// Endocrine Society 2011: &lt; 20 deficient, 21–29 insufficient, ≥ 30 sufficient. 1 ng/mL = 2.496 nmol/L.
/// </summary>
public sealed class LabFlaggerVitaminDTests
{
    private static LabInterpretation Flag(double value, string unit = "ng/mL", VitaminDScheme scheme = VitaminDScheme.NamIom2011) =>
        LabFlagger.Flag(LabFixture.Quantity("vitamin D", value, unit), PersonFacts.Unknown, scheme);

    [Theory]
    [InlineData(11.9, "Deficient", LabFlag.Low)]
    [InlineData(12, "Possibly inadequate", LabFlag.Low)]
    [InlineData(19.9, "Possibly inadequate", LabFlag.Low)]
    [InlineData(20, "Adequate", LabFlag.Normal)]
    [InlineData(50, "Adequate", LabFlag.Normal)]
    [InlineData(50.1, "Possible concern", LabFlag.High)]
    public void Flag_NamIomBands_AtBoundaries(double ngPerMl, string band, LabFlag flag)
    {
        var interpretation = Flag(ngPerMl);

        Assert.StartsWith(band, interpretation.Band);
        Assert.Equal(flag, interpretation.Flag);
        Assert.Contains("NAM/IOM 2011", interpretation.BandSource);
    }

    [Theory]
    [InlineData(11.9, "Deficient")]
    [InlineData(12, "Possibly inadequate")]
    [InlineData(19.9, "Possibly inadequate")]
    [InlineData(20, "Adequate")]
    [InlineData(50, "Adequate")]
    [InlineData(50.1, "Possible concern")]
    public void Flag_NamIomBands_AfterConvertingFromNmolPerL(double ngPerMl, string band)
    {
        var nmolPerL = ngPerMl * 2.496;

        Assert.StartsWith(band, Flag(nmolPerL, "nmol/L").Band);
    }

    [Theory]
    [InlineData(29.952, "Possibly inadequate")] // exactly 12 ng/mL
    [InlineData(49.92, "Adequate")] // exactly 20 ng/mL
    [InlineData(124.8, "Adequate")] // exactly 50 ng/mL
    [InlineData(125.05, "Possible concern")]
    public void Flag_NamIomBands_ExactNmolBoundaries(double nmolPerL, string band)
    {
        Assert.StartsWith(band, Flag(nmolPerL, "nmol/L").Band);
    }

    [Theory]
    [InlineData(19.9, "Deficient", LabFlag.Low)]
    [InlineData(20, "Insufficient", LabFlag.Low)]
    [InlineData(29.9, "Insufficient", LabFlag.Low)]
    [InlineData(30, "Sufficient", LabFlag.Normal)]
    [InlineData(150, "Sufficient", LabFlag.Normal)]
    public void Flag_EndocrineSocietyScheme_AtBoundaries(double ngPerMl, string band, LabFlag flag)
    {
        var interpretation = Flag(ngPerMl, scheme: VitaminDScheme.EndocrineSociety2011);

        Assert.StartsWith(band, interpretation.Band);
        Assert.Equal(flag, interpretation.Flag);
        Assert.Contains("Endocrine Society 2011", interpretation.BandSource);
    }

    [Fact]
    public void Flag_LabRange_WinsButBandStillShown()
    {
        var result = LabFixture.Quantity("vitamin D", 25, "ng/mL", low: 30, high: 100);

        var interpretation = LabFlagger.Flag(result, PersonFacts.Unknown);

        Assert.Equal(LabFlag.Low, interpretation.Flag);
        Assert.StartsWith("Adequate", interpretation.Band);
    }
}
