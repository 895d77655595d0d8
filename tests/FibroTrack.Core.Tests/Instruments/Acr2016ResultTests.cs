using FibroTrack.Core.Instruments;

namespace FibroTrack.Core.Tests.Instruments;

/// <summary>
/// ACR 2016 severity (FS = WPI + SSS, Wolfe et al., J Rheumatol 2015;42:1494–1501), wording and
/// missing answers.
/// </summary>
public sealed class Acr2016ResultTests
{
    [Theory]
    // Wolfe 2015: 0–3 none, 4–7 mild, 8–11 moderate, 12–19 severe, 20–31 very severe.
    [InlineData(0, "None")]
    [InlineData(3, "None")]
    [InlineData(4, "Mild")]
    [InlineData(7, "Mild")]
    [InlineData(8, "Moderate")]
    [InlineData(11, "Moderate")]
    [InlineData(12, "Severe")]
    [InlineData(19, "Severe")]
    [InlineData(20, "Very severe")]
    [InlineData(31, "Very severe")]
    public void FsCategoriesClassify_Edges_Category(int fs, string expected)
    {
        Assert.Equal(expected, Acr2016.FsCategories.Classify(fs).Label);
    }

    [Theory]
    [InlineData(0, 3, "None")]
    [InlineData(1, 3, "Mild")]
    [InlineData(4, 3, "Mild")]
    [InlineData(5, 3, "Moderate")]
    [InlineData(7, 4, "Moderate")]
    [InlineData(7, 5, "Severe")]
    [InlineData(10, 9, "Severe")]
    [InlineData(10, 10, "Very severe")]
    [InlineData(19, 12, "Very severe")]
    public void Score_FsAtCategoryEdge_BandIsWolfe2015Category(int wpi, int sss, string expected)
    {
        var score = AcrFixture.Score(AcrFixture.Answers(AcrFixture.Areas(wpi), sss));

        Assert.Equal(wpi + sss, score.Total);
        Assert.Equal(expected, score.Band);
        Assert.Equal(expected, score.Acr!.FsCategory);
        Assert.Equal(Acr2016.Wolfe2015Citation, score.BandCitation);
    }

    [Fact]
    public void MeetsCriteriaPhrase_ExactScreeningWording()
    {
        Assert.Equal("meets the ACR 2016 criteria on self-report (screening)", Acr2016.MeetsCriteriaPhrase);
    }

    [Fact]
    public void Score_Met_SummaryAndFirstNoteUseThePhrase()
    {
        var score = AcrFixture.Score(AcrFixture.Answers(AcrFixture.Areas(7), 5));

        Assert.Contains(Acr2016.MeetsCriteriaPhrase, score.Acr!.Summary, StringComparison.Ordinal);
        Assert.Equal(score.Acr.Summary, score.Notes[0]);
        Assert.Contains(score.Notes, n => n.Contains("not a diagnosis", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_NotMet_SummarySaysDoesNotMeet()
    {
        var score = AcrFixture.Score(AcrFixture.Answers(AcrFixture.Areas(2), 3));

        Assert.Contains(Acr2016.DoesNotMeetCriteriaPhrase, score.Notes[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7, 5, true)]
    [InlineData(3, 12, false)]
    [InlineData(19, 12, true)]
    public void Score_AnyResult_NeverWordedAsADiagnosis(int wpi, int sss, bool duration)
    {
        var score = AcrFixture.Score(AcrFixture.Answers(AcrFixture.Areas(wpi), sss, duration));

        Assert.All(score.Notes, n =>
        {
            Assert.DoesNotContain("you have fibromyalgia", n, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("diagnosed with", n, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Score_FailedConditions_OneNoteEach()
    {
        var score = AcrFixture.Score(AcrFixture.Answers(AcrFixture.Areas(3), 4, duration: false));

        Assert.Contains(score.Notes, n => n.Contains("WPI 3", StringComparison.Ordinal) && n.Contains("SSS 4", StringComparison.Ordinal));
        Assert.Contains(score.Notes, n => n.StartsWith("Pain in 3 regions of 5", StringComparison.Ordinal));
        Assert.Contains(score.Notes, n => n.Contains("3 months", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Acr2016.Fatigue)]
    [InlineData(Acr2016.Cognitive)]
    [InlineData(Acr2016.Depression)]
    [InlineData(Acr2016.Duration)]
    public void Score_SymptomOrDurationQuestionMissing_NoResultNamingIt(string code)
    {
        var score = AcrFixture.Score(AcrFixture.Answers(AcrFixture.Areas(10), 10).Without(code));

        Assert.Null(score.Total);
        Assert.Null(score.Acr);
        Assert.Null(score.Band);
        Assert.Empty(score.Subscores);
        var label = Acr2016.Definition.FindItem(code)!.Text;
        Assert.Contains(label, Assert.Single(score.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_NoBodyAreaAnswered_NoResult()
    {
        var answers = AcrFixture.Sss(10);
        answers[Acr2016.Duration] = 1;

        var score = AcrFixture.Score(answers);

        Assert.Null(score.Total);
        Assert.Null(score.Acr);
        Assert.StartsWith("The body map was not answered", Assert.Single(score.Notes), StringComparison.Ordinal);
    }

    [Fact]
    public void Score_OnlyPainfulAreasSent_AbsentAreasCountAsNotPainful()
    {
        var answers = AcrFixture.Sss(6);
        answers[Acr2016.Duration] = 1;
        foreach (var code in AcrFixture.Areas(7))
        {
            answers[code] = 1;
        }

        var score = AcrFixture.Score(answers);

        Assert.Equal(7, score.Acr!.Wpi);
        Assert.True(score.Acr.MeetsCriteria);
        Assert.Contains("12 body areas were left unanswered and counted as not painful.", score.Notes);
    }

    [Fact]
    public void Score_OneAreaAnsweredZero_CountsAsAnsweredBodyMap()
    {
        var answers = AcrFixture.Sss(0);
        answers[Acr2016.Duration] = 0;
        answers["wpi.neck"] = 0;

        var score = AcrFixture.Score(answers);

        Assert.Equal(0, score.Acr!.Wpi);
        Assert.Contains("18 body areas were left unanswered and counted as not painful.", score.Notes);
    }

    [Fact]
    public void Score_FullBodyMap_NoNoteAboutUnansweredAreas()
    {
        var score = AcrFixture.Score(AcrFixture.Answers(AcrFixture.Areas(7), 5));

        Assert.DoesNotContain(score.Notes, n => n.Contains("unanswered", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_NothingAnswered_NotesForQuestionsAndBodyMap()
    {
        var score = AcrFixture.Score([]);

        Assert.Null(score.Total);
        Assert.Equal(2, score.Notes.Count);
        Assert.StartsWith("7 questions not answered", score.Notes[0], StringComparison.Ordinal);
    }
}
