using FibroTrack.Core.Labs;

namespace FibroTrack.Core.Tests.Labs;

public sealed class LabTiterTests
{
    [Theory]
    [InlineData("1:160", 160)]
    [InlineData("1:40", 40)]
    [InlineData("1:1", 1)]
    [InlineData(" 1:1280 ", 1280)]
    [InlineData("1:100", 100)]
    public void TryParse_OneColonN_Parsed(string text, int dilution)
    {
        Assert.True(LabTiter.TryParse(text, out var titer));
        Assert.Equal(dilution, titer.Dilution);
    }

    [Theory]
    [InlineData("160")]
    [InlineData("1:0")]
    [InlineData("1:-5")]
    [InlineData("2:160")]
    [InlineData("1/160")]
    [InlineData("1:")]
    [InlineData("1 : 160")]
    [InlineData("1:160.5")]
    [InlineData("1:+160")]
    [InlineData("1:0160")]
    [InlineData("1:1e3")]
    [InlineData("1:999999999")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotOneColonPositiveInteger_Refused(string? text)
    {
        Assert.False(LabTiter.TryParse(text, out _));
    }

    [Fact]
    public void ToString_WritesOneColonN()
    {
        Assert.Equal("1:320", new LabTiter(320).ToString());
    }

    [Fact]
    public void Constructor_Zero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LabTiter(0));
    }
}
