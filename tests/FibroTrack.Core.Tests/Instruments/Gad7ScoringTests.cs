using FibroTrack.Core.Instruments;

namespace FibroTrack.Core.Tests.Instruments;

/// <summary>GAD-7 total and bands (Spitzer et al., Arch Intern Med 2006;166:1092–1097).</summary>
public sealed class Gad7ScoringTests
{
    private static Dictionary<string, double?> Answers(int sum) =>
        InstrumentFixture.Numbered("gad7.", InstrumentFixture.Spread(sum, 7, 3));

    private static InstrumentScore Score(Dictionary<string, double?> answers) => InstrumentFixture.Score(Gad7.Definition, answers);

    [Theory]
    // Spitzer 2006: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe.
    [InlineData(0, "Minimal")]
    [InlineData(4, "Minimal")]
    [InlineData(5, "Mild")]
    [InlineData(9, "Mild")]
    [InlineData(10, "Moderate")]
    [InlineData(14, "Moderate")]
    [InlineData(15, "Severe")]
    [InlineData(21, "Severe")]
    public void Score_TotalAtBandEdge_Band(int total, string expected)
    {
        var score = Score(Answers(total));

        Assert.Equal(total, score.Total);
        Assert.Equal(expected, score.Band);
        Assert.Equal(Gad7.Citation, score.BandCitation);
    }

    [Fact]
    public void Score_MixedAnswers_SumOfItems()
    {
        // 2+1+0+3+1+2+0 = 9.
        var score = Score(InstrumentFixture.Numbered("gad7.", 2, 1, 0, 3, 1, 2, 0));

        Assert.Equal(9, score.Total);
        Assert.Equal("Mild", score.Band);
        Assert.Equal("gad7", score.InstrumentId);
    }

    [Fact]
    public void Score_HighTotal_NoSafetyAlert()
    {
        Assert.False(Score(Answers(21)).SafetyAlert);
    }

    [Fact]
    public void Score_OneItemMissing_NoScoreNoProrating()
    {
        var score = Score(Answers(14).Without("gad7.7"));

        Assert.Null(score.Total);
        Assert.Null(score.Band);
        var note = Assert.Single(score.Notes);
        Assert.StartsWith("1 item missing: no score.", note, StringComparison.Ordinal);
        Assert.Contains("all 7 items", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Complete_NoteSaysNotADiagnosis()
    {
        Assert.Contains(Score(Answers(3)).Notes, n => n.Contains("not a diagnosis", StringComparison.Ordinal));
    }
}
