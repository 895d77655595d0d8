using FibroTrack.Core.Labs;

namespace FibroTrack.Core.Tests.Labs;

public sealed class UcumSyntaxTests
{
    [Theory]
    [InlineData("mg/L")]
    [InlineData("10*9/L")]
    [InlineData("[IU]/mL")]
    [InlineData("m[IU]/L")]
    [InlineData("[arb'U]/mL")]
    [InlineData("{ratio}")]
    [InlineData("%")]
    [InlineData("1")]
    [InlineData("/uL")]
    [InlineData("mmol/mol")]
    [InlineData("ug/(24.h)")]
    [InlineData("10^9/L")]
    public void IsPlausible_UnitLike_True(string unit)
    {
        Assert.True(UcumSyntax.IsPlausible(unit));
    }

    [Theory]
    [InlineData("")]
    [InlineData("mg per L")]
    [InlineData("mg/")]
    [InlineData("mg//L")]
    [InlineData("[IU/mL")]
    [InlineData("IU]/mL")]
    [InlineData("{ratio")]
    [InlineData("[[IU]]")]
    [InlineData("ug/(24.h")]
    [InlineData("mg/L;drop")]
    [InlineData("<script>")]
    [InlineData("abcdefghijklmnopqrstu")]
    [InlineData("/")]
    [InlineData("*")]
    [InlineData("[]")]
    public void IsPlausible_NotAUnit_False(string unit)
    {
        Assert.False(UcumSyntax.IsPlausible(unit));
    }

    [Fact]
    public void Normalize_MicroSigns_BecomeU()
    {
        Assert.Equal("ug/L", UcumSyntax.Normalize(" \u00B5g/L "));
        Assert.Equal("ug/L", UcumSyntax.Normalize("\u03BCg/L"));
    }
}
