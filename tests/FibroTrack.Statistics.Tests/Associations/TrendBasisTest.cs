using FibroTrack.Statistics.Associations;

namespace FibroTrack.Statistics.Tests.Associations;

public sealed class TrendBasisTest
{
    [Theory]
    [InlineData(60, 1)]
    [InlineData(120, 1)]
    [InlineData(121, 2)]
    [InlineData(180, 3)]
    [InlineData(365, 6)]
    [InlineData(730, 12)]
    public void DegreesOfFreedom_Span_LinearThenOnePerSixtyDays(int span, int expected) =>
        Assert.Equal(expected, TrendBasis.DegreesOfFreedom(span, AssociationOptions.Default));

    [Fact]
    public void Fill_NaturalSpline_ScaledColumnsZeroBeforeTheirKnot()
    {
        // Days 0..199 with df 3: knots at u = 0, 1/3, 2/3, 1. The first column is u itself; the third, d₂ − d₃,
        // is zero up to its knot at u = 1/3 (day 66). Values stay O(1) so the QR is well conditioned.
        int[] days = [.. Enumerable.Range(0, 200)];
        var columns = Enumerable.Range(0, 3).Select(_ => new double[200]).ToArray();

        TrendBasis.Fill(days, 3, columns);

        Assert.Equal(0, columns[0][0]);
        Assert.Equal(1, columns[0][^1]);
        Assert.Equal(0, columns[1][0]);
        Assert.Equal(0, columns[2][60]);
        Assert.All(columns.SelectMany(c => c), v => Assert.True(double.IsFinite(v) && Math.Abs(v) <= 1));
    }
}
