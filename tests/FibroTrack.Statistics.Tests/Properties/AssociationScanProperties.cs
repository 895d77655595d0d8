using FsCheck;
using FsCheck.Fluent;
using FibroTrack.Core.Diary;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Statistics.Associations;
using FibroTrack.Statistics.Tests.Validation.Simulation;

namespace FibroTrack.Statistics.Tests.Properties;

/// <summary>Invariants of <see cref="AssociationScan"/> and <see cref="AdlModel"/> over generated people and gap patterns.</summary>
public sealed class AssociationScanProperties
{
    /// <summary>A built-in exposure the simulated people never record: an all-missing column in their matrix.</summary>
    private const string NeverRecorded = "diet.omega3";

    [Fact]
    public void Run_ExposureOrderShuffled_SameEstimatesPAndQPerPair()
    {
        var cases =
            from person in PropertyConfig.People
            from order in Gen.Shuffle(SimulatedCodes.Exposures.ToArray())
            select (person, order);

        Check.One(PropertyConfig.Quick(20), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var matrix = c.person.ToMatrix();
            var original = AssociationScan.Run(matrix, SimulatedCodes.Outcomes, SimulatedCodes.Exposures);
            var shuffled = AssociationScan.Run(matrix, SimulatedCodes.Outcomes, c.order);

            Assert.Equal(original.FamilySize, shuffled.FamilySize);
            foreach (var pair in original.Pairs)
            {
                var other = shuffled.Pairs.Single(p => p.OutcomeCode == pair.OutcomeCode && p.ExposureCode == pair.ExposureCode);
                AssertSameFit(pair, other);
            }

            Assert.Equal(
                original.Findings.Select(f => (f.OutcomeCode, f.ExposureCode, f.Q)).OrderBy(f => f.OutcomeCode).ThenBy(f => f.ExposureCode),
                shuffled.Findings.Select(f => (f.OutcomeCode, f.ExposureCode, f.Q)).OrderBy(f => f.OutcomeCode).ThenBy(f => f.ExposureCode));
        }));
    }

    [Fact]
    public void Run_AllMissingExposureAdded_SameFamilyAndSameQ()
    {
        Check.One(PropertyConfig.Quick(20), Prop.ForAll(PropertyConfig.People.ToArbitrary(), person =>
        {
            var matrix = person.ToMatrix();
            Assert.True(matrix.HasColumn(NeverRecorded));
            var original = AssociationScan.Run(matrix, SimulatedCodes.Outcomes, SimulatedCodes.Exposures);
            var extended = AssociationScan.Run(matrix, SimulatedCodes.Outcomes, [.. SimulatedCodes.Exposures, NeverRecorded]);

            Assert.Equal(original.FamilySize, extended.FamilySize);
            Assert.All(extended.Pairs.Where(p => p.ExposureCode == NeverRecorded), p =>
            {
                Assert.Equal(AdlStatus.NotEnoughData, p.Fit.Status);
                Assert.Null(p.Headline);
            });
            foreach (var pair in original.Pairs)
            {
                AssertSameFit(pair, extended.Pairs.Single(p => p.OutcomeCode == pair.OutcomeCode && p.ExposureCode == pair.ExposureCode));
            }
        }));
    }

    [Fact]
    public void Run_ConstantOutcomeOrExposure_NoVariationAndNoNaNInFindings()
    {
        var cases =
            from person in PropertyConfig.People
            from level in Gen.Choose(0, 10)
            from constantOutcome in Gen.Elements(true, false)
            select (person, level, constantOutcome);

        Check.One(PropertyConfig.Quick(20), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            // Pain (or stress) set to one value on every recorded day; binary exposures stay 0/1 if the level is 0 or 1.
            var code = c.constantOutcome ? SimulatedCodes.Pain : SimulatedCodes.Stress;
            var series = c.person.Series.SetItem(code, [.. c.person.Series[code].Select(v => double.IsNaN(v) ? v : c.level)]);
            var matrix = (c.person with { Series = series }).ToMatrix();

            var result = AssociationScan.Run(matrix, SimulatedCodes.Outcomes, SimulatedCodes.Exposures);

            var affected = result.Pairs.Where(p => c.constantOutcome ? p.OutcomeCode == code : p.ExposureCode == code).ToArray();
            Assert.NotEmpty(affected);
            Assert.All(affected, p =>
            {
                Assert.NotEqual(AdlStatus.Estimated, p.Fit.Status);
                if (p.Fit.Status == AdlStatus.NoVariation)
                {
                    Assert.Equal(c.constantOutcome ? NoVariationIn.Outcome : NoVariationIn.Exposure, p.Fit.NoVariationIn);
                }

                Assert.Equal(FindingLevel.None, p.Level);
            });
            Assert.All(result.Findings, f =>
            {
                Assert.False(double.IsNaN(f.Effect) || double.IsNaN(f.Lower) || double.IsNaN(f.Upper) || double.IsNaN(f.P) || double.IsNaN(f.Q));
                Assert.NotEqual(code, c.constantOutcome ? f.OutcomeCode : f.ExposureCode);
            });
        }));
    }

    [Fact]
    public void Fit_AnyGapPattern_ValuesOutsideCompleteLagWindowsDoNotMatter()
    {
        // "Never form a lag pair across a missing day" (STATS.md "Data"): a day's value may enter the model only through a
        // complete window (y_t, y_{t−1}, x_{t−1..t−3} all recorded). So rewriting every recorded value that sits in no
        // complete window must leave the fit bit-for-bit unchanged; a model that bridged gaps would use some of them.
        const int days = 150;
        var cases =
            from y in PropertyConfig.GappySeries(days, binary: false)
            from x in PropertyConfig.GappySeries(days, binary: true)
            from seed in Gen.Choose(0, int.MaxValue - 1)
            select (y, x, seed);

        Check.One(PropertyConfig.Quick(60), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var original = AdlModel.Fit(c.y, c.x);

            var used = new bool[days];
            for (var t = AdlModel.ExposureLags; t < days; t++)
            {
                var complete = !double.IsNaN(c.y[t]) && !double.IsNaN(c.y[t - 1])
                    && !double.IsNaN(c.x[t - 1]) && !double.IsNaN(c.x[t - 2]) && !double.IsNaN(c.x[t - 3]);
                if (complete)
                {
                    used[t] = used[t - 1] = used[t - 2] = used[t - 3] = true;
                }
            }

            var random = new Random(c.seed);
            var y = (double[])c.y.Clone();
            var x = (double[])c.x.Clone();
            for (var t = 0; t < days; t++)
            {
                if (!used[t])
                {
                    // y anywhere on its scale; x stays yes/no so the exposure's type does not change.
                    y[t] = double.IsNaN(y[t]) ? y[t] : 10 * random.NextDouble();
                    x[t] = double.IsNaN(x[t]) ? x[t] : random.Next(2);
                }
            }

            var changed = AdlModel.Fit(y, x);

            Assert.Equal(original.Status, changed.Status);
            Assert.Equal(original.UsableDays, changed.UsableDays);
            Assert.Equal(original.Lags.Select(l => (l.Estimate, l.StandardError, l.P)), changed.Lags.Select(l => (l.Estimate, l.StandardError, l.P)));
            Assert.Equal(original.JointLags?.P, changed.JointLags?.P);
        }));
    }

    [Fact]
    public void Run_AnyGapPattern_NoExceptionAndEveryQAtLeastItsP()
    {
        Check.One(PropertyConfig.Quick(20), Prop.ForAll(PropertyConfig.People.ToArbitrary(), person =>
        {
            var result = AssociationScan.Run(person.ToMatrix(), SimulatedCodes.Outcomes, SimulatedCodes.Exposures);

            var lags = result.Pairs.SelectMany(p => p.Fit.Lags).ToArray();
            Assert.Equal(result.FamilySize, lags.Length);
            // q ≥ p up to one ulp: see OtherProperties.Adjust_AnyPValues_QAtLeastPAtMostOneAndMonotoneInP for the known defect.
            Assert.All(lags, l => Assert.True(l.Q >= l.P * (1 - 1e-15) && l.Q <= 1, $"p {l.P}, q {l.Q}"));
            Assert.All(result.Findings, f => Assert.True(f.Q <= 0.10 && f.Lower <= f.Effect && f.Effect <= f.Upper));
        }));
    }

    [Fact]
    public void Run_EmptyMatrix_NotEnoughDataEverywhere()
    {
        var start = new DateOnly(2025, 1, 1);
        var matrix = DailyMatrixBuilder.Build(VariableVocabulary.BuiltIn, Array.Empty<Observation>(), start, start.AddDays(199));

        var result = AssociationScan.Run(matrix, SimulatedCodes.Outcomes, SimulatedCodes.Exposures);

        Assert.Equal(0, result.FamilySize);
        Assert.Empty(result.Findings);
        Assert.All(result.Pairs, p => Assert.Equal(AdlStatus.NotEnoughData, p.Fit.Status));
    }

    private static void AssertSameFit(PairAssociation expected, PairAssociation actual)
    {
        Assert.Equal(expected.Fit.Status, actual.Fit.Status);
        Assert.Equal(expected.Level, actual.Level);
        Assert.Equal(
            expected.Fit.Lags.Select(l => (l.Lag, l.Estimate, l.StandardError, l.P, l.Q)),
            actual.Fit.Lags.Select(l => (l.Lag, l.Estimate, l.StandardError, l.P, l.Q)));
    }
}
