using FibroTrack.Core.Instruments;

namespace FibroTrack.Core.Tests.Instruments;

/// <summary>FIQR domain scoring and the missing-item rule (Bennett et al., Arthritis Res Ther 2009;11:R120).</summary>
public sealed class FiqrScoringTests
{
    // Worked example, computed by hand:
    //   function  2+5+3+6+4+7+5+3+4 = 39  → 39 ÷ 3 = 13
    //   overall   6+7               = 13  → 13 as is
    //   symptoms  7+6+5+8+4+5+3+6+2+4 = 50 → 50 ÷ 2 = 25
    //   total     13 + 13 + 25      = 51  → Salaffi 2020 "Moderate" (41–63), Salaffi 2018 "Moderate" (46–65).
    private static readonly int[] ExampleFunction = [2, 5, 3, 6, 4, 7, 5, 3, 4];
    private static readonly int[] ExampleOverall = [6, 7];
    private static readonly int[] ExampleSymptoms = [7, 6, 5, 8, 4, 5, 3, 6, 2, 4];

    private static Dictionary<string, double?> Example() => FiqrFixture.Answers(ExampleFunction, ExampleOverall, ExampleSymptoms);

    [Fact]
    public void Score_WorkedExample_DomainsAndTotalByHand()
    {
        var score = FiqrFixture.Score(Example());

        Assert.Equal(13, score.Subscores[Fiqr.Function]);
        Assert.Equal(13, score.Subscores[Fiqr.Overall]);
        Assert.Equal(25, score.Subscores[Fiqr.Symptoms]);
        Assert.Equal(51, score.Total);
    }

    [Fact]
    public void Score_WorkedExample_ModerateUnderBothSchemesWithCitations()
    {
        var score = FiqrFixture.Score(Example());

        Assert.Equal("Moderate", score.Band);
        Assert.Equal(Fiqr.Salaffi2020Citation, score.BandCitation);
        var alternative = Assert.Single(score.AlternativeBands);
        Assert.Equal(new BandResult("salaffi-2018", "Moderate", Fiqr.Salaffi2018Citation), alternative);
    }

    [Fact]
    public void Score_WorkedExample_NoNotesAndNoAlert()
    {
        var score = FiqrFixture.Score(Example());

        Assert.Empty(score.Notes);
        Assert.False(score.SafetyAlert);
        Assert.Null(score.Acr);
        Assert.Equal("fiqr", score.InstrumentId);
    }

    [Fact]
    public void Score_AllZero_Zero()
    {
        var score = FiqrFixture.Score(FiqrFixture.WithSums(0, 0, 0));

        Assert.Equal(0, score.Total);
        Assert.Equal("Remission", score.Band);
    }

    [Fact]
    public void Score_AllTen_HundredWithDomainMaxima()
    {
        // Bennett 2009: function 90 ÷ 3 = 30, overall 20, symptoms 100 ÷ 2 = 50.
        var score = FiqrFixture.Score(FiqrFixture.WithSums(90, 20, 100));

        Assert.Equal(30, score.Subscores[Fiqr.Function]);
        Assert.Equal(20, score.Subscores[Fiqr.Overall]);
        Assert.Equal(50, score.Subscores[Fiqr.Symptoms]);
        Assert.Equal(100, score.Total);
        Assert.Equal("Very severe", score.Band);
    }

    [Fact]
    public void Score_FunctionSumNotDivisibleByThree_FractionalTotal()
    {
        // Function 40 ÷ 3 = 13.33…; overall 13; symptoms 50 ÷ 2 = 25 → 51.33…
        var score = FiqrFixture.Score(Example().With("fiqr.f1", 3));

        Assert.Equal(40.0 / 3, score.Subscores[Fiqr.Function], 12);
        Assert.Equal(13 + 25 + 40.0 / 3, score.Total!.Value, 12);
    }

    [Fact]
    public void Score_OddSymptomSum_HalfPointTotal()
    {
        // Symptoms 51 ÷ 2 = 25.5 → total 51.5.
        var score = FiqrFixture.Score(Example().With("fiqr.s1", 8));

        Assert.Equal(25.5, score.Subscores[Fiqr.Symptoms]);
        Assert.Equal(51.5, score.Total);
    }

