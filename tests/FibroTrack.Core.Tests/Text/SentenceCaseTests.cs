using FibroTrack.Core.Text;

namespace FibroTrack.Core.Tests.Text;

public sealed class SentenceCaseTests
{
    [Theory]
    [InlineData("Overall pain", "overall pain")]
    [InlineData("FIQR total", "FIQR total")]
    [InlineData("COVID-19", "COVID-19")]
    [InlineData("A", "A")]
    [InlineData("", "")]
    public void Lower_WordsLowered_AcronymsKept(string label, string expected) => Assert.Equal(expected, SentenceCase.Lower(label));

    [Theory]
    [InlineData("starting magnesium", "Starting magnesium")]
    [InlineData("", "")]
    public void Capitalise_FirstLetterUpper(string text, string expected) => Assert.Equal(expected, SentenceCase.Capitalise(text));
}
