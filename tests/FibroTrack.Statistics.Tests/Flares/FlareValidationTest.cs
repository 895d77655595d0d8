using FibroTrack.Core.Demo;
using FibroTrack.Core.Matrix;
using FibroTrack.Statistics.Flares;

namespace FibroTrack.Statistics.Tests.Flares;

/// <summary>STATS.md "Validation protocol", flares: false flares per person-year ≤ 1 under the no-flare model; and the demo data.</summary>
public sealed class FlareValidationTest
{
    private const int PeoplePerPhi = 50;
    private const int Days = 365;

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.6)]
    public void Detect_NoFlarePersonYears_AtMostOneFalseFlarePerYear(double phi)
    {
        // 50 no-flare person-years per φ (100 over both), marginal SD 1.5 points, 10% of days missing at random.
        // Measured here: 0.64 false flares per person-year at φ = 0.3 and 0.64 at φ = 0.6; the same data under a fixed
        // "+1.5 for 3 days" rule (same baseline, same bridging) gave 4.2 and 7.4 a year — the 4–7 of STATS.md §3.
        // Longer runs (300 person-years per φ, seeds 5000–5299): 0.72, 0.70 and 0.85 at φ = 0.3, 0.6, 0.85 (fixed rule
        // 3.7, 7.5, 8.1); with ratings rounded to half points 0.81, 0.74, 0.91; with 90-day diaries 0.60, 0.65, 0.77.
        var (calibrated, fixedRule) = Count(phi, PeoplePerPhi);
        var years = PeoplePerPhi * Days / FlareCalibrator.DaysPerYear;

        Assert.True(calibrated / years <= 1.0, $"{calibrated / years:0.00} false flares per person-year at φ = {phi}");
        Assert.True(fixedRule / years >= 3.0, $"the fixed rule fired {fixedRule / years:0.00} times a year at φ = {phi}");
        Assert.True(fixedRule > 3 * calibrated);
    }

    private static (int Calibrated, int FixedRule) Count(double phi, int people)
    {
        int calibrated = 0, fixedRule = 0;
        var rule = new FlareRule(Days, FlareOptions.Default);
        for (var i = 0; i < people; i++)
        {
            var y = FlareSimulation.Ar1(Days, phi, 1.5, seed: 5000 + i, missingRate: 0.1);
            calibrated += FlareDetector.Detect(y, FlareSimulation.Start).Episodes.Length;
            fixedRule += rule.Run(y, 1.5);
        }

        return (calibrated, fixedRule);
    }

    [Fact]
    public void Detect_DemoYear_FindsFlaresItCanAndReportsAgreementWithTheButton()
    {
        var data = DemoDiaryGenerator.Generate(new DateOnly(2026, 11, 24));
        var matrix = DailyMatrixBuilder.Build(data.CreateVocabulary(), data.ToObservations(), data.Truth.FirstDay, data.Truth.LastDay);

        var a = FlareDetector.Detect(matrix);

        // Measured: φ 0.62, σ 0.89, k 2.3, threshold 2.04. Three episodes: the influenza week (Jan 3–5) and the October
        // flare twice (Oct 5–7 and Oct 11–13; Oct 8–9 sit at +2.0, under the bar): 1 of the 5 documented flares, no
        // unexplained episode. The other four are at the limit of what a rule with ≤ 1 false flare a year can see: in
        // June (+2.9 on latent pain) the AR noise was about −3, so the composite rose 0–1 point; February's was rated on
        // 5 of its 7 days at +1.0, +1.5, +2.5, +1.0, −1.0; July's rose +3.0, +2.0, +3.0; August's was rated on 2 of its
        // 4 days (+3.5, two unrated days, +3.5). Over 31 demo seeds the rule overlaps 52 of 124 documented flares (42%)
        // with 0.58 unexplained episodes a year; the bare 2-point floor finds 47%, and only rules with ~3 false flares a
        // year (+2 for 2 days, +1.5 for 3 days) find most (72%, 75%).
        Assert.True(a.Evaluated);
        Assert.Contains(data.Truth.Flares, f => a.Episodes.Any(e => e.Overlaps(f.Start, f.End)));
        Assert.All(a.Episodes, e => Assert.True(
            data.Truth.Flares.Any(f => e.Overlaps(f.Start, f.End)) || data.Truth.Infections.Any(f => e.Overlaps(f.Start, f.End)),
            $"unexplained episode {e.Start}–{e.End}"));

        // Measured: 258 days compared, 3 both, 16 button only, 6 rule only, 233 neither; agreement 0.91, κ 0.18;
        // 2 of the 10 runs of button presses overlap a detected episode.
        var agreement = Assert.IsType<FlareAgreement>(a.ButtonAgreement);
        Assert.True(agreement.ComparedDays > 200);
        Assert.True(agreement.Both > 0);
        Assert.True(agreement.Kappa > 0);
        Assert.True(agreement.ButtonEpisodesDetected >= 1);
    }

    [Fact]
    public void Detect_TenDemoYears_FindsAFairShareOfFlaresWithFewUnexplainedEpisodes()
    {
        // Seeds 100–109: measured 17 of 38 documented flares overlapped (45%), 5 unexplained episodes in 10 years.
        int flares = 0, found = 0, unexplained = 0;
        for (var seed = 100; seed < 110; seed++)
        {
            var data = DemoDiaryGenerator.Generate(new DateOnly(2026, 11, 24), seed: seed);
            var matrix = DailyMatrixBuilder.Build(data.CreateVocabulary(), data.ToObservations(), data.Truth.FirstDay, data.Truth.LastDay);
            var a = FlareDetector.Detect(matrix);

            flares += data.Truth.Flares.Count;
            found += data.Truth.Flares.Count(f => a.Episodes.Any(e => e.Overlaps(f.Start, f.End)));
            unexplained += a.Episodes.Count(e =>
                !data.Truth.Flares.Any(f => e.Overlaps(f.Start, f.End)) && !data.Truth.Infections.Any(f => e.Overlaps(f.Start, f.End)));
        }

        Assert.True(found >= 0.3 * flares, $"{found} of {flares} flares found");
        Assert.True(unexplained <= 10, $"{unexplained} unexplained episodes in 10 years");
    }
}
