using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Vocabulary;

/// <summary>The Widespread Pain Index areas (Wolfe et al., Semin Arthritis Rheum 2016;46:319–329).</summary>
public sealed class BodyAreasTests
{
    [Fact]
    public void All_WidespreadPainIndex_NineteenAreas()
    {
        Assert.Equal(19, BodyAreas.All.Count);
    }

    [Fact]
    public void All_Codes_UniqueAndPrefixedWpi()
    {
        Assert.Equal(19, BodyAreas.All.Select(a => a.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(BodyAreas.All, a => Assert.StartsWith("wpi.", a.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void All_ExcludedFromGeneralizedPain_JawsChestAndAbdomen()
    {
        // 2016 revision: jaw, chest and abdomen are not counted in the generalized-pain rule.
        Assert.Equal(
            ["wpi.jaw-left", "wpi.jaw-right", "wpi.chest", "wpi.abdomen"],
            BodyAreas.All.Where(a => !a.CountsForGeneralizedPain).Select(a => a.Code));
    }

    [Theory]
    [InlineData(BodyRegion.LeftUpper, 4)]
    [InlineData(BodyRegion.RightUpper, 4)]
    [InlineData(BodyRegion.LeftLower, 3)]
    [InlineData(BodyRegion.RightLower, 3)]
    [InlineData(BodyRegion.Axial, 5)]
    public void All_Regions_HoldTheirAreasOfThe2016Form(BodyRegion region, int count)
    {
        Assert.Equal(count, BodyAreas.All.Count(a => a.Region == region));
    }

    [Fact]
    public void Find_KnownCode_ReturnsArea()
    {
        Assert.Equal("Neck", BodyAreas.Find("wpi.neck")?.Label);
    }

    [Theory]
    [InlineData("wpi.knee-left")]
    [InlineData("WPI.NECK")]
    [InlineData("symptom.pain")]
    public void IsArea_NotAnAreaCode_False(string code)
    {
        Assert.False(BodyAreas.IsArea(code));
        Assert.Null(BodyAreas.Find(code));
    }
}
