using FibroTrack.Core.Text;

namespace FibroTrack.Core.Tests.Text;

public sealed class SlugKeyForTests
{
    [Fact]
    public void KeyFor_LatinName_IsTheSlug() => Assert.Equal("work-hours", Slug.KeyFor("Work hours"));

    [Fact]
    public void KeyFor_CyrillicName_IsStableHashKey()
    {
        var key = Slug.KeyFor("Боль в спине");

        Assert.Matches("^u-[0-9a-f]{8}$", key);
        Assert.Equal(key, Slug.KeyFor("  боль в спине "));
    }

    [Fact]
    public void KeyFor_DifferentNonLatinNames_DifferentKeys() =>
        Assert.NotEqual(Slug.KeyFor("頭痛"), Slug.KeyFor("腹痛"));

    [Fact]
    public void KeyFor_PunctuationOnly_Empty() => Assert.Equal(string.Empty, Slug.KeyFor("?!"));
}
