using FibroTrack.Core.Text;

namespace FibroTrack.Core.Tests.Text;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Café crème", "cafe-creme")]
    [InlineData("Übelkeit", "ubelkeit")]
    [InlineData("Señal", "senal")]
    [InlineData("Ångström", "angstrom")]
    public void From_AccentedLetters_AccentsDropped(string name, string expected)
    {
        Assert.Equal(expected, Slug.From(name));
    }

    [Fact]
    public void From_PrecomposedAndDecomposedAccents_SameSlug()
    {
        Assert.Equal(Slug.From("caf\u00e9"), Slug.From("cafe\u0301"));
    }

    [Fact]
    public void From_UpperCase_Lowered()
    {
        Assert.Equal("low-dose-naltrexone", Slug.From("Low-Dose NALTREXONE"));
    }

    [Theory]
    [InlineData("work   hours", "work-hours")]
    [InlineData("work -- hours", "work-hours")]
    [InlineData("work_/_hours", "work-hours")]
    [InlineData("work\thours\n", "work-hours")]
    public void From_RunsOfSeparators_CollapsedToOneHyphen(string name, string expected)
    {
        Assert.Equal(expected, Slug.From(name));
    }

    [Fact]
    public void From_LeadingAndTrailingSeparators_Dropped()
    {
        Assert.Equal("omega-3", Slug.From("  --Omega 3!!  "));
    }

    [Fact]
    public void From_Digits_Kept()
    {
        Assert.Equal("vitamin-b12-1000", Slug.From("Vitamin B12 (1000)"));
    }

    [Fact]
    public void From_LongName_TruncatedToMaxLength()
    {
        Assert.Equal(new string('a', Slug.MaxLength), Slug.From(new string('a', 60)));
    }

    [Fact]
    public void From_TruncationRightAfterASeparator_NoTrailingHyphen()
    {
        // 39 letters, a hyphen at position 40, then more: cutting at 40 would leave a trailing hyphen.
        var slug = Slug.From(new string('a', 39) + " bbbb");

        Assert.Equal(new string('a', 39), slug);
    }

    [Fact]
    public void From_NameJustOverMaxLength_CutWithinAWord()
    {
        var slug = Slug.From(new string('a', 38) + " bbbb");

        Assert.Equal(new string('a', 38) + "-b", slug);
        Assert.Equal(Slug.MaxLength, slug.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!.,;:-_")]
    [InlineData("—…")]
    public void From_NothingUsable_Empty(string name)
    {
        Assert.Equal(string.Empty, Slug.From(name));
    }

    [Fact]
    public void From_Slug_IsUnchanged()
    {
        Assert.Equal("already-a-slug-2", Slug.From("already-a-slug-2"));
    }
}
