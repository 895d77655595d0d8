using FibroTrack.Statistics.Flares;

namespace FibroTrack.Statistics.Tests.Flares;

public sealed class FlareAgreementTest
{
    private const double N = double.NaN;

    [Fact]
    public void Compute_TwoByTwoTable_GivesCohensKappa()
    {
        // 10 judged days; the rule flags days 2–4, the button days 3–5.
        var composite = FlareSimulation.Constant(10, 5);
        var baseline = FlareSimulation.Constant(10, 5);
        double[] button = [0, 0, 0, 1, 1, 1, 0, 0, 0, 0];

        var a = Assert.IsType<FlareAgreement>(FlareAgreement.Compute(button, composite, baseline, [new DayRange(2, 4)]));

        Assert.Equal((10, 2, 1, 1, 6), (a.ComparedDays, a.Both, a.ButtonOnly, a.RuleOnly, a.Neither));
        Assert.Equal(0.8, a.SimpleAgreement, 1e-12);

        // p_o = 0.8, p_e = 0.3·0.3 + 0.7·0.7 = 0.58, κ = 0.22/0.42 (Cohen 1960).
        Assert.Equal(0.22 / 0.42, a.Kappa, 1e-12);
        Assert.Equal((1, 1, 1), (a.ButtonEpisodes, a.ButtonEpisodesDetected, a.EpisodesWithPress));
    }

    [Fact]
    public void Compute_UnansweredAndUnjudgedDays_AreLeftOut()
    {
        double[] composite = [5, 5, 5, N, 5, 5];
        double[] baseline = [N, 5, 5, 5, 5, 5];
        double[] button = [1, N, 0, 0, 1, 0];

        var a = Assert.IsType<FlareAgreement>(FlareAgreement.Compute(button, composite, baseline, []));

        // Day 0 has no baseline, day 1 no answer, day 3 no composite: days 2, 4, 5 remain.
        Assert.Equal((3, 0, 1, 0, 2), (a.ComparedDays, a.Both, a.ButtonOnly, a.RuleOnly, a.Neither));
    }

    [Fact]
    public void Compute_ButtonRunWithOneUnansweredDay_IsOneEpisode()
    {
        var composite = FlareSimulation.Constant(8, 5);
        var baseline = FlareSimulation.Constant(8, 5);
        double[] button = [0, 1, N, 1, 0, 1, 1, 0];

        var a = Assert.IsType<FlareAgreement>(FlareAgreement.Compute(button, composite, baseline, [new DayRange(5, 6)]));

        Assert.Equal((2, 1, 1), (a.ButtonEpisodes, a.ButtonEpisodesDetected, a.EpisodesWithPress));
    }

    [Fact]
    public void Compute_NeverAnswered_IsNull()
    {
        var composite = FlareSimulation.Constant(5, 5);
        Assert.Null(FlareAgreement.Compute([N, N, N, N, N], composite, composite, []));
    }
}