    [Fact]
    public void Score_OneFunctionItemMissing_FunctionDomainScaledByNineEighths()
    {
        // Worked example without f9 (4): function sum 35 × 9/8 = 39.375, ÷ 3 = 13.125;
        // total 13.125 + 13 + 25 = 51.125 (Bennett 2009: weight by 9/x with x items answered).
        var score = FiqrFixture.Score(Example().Without("fiqr.f9"));

        Assert.Equal(13.125, score.Subscores[Fiqr.Function]);
        Assert.Equal(51.125, score.Total);
    }

    [Fact]
    public void Score_OneFunctionItemAnsweredNull_SameAsMissing()
    {
        var score = FiqrFixture.Score(Example().With("fiqr.f9", null));

        Assert.Equal(51.125, score.Total);
    }

    [Fact]
    public void Score_OneFunctionItemMissing_NoteSaysScaledPerBennett()
    {
        var note = Assert.Single(FiqrFixture.Score(Example().Without("fiqr.f3")).Notes);

        Assert.Equal("1 function item missing: the function domain was scaled by 9/8, per Bennett 2009.", note);
    }

    [Fact]
    public void Score_OneFunctionItemMissingAllOthersTen_FunctionStillThirty()
    {
        var score = FiqrFixture.Score(FiqrFixture.WithSums(90, 20, 100).Without("fiqr.f1"));

        Assert.Equal(30, score.Subscores[Fiqr.Function]);
        Assert.Equal(100, score.Total);
    }

    [Fact]
    public void Score_TwoFunctionItemsMissing_NoScore()
    {
        var score = FiqrFixture.Score(Example().Without("fiqr.f1", "fiqr.f2"));

        Assert.Null(score.Total);
        Assert.False(score.IsScored);
        Assert.Null(score.Band);
        Assert.Null(score.BandCitation);
        Assert.Empty(score.Subscores);
        Assert.Empty(score.AlternativeBands);
    }

    [Fact]
    public void Score_TwoFunctionItemsMissing_NoteSaysNoScorePerBennett()
    {
        var note = Assert.Single(FiqrFixture.Score(Example().Without("fiqr.f1", "fiqr.f2")).Notes);

        Assert.StartsWith("2 function items missing: no score, per Bennett 2009", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fiqr.s1")]
    [InlineData("fiqr.s10")]
    public void Score_OneSymptomItemMissing_NoScore(string code)
    {
        var score = FiqrFixture.Score(Example().Without(code));

        Assert.Null(score.Total);
        var note = Assert.Single(score.Notes);
        Assert.StartsWith("1 symptom item missing: no score, per Bennett 2009", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fiqr.o1")]
    [InlineData("fiqr.o2")]
    public void Score_OneOverallItemMissing_NoScore(string code)
    {
        var score = FiqrFixture.Score(Example().Without(code));

        Assert.Null(score.Total);
        var note = Assert.Single(score.Notes);
        Assert.StartsWith("1 overall-impact item missing: no score, per Bennett 2009", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_OneFunctionAndOneSymptomItemMissing_NoScoreBecauseOfSymptoms()
    {
        var score = FiqrFixture.Score(Example().Without("fiqr.f1", "fiqr.s2"));

        Assert.Null(score.Total);
        var note = Assert.Single(score.Notes);
        Assert.Contains("symptom item", note, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_MissingInEveryDomain_OneNotePerDomain()
    {
        var score = FiqrFixture.Score(Example().Without("fiqr.f1", "fiqr.f2", "fiqr.f3", "fiqr.o1", "fiqr.s1", "fiqr.s2"));

        Assert.Null(score.Total);
        Assert.Equal(3, score.Notes.Count);
        Assert.StartsWith("3 function items missing", score.Notes[0], StringComparison.Ordinal);
        Assert.StartsWith("1 overall-impact item missing", score.Notes[1], StringComparison.Ordinal);
        Assert.StartsWith("2 symptom items missing", score.Notes[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NothingAnswered_NoScore()
    {
        var score = FiqrFixture.Score([]);

        Assert.Null(score.Total);
        Assert.Equal(3, score.Notes.Count);
    }

    [Fact]
    public void Score_HigherItemAlwaysWorse_EveryItemRaisesTotal()
    {
        // Every FIQR item is scored so that a higher answer means more impact (Bennett 2009).
        var baseline = FiqrFixture.Score(FiqrFixture.WithSums(0, 0, 0)).Total!.Value;
        foreach (var item in Fiqr.Definition.Items)
        {
            var raised = FiqrFixture.Score(FiqrFixture.WithSums(0, 0, 0).With(item.Code, 1)).Total!.Value;
            Assert.True(raised > baseline, item.Code);
        }
    }
}
