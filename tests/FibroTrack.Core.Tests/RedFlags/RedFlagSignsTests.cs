using FibroTrack.Core.RedFlags;

namespace FibroTrack.Core.Tests.RedFlags;

public sealed class RedFlagSignsTests
{
    [Theory]
    [InlineData("sign.joint-swelling", "Swollen joints")]
    [InlineData("sign.morning-stiffness-over-1h", "Morning stiffness over an hour")]
    [InlineData("sign.rash", "Rash")]
    [InlineData("sign.fever", "Fever")]
    [InlineData("sign.weight-loss", "Unintended weight loss")]
    [InlineData("sign.muscle-weakness", "Muscle weakness (not just pain)")]
    public void Find_Code_HasLabel(string code, string label)
    {
        Assert.Equal(label, RedFlagSigns.Find(code)!.Label);
    }

    [Fact]
    public void All_SixUniqueCodes()
    {
        Assert.Equal(6, RedFlagSigns.All.Select(s => s.Code).Distinct().Count());
        Assert.All(RedFlagSigns.All, s => Assert.False(string.IsNullOrWhiteSpace(s.Help)));
    }
}
