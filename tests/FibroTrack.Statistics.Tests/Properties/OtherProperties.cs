using FsCheck;
using FsCheck.Fluent;
using FibroTrack.Statistics.Flares;
using FibroTrack.Statistics.MultipleTesting;
using FibroTrack.Statistics.Tests.TimeSeries;
using FibroTrack.Statistics.TimeSeries;

namespace FibroTrack.Statistics.Tests.Properties;

/// <summary>Invariants of Benjamini–Hochberg, the flare detector and the interrupted time series.</summary>
public sealed class OtherProperties
{
    /// <summary>p-values with ties, exact 0 and 1, and NaN (a test that could not run).</summary>
    private static readonly Gen<double[]> PValues =
        Gen.ArrayOf(Gen.Frequency(
            (6, Gen.Choose(0, 1_000_000).Select(i => i / 1_000_000.0)),
            (2, Gen.Elements(0.0, 0.01, 0.05, 1.0)),
            (1, Gen.Constant(double.NaN))));

    [Fact]
    public void Adjust_AnyPValues_QAtLeastPAtMostOneAndMonotoneInP()
    {
        Check.One(PropertyConfig.Quick(300), Prop.ForAll(PValues.ToArbitrary(), p =>
        {
            var q = BenjaminiHochberg.Adjust(p);

            Assert.Equal(p.Length, q.Length);
            for (var i = 0; i < p.Length; i++)
            {
                Assert.Equal(double.IsNaN(p[i]), double.IsNaN(q[i]));
                if (!double.IsNaN(p[i]))
                {
                    // Known defect (reported, not fixed here: src/ is out of scope): BenjaminiHochberg computes p·m/rank,
                    // which at rank m can round one ulp below p (0.993706·5/5 = 0.99370599999999987); R's n/i·p gives p
                    // exactly. Hence the relative tolerance of 4 ulps.
                    Assert.InRange(q[i], p[i] * (1 - 1e-15), 1);
                }

                for (var j = 0; j < p.Length; j++)
                {
                    if (!double.IsNaN(p[i]) && !double.IsNaN(p[j]) && p[i] <= p[j])
                    {
                        Assert.True(q[i] <= q[j], $"p {p[i]} ≤ {p[j]} but q {q[i]} > {q[j]}");
                    }
                }
            }
        }));
    }

    [Fact]
    public void Adjust_PermutedInput_SameQPerValue()
    {
        var permuted =
            from p in PValues
            from order in Gen.Shuffle(Enumerable.Range(0, p.Length).ToArray())
            select (p, order);

        Check.One(PropertyConfig.Quick(200), Prop.ForAll(permuted.ToArbitrary(), c =>
        {
            var q = BenjaminiHochberg.Adjust(c.p);
            var shuffledQ = BenjaminiHochberg.Adjust([.. c.order.Select(i => c.p[i])]);

            for (var k = 0; k < c.order.Length; k++)
            {
                Assert.Equal(q[c.order[k]], shuffledQ[k]);
            }
        }));
    }

    [Fact]
    public void Detect_AnyDiary_EpisodesOrderedDisjointAndInsideTheSeries()
    {
        const int days = 200;
        var cases =
            from pain in PropertyConfig.GappySeries(days, binary: false)
            from bursts in Gen.ArrayOf(Gen.Choose(0, days - 1), 3)
            from rise in Gen.Choose(0, 6)
            select (pain, bursts, rise);

        Check.One(PropertyConfig.Quick(25), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            // Generated composite plus a few 5-day bursts, so episodes of every shape occur.
            var composite = (double[])c.pain.Clone();
            foreach (var b in c.bursts)
            {
                for (var t = b; t < Math.Min(days, b + 5); t++)
                {
                    composite[t] += c.rise;
                }
            }

            var start = new DateOnly(2025, 3, 1);
            var analysis = FlareDetector.Detect(composite, start);

            var episodes = analysis.Episodes;
            for (var i = 0; i < episodes.Length; i++)
            {
                var e = episodes[i];
                Assert.True(e.Start <= e.End);
                Assert.True(e.Start >= start && e.End <= start.AddDays(days - 1));
                Assert.True(e.Contains(e.PeakDate));
                Assert.True(e.ObservedDays >= 1 && e.ObservedDays <= e.Days);
                if (i > 0)
                {
                    Assert.True(episodes[i - 1].End < e.Start, $"episodes {episodes[i - 1].Start}–{episodes[i - 1].End} and {e.Start}–{e.End} overlap or are out of order");
                }
            }
        }));
    }

    [Fact]
    public void Analyse_ValuesOutsideTheWindowChanged_SameResult()
    {
        // Window: at most 90 days each side of the change (ItsOptions.MaxDaysEachSide), so days 0–29 and 210–249 of a
        // 250-day series with the change on day 120 are outside it and must not matter.
        const int days = 250;
        const int change = 120;
        var cases =
            from pain in PropertyConfig.GappySeries(days, binary: false)
            from seed in Gen.Choose(0, int.MaxValue - 1)
            select (pain, seed);

        Check.One(PropertyConfig.Quick(25), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var random = new Random(c.seed);
            var altered = (double[])c.pain.Clone();
            for (var t = 0; t < days; t++)
            {
                if (t < change - 90 || t >= change + 90)
                {
                    altered[t] = random.NextDouble() < 0.3 ? double.NaN : 10 * random.NextDouble();
                }
            }

            var a = Analyse(c.pain);
            var b = Analyse(altered);

            Assert.Equal(a.MissingData, b.MissingData);
            Assert.Equal(a.Estimates?.LevelChange, b.Estimates?.LevelChange);
            Assert.Equal(a.Estimates?.SlopeChange, b.Estimates?.SlopeChange);
            Assert.Equal(a.Verdict, b.Verdict);
        }));

        static ItsResult Analyse(double[] pain) =>
            InterruptedTimeSeries.Analyse(
                ItsMatrices.WithPain(days, pain.Select((v, d) => (d, v)).Where(p => !double.IsNaN(p.v))),
                ItsMatrices.Pain,
                ItsMatrices.Start.AddDays(change));
    }
}
