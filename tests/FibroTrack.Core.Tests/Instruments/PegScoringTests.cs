using FibroTrack.Core.Instruments;

namespace FibroTrack.Core.Tests.Instruments;

/// <summary>PEG score = mean of 3 items (Krebs et al., J Gen Intern Med 2009;24:733–738).</summary>
public sealed class PegScoringTests
{
    private static InstrumentScore Score(Dictionary<string, double?> answers) => InstrumentFixture.Score(Peg.Definition, answers);

    [Fact]
    public void Score_WholeMean_Mean()
    {
        // (6 + 7 + 8) / 3 = 7.
        Assert.Equal(7, Score(InstrumentFixture.Numbered("peg.", 6, 7, 8)).Total);
    }

    [Fact]
    public void Score_FractionalMean_Unrounded()
    {
        // (7 + 7 + 6) / 3 = 6.67.
        Assert.Equal(20.0 / 3, Score(InstrumentFixture.Numbered("peg.", 7, 7, 6)).Total!.Value, 12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Score_AllSame_ThatValue(int value)
    {
        Assert.Equal(value, Score(InstrumentFixture.Numbered("peg.", value, value, value)).Total);
    }

    [Fact]
    public void Score_Complete_NoBandAndNoteSaysSo()
    {
        var score = Score(InstrumentFixture.Numbered("peg.", 5, 5, 5));

        Assert.Null(score.Band);
        Assert.Null(score.BandCitation);
        Assert.Contains("no published severity bands", Assert.Single(score.Notes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Peg.PainItem)]
    [InlineData(Peg.EnjoymentItem)]
    [InlineData(Peg.ActivityItem)]
    public void Score_OneItemMissing_NoScore(string code)
    {
        var score = Score(InstrumentFixture.Numbered("peg.", 4, 5, 6).Without(code));

        Assert.Null(score.Total);
        Assert.StartsWith("1 item missing: no score.", Assert.Single(score.Notes), StringComparison.Ordinal);
    }
}
