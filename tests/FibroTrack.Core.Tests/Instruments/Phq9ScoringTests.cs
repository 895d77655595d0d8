using FibroTrack.Core.Instruments;

namespace FibroTrack.Core.Tests.Instruments;

/// <summary>PHQ-9 total, bands and the item-9 safety alert (Kroenke et al., J Gen Intern Med 2001;16:606–613).</summary>
public sealed class Phq9ScoringTests
{
    /// <summary>Items 1–8 adding up to <paramref name="sum"/>, item 9 as given.</summary>
    private static Dictionary<string, double?> Answers(int sum, int item9 = 0) =>
        InstrumentFixture.Numbered("phq9.", [.. InstrumentFixture.Spread(sum - item9, 8, 3), item9]);

    private static InstrumentScore Score(Dictionary<string, double?> answers) => InstrumentFixture.Score(Phq9.Definition, answers);

    [Theory]
    // Kroenke 2001: 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, 20–27 severe.
    [InlineData(0, "Minimal")]
    [InlineData(4, "Minimal")]
    [InlineData(5, "Mild")]
    [InlineData(9, "Mild")]
    [InlineData(10, "Moderate")]
    [InlineData(14, "Moderate")]
    [InlineData(15, "Moderately severe")]
    [InlineData(19, "Moderately severe")]
    [InlineData(20, "Severe")]
    [InlineData(24, "Severe")]
    public void Score_TotalAtBandEdge_Band(int total, string expected)
    {
        var score = Score(Answers(total));

        Assert.Equal(total, score.Total);
        Assert.Equal(expected, score.Band);
        Assert.Equal(Phq9.Citation, score.BandCitation);
    }

    [Fact]
    public void Score_AllThree_TwentySevenSevere()
    {
        var score = Score(InstrumentFixture.Numbered("phq9.", 3, 3, 3, 3, 3, 3, 3, 3, 3));

        Assert.Equal(27, score.Total);
        Assert.Equal("Severe", score.Band);
    }

    [Fact]
    public void Score_MixedAnswers_SumOfItems()
    {
        // 1+0+2+3+1+0+2+1+0 = 10.
        var score = Score(InstrumentFixture.Numbered("phq9.", 1, 0, 2, 3, 1, 0, 2, 1, 0));

        Assert.Equal(10, score.Total);
        Assert.Equal("Moderate", score.Band);
        Assert.Equal("phq9", score.InstrumentId);
        Assert.Empty(score.Subscores);
        Assert.Empty(score.AlternativeBands);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Score_Item9AboveZeroWithLowTotal_SafetyAlert(int item9)
    {
        var score = Score(InstrumentFixture.Numbered("phq9.", 0, 0, 0, 0, 0, 0, 0, 0, item9));

        Assert.True(score.SafetyAlert);
        Assert.Equal(item9, score.Total);
        Assert.Equal("Minimal", score.Band);
    }

    [Fact]
    public void Score_Item9AboveZero_SafetyMessageIsTheFirstNote()
    {
        var score = Score(Answers(12, item9: 1));

        Assert.Equal(Phq9.SafetyMessage, score.Notes[0]);
    }

    [Fact]
    public void Score_Item9Zero_NoAlert()
    {
        var score = Score(Answers(27 - 3));

        Assert.False(score.SafetyAlert);
        Assert.DoesNotContain(Phq9.SafetyMessage, score.Notes);
    }

    [Fact]
    public void Score_Item9AboveZeroOtherItemsMissing_AlertWithoutScore()
    {
        var score = Score(new Dictionary<string, double?> { ["phq9.9"] = 2 });

        Assert.True(score.SafetyAlert);
        Assert.Null(score.Total);
        Assert.Equal(Phq9.SafetyMessage, score.Notes[0]);
    }

    [Fact]
    public void Score_Item9Missing_NoAlertAndNoScore()
    {
        var score = Score(Answers(8).Without("phq9.9"));

        Assert.False(score.SafetyAlert);
        Assert.Null(score.Total);
    }

    [Theory]
    [InlineData("phq9.1")]
    [InlineData("phq9.5")]
    public void Score_OneItemMissing_NoScoreNoProrating(string code)
    {
        var score = Score(Answers(20).Without(code));

        Assert.Null(score.Total);
        Assert.Null(score.Band);
        Assert.Null(score.BandCitation);
        var note = Assert.Single(score.Notes);
        Assert.StartsWith("1 item missing: no score.", note, StringComparison.Ordinal);
        Assert.Contains("all 9 items", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_ThreeItemsMissing_NoteCountsThem()
    {
        var score = Score(Answers(5).Without("phq9.1", "phq9.2", "phq9.3"));

        Assert.StartsWith("3 items missing", Assert.Single(score.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Complete_NoteSaysNotADiagnosis()
    {
        var score = Score(Answers(11));

        Assert.Contains(score.Notes, n => n.Contains("not a diagnosis", StringComparison.Ordinal));
    }

    [Fact]
    public void SafetyMessage_CrisisResources_EmergencyNumber988AndSamaritans()
    {
        Assert.Contains("local emergency number", Phq9.SafetyMessage, StringComparison.Ordinal);
        Assert.Contains("988", Phq9.SafetyMessage, StringComparison.Ordinal);
        Assert.Contains("116 123", Phq9.SafetyMessage, StringComparison.Ordinal);
        Assert.Contains("Samaritans", Phq9.SafetyMessage, StringComparison.Ordinal);
        Assert.Contains("clinician", Phq9.SafetyMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void SafetyMessage_NamesNoDiagnosis()
    {
        Assert.DoesNotContain("depression", Phq9.SafetyMessage, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("diagnos", Phq9.SafetyMessage, StringComparison.OrdinalIgnoreCase);
    }
}
