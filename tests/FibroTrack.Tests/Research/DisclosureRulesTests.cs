using FibroTrack.Features.Research;

namespace FibroTrack.Tests.Research;

/// <summary>The small-group rule and the age bands, without a server.</summary>
public sealed class DisclosureRulesTests
{
    [Fact]
    public void SuppressBins_SeveralSmallBins_EachHidden()
    {
        var shown = KAnonymity.SuppressBins([0, 12, 9, 30, 1]);

        Assert.Equal([null, 12, null, 30, null], shown);
    }

    [Fact]
    public void SuppressBins_ExactlyOneSmallBin_NextSmallestHiddenToo()
    {
        // With the total shown, one hidden bin could be had by subtraction.
        var shown = KAnonymity.SuppressBins([15, 4, 11, 20]);

        Assert.Equal([15, null, null, 20], shown);
    }

    [Fact]
    public void SuppressBins_AllLargeEnough_AllShown()
    {
        Assert.Equal([10, 25], KAnonymity.SuppressBins([10, 25]));
    }

    [Theory]
    [InlineData("1990-06-15", "2026-06-14", "30–39")] // 35, the day before the birthday
    [InlineData("1990-06-15", "2026-06-15", "30–39")] // 36
    [InlineData("1986-11-25", "2026-11-25", "40–49")] // 40 on the day
    [InlineData("1936-01-01", "2026-11-25", "90+")]
    public void AgeBand_BirthDate_TenYearBand(string birth, string today, string band)
    {
        Assert.Equal(band, DeidentifiedExport.AgeBand(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AgeBand_NoBirthDate_Null()
    {
        Assert.Null(DeidentifiedExport.AgeBand(null, new DateOnly(2026, 11, 25)));
    }
}
