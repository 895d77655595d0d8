using FibroTrack.Core.Diary;

namespace FibroTrack.Core.Tests.Diary;

public sealed class RecordedValueTests
{
    [Fact]
    public void Of_NegativeZero_IsStoredAsPositiveZero()
    {
        var value = RecordedValue.Of(Math.Round(-0.3));

        Assert.True(double.IsNegative(Math.Round(-0.3)));
        Assert.False(double.IsNegative(value.Number!.Value));
        Assert.Equal(0.0, value.Number);
    }

    [Fact]
    public void Constructor_NegativeZeroAndOtherNumbers_KeepsValuesAndMakesZeroPositive()
    {
        Assert.False(double.IsNegative(new RecordedValue(-0.0, null).Number!.Value));
        Assert.Equal(-2.5, new RecordedValue(-2.5, null).Number);
        Assert.Null(new RecordedValue(null, "rested").Number);
    }
}
