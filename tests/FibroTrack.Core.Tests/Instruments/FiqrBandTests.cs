using FibroTrack.Core.Instruments;

namespace FibroTrack.Core.Tests.Instruments;

/// <summary>
/// FIQR severity bands: Salaffi 2020 (0–23, 24–40, 41–63, 64–82, ≥ 83) as the primary scheme and
/// Salaffi 2018 (≤ 30, 31–45, 46–65, &gt; 65) as the alternative. A total between two published
/// ranges takes the band whose lower edge it has reached (2020) or whose upper edge it has not
/// passed (2018).
/// </summary>
public sealed class FiqrBandTests
{
    [Theory]
    [InlineData(0, "Remission")]
    [InlineData(23, "Remission")]
    [InlineData(23.5, "Remission")]
    [InlineData(23.99, "Remission")]
    [InlineData(24, "Mild")]
    [InlineData(40, "Mild")]
    [InlineData(40.5, "Mild")]
    [InlineData(41, "Moderate")]
    [InlineData(63, "Moderate")]
    [InlineData(63.5, "Moderate")]
    [InlineData(64, "Severe")]
    [InlineData(82, "Severe")]
    [InlineData(82.5, "Severe")]
    [InlineData(82.96, "Severe")]
    [InlineData(83, "Very severe")]
    [InlineData(100, "Very severe")]
    public void Salaffi2020Classify_EdgesAndGaps_Band(double total, string expected)
    {
        Assert.Equal(expected, Fiqr.Salaffi2020.Classify(total).Label);
    }

    [Theory]
    [InlineData(0, "Remission")]
    [InlineData(30, "Remission")]
    [InlineData(30.5, "Mild")]
    [InlineData(31, "Mild")]
    [InlineData(45, "Mild")]
    [InlineData(45.5, "Moderate")]
    [InlineData(46, "Moderate")]
    [InlineData(65, "Moderate")]
    [InlineData(65.5, "Severe")]
    [InlineData(66, "Severe")]
    [InlineData(100, "Severe")]
    public void Salaffi2018Classify_EdgesAndGaps_Band(double total, string expected)
    {
        Assert.Equal(expected, Fiqr.Salaffi2018.Classify(total).Label);
    }

    [Theory]
    // Domain sums (function, overall, symptoms) → total = f/3 + o + s/2.
    [InlineData(0, 0, 46, 23.0, "Remission")]
    [InlineData(0, 0, 47, 23.5, "Remission")]
    [InlineData(0, 0, 48, 24.0, "Mild")]
    [InlineData(0, 0, 80, 40.0, "Mild")]
    [InlineData(0, 0, 81, 40.5, "Mild")]
    [InlineData(0, 0, 82, 41.0, "Moderate")]
    [InlineData(0, 20, 86, 63.0, "Moderate")]
    [InlineData(0, 20, 88, 64.0, "Severe")]
    [InlineData(81, 20, 70, 82.0, "Severe")]
    [InlineData(81, 20, 71, 82.5, "Severe")]
    [InlineData(81, 20, 72, 83.0, "Very severe")]
    public void Score_TotalAtSalaffi2020Edge_Band(int function, int overall, int symptoms, double total, string expected)
    {
        var score = FiqrFixture.Score(FiqrFixture.WithSums(function, overall, symptoms));

        Assert.Equal(total, score.Total);
        Assert.Equal(expected, score.Band);
    }

    [Fact]
    public void Score_ThirdsJustUnder83_Severe()
    {
        // Function 80 ÷ 3 = 26.67, overall 20, symptoms 72 ÷ 2 = 36 → 82.67.
        var score = FiqrFixture.Score(FiqrFixture.WithSums(80, 20, 72));

        Assert.Equal(82 + 2.0 / 3, score.Total!.Value, 12);
        Assert.Equal("Severe", score.Band);
    }

    [Fact]
    public void Score_ScaledTotalInTheGapBetween82And83_Severe()
    {
        // 8 function items answered, sum 73: 73 × 9/8 ÷ 3 = 27.375; overall 20; symptoms 71 ÷ 2 = 35.5 → 82.875.
        var answers = FiqrFixture.Answers([10, 10, 10, 10, 10, 10, 10, 3, 0], [10, 10], InstrumentFixture.Spread(71, 10, 10)).Without("fiqr.f9");

        var score = FiqrFixture.Score(answers);

        Assert.Equal(82.875, score.Total);
        Assert.Equal("Severe", score.Band);
    }

    [Theory]
    [InlineData(0, 0, 60, "Remission")] // 30
    [InlineData(0, 0, 61, "Mild")] // 30.5
    [InlineData(0, 0, 90, "Mild")] // 45
    [InlineData(0, 0, 91, "Moderate")] // 45.5
    [InlineData(0, 20, 90, "Moderate")] // 65
    [InlineData(0, 20, 91, "Severe")] // 65.5
    public void Score_TotalAtSalaffi2018Edge_AlternativeBand(int function, int overall, int symptoms, string expected)
    {
        var score = FiqrFixture.Score(FiqrFixture.WithSums(function, overall, symptoms));

        var alternative = Assert.Single(score.AlternativeBands);
        Assert.Equal("salaffi-2018", alternative.SchemeId);
        Assert.Equal(expected, alternative.Label);
    }

    [Fact]
    public void Schemes_BothDocumentTheirBoundaryChoice()
    {
        Assert.Contains("82.5", Fiqr.Salaffi2020.BoundaryNote, StringComparison.Ordinal);
        Assert.Contains("45.5", Fiqr.Salaffi2018.BoundaryNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Definition_BandSchemes_Salaffi2020First()
    {
        Assert.Equal(["salaffi-2020", "salaffi-2018"], Fiqr.Definition.BandSchemes.Select(b => b.Id));
    }

    [Fact]
    public void Classify_NaN_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Fiqr.Salaffi2020.Classify(double.NaN));
    }
}
