using FibroTrack.Statistics.Groups;
using FibroTrack.Statistics.Tests.Numerics;

namespace FibroTrack.Statistics.Tests.Groups;

public sealed class WelchTTestTest
{
    [Fact]
    public void Compare_UnequalGroups_MatchesRTTest()
    {
        double[] a = [5.1, 6.2, 4.8, 7.0, 6.6, 5.9, 6.1, 5.5, 7.2, 6.8, 5.0];
        double[] b = [4.0, 4.9, 5.2, 3.8, 4.4, 5.6, 4.1, 4.7, 3.9, 5.0, 4.2, 4.6, 5.3];

        var result = WelchTTest.Compare(a, b);

        // R 4.2: t.test(a, b), printed with sprintf("%.17g").
        Close.Equal(4.7645770677641632, result.T, 1e-10, "t");
        Close.Equal(17.411038054346189, result.DegreesOfFreedom, 1e-10, "df");
        Close.Equal(0.00016893618042282169, result.P, 1e-10, "p");
        Close.Equal(0.79561242137337507, result.Lower, 1e-8, "lower");
        Close.Equal(2.056135830374878, result.Upper, 1e-8, "upper");
    }

    [Fact]
    public void Compare_OneValueInAGroup_Throws()
    {
        Assert.Throws<ArgumentException>(() => WelchTTest.Compare([1.0], [1.0, 2.0]));
    }
}
