using FibroTrack.Core.Labs;

namespace FibroTrack.Core.Tests.Labs;

public sealed class LoincCodeTests
{
    [Theory]
    [InlineData("1988-5")]
    [InlineData("4537-7")]
    [InlineData("30341-2")]
    [InlineData("33211-4")]
    [InlineData("32218-0")]
    [InlineData("8061-4")]
    [InlineData("72514-3")]
    [InlineData("3167-4")]
    public void IsValid_RealCode_True(string code)
    {
        Assert.True(LoincCode.IsValid(code));
    }

    [Theory]
    [InlineData("1988-4")]
    [InlineData("4537-1")]
    [InlineData("32218-9")]
    public void IsValid_WrongCheckDigit_False(string code)
    {
        Assert.False(LoincCode.IsValid(code));
    }

    [Theory]
    [InlineData("1988")]
    [InlineData("1988-55")]
    [InlineData("-5")]
    [InlineData("12345678-9")]
    [InlineData("ab-5")]
    [InlineData(" 1988-5")]
    public void LooksLike_WrongShape_False(string code)
    {
        Assert.False(LoincCode.LooksLike(code));
    }
}
