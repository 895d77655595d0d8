using BenchmarkDotNet.Attributes;
using FibroTrack.Core.Demo;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Reports.Charts;
using FibroTrack.Reports.Clinician;
using FibroTrack.Reports.Pdf;

namespace FibroTrack.Benchmarks;

/// <summary>
/// Rendering a year's clinician report (layout, six charts drawn as vectors, fonts embedded, PDF written) from a
/// prepared <see cref="ClinicianReportData"/>: the demo generator's year with labs, a four-item regimen, flares and notes.
/// Reading the data from the database is not timed. Target (issue 6): under 1 s.
/// </summary>
[MemoryDiagnoser]
[GcServer(true)]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ClinicianReportBenchmarks
{
    private static readonly DateOnly LastDay = new(2025, 12, 31);

    private ClinicianReportData _data = null!;

    [GlobalSetup]
    public void Setup()
    {
        var demo = DemoDiaryGenerator.Generate(LastDay, DemoDiaryGenerator.DefaultDays);
        var from = demo.Truth.FirstDay;
        var to = demo.Truth.LastDay;
        var matrix = DailyMatrixBuilder.Build(demo.CreateVocabulary(), [.. demo.ToObservations()], from, to);
        double[] Column(string code) => matrix.HasColumn(code) ? matrix.Column(code).ToArray() : [.. Enumerable.Repeat(double.NaN, matrix.DayCount)];
        var pain = Column(BuiltInVariables.Pain);
        var fatigue = Column(BuiltInVariables.Fatigue);
        var composite = pain.Zip(fatigue, (p, f) => (p + f) / 2).ToArray();
        var mapDays = matrix.Column(MatrixCodes.WpiCount).ToArray().Count(v => !double.IsNaN(v));
        var random = new Random(6);

        _data = new ClinicianReportData(
            new ReportPerson("Alex Example", 47, "female", from.AddYears(-3), "EBV / mononucleosis", null),
            from, to, new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc), matrix.RecordedDays,
            new AcrSummary(to.AddDays(-20), 14, 6, 20, "very severe", true, "This response meets the ACR 2016 criteria on self-report (screening).",
                [new(to.AddDays(-200), 16, 7), new(to.AddDays(-110), 15, 6), new(to.AddDays(-20), 14, 6)]),
            [
                new("fiqr", "Revised Fibromyalgia Impact Questionnaire (FIQR)", to.AddDays(-3), 43.5, 100, "Moderate", "Salaffi et al. 2020", to.AddDays(-10), 48, false, []),
                new("phq9", "PHQ-9 depression questionnaire", to.AddDays(-30), 8, 27, "Mild", "Kroenke 2001", to.AddDays(-58), 9, false, []),
                new("gad7", "GAD-7 anxiety questionnaire", to.AddDays(-30), 6, 21, "Mild", "Spitzer 2006", to.AddDays(-58), 7, false, []),
            ],
            [new("Inflammation markers raised on separate occasions", "CRP above its range twice, at least 4 weeks apart. Discuss this with your clinician.",
                ["C-reactive protein (CRP): 12.8 mg/L (high) on 3 Jun 2025", "C-reactive protein (CRP): 11.4 mg/L (high) on 2 Aug 2025"])],
            [.. demo.Regimen.Select(r => new RegimenLine(r.Name, r.Kind.ToString().ToLowerInvariant(), $"{r.Doses[^1].Dose} {r.Doses[^1].Unit}", r.StartDate))],
            [new("On days after processed food, overall pain was 0.81 points higher (95% interval +0.41 to +1.21). Association, not proven cause.",
                "Overall pain", "Processed food", 1, 0.81, 0.41, 1.21, 0.01, "outcome-units")],
            [new(to.AddDays(-150), "starting Low-dose naltrexone", ["Overall pain: level change −0.26 (95% interval −1.76 to +1.23), no clear change."])],
            new DailySeries(from, pain, fatigue, Column(BuiltInVariables.SleepQuality), composite),
            [.. demo.Truth.Flares.Select(f => new Highlight(f.Start, f.End, "Flare", "#C2410C"))],
            [.. BodyAreas.All.Select(a => new BodyAreaShare(a.Code, a.Label, a.Region.ToString(), (int)(mapDays * random.NextDouble()), random.NextDouble()))],
            mapDays,
            [.. Enumerable.Range(0, 12).Select(i => new LabLine(from.AddDays(30 * i), i % 2 == 0 ? "C-reactive protein (CRP)" : "25-OH vitamin D (total)",
                $"{4 + i} mg/L", 4 + i, i % 2 == 0 ? "mg/L" : "ng/mL", "0–5 mg/L", 0, 5, i > 6 ? "high" : "normal"))],
            [.. demo.Regimen.Select(r => new MedicationBar(r.Name, r.StartDate, r.StopDate, [.. r.Doses.Select(d => new DoseMark(d.EffectiveFrom, $"{d.Dose} {d.Unit}"))]))],
            new PacingSummary("Above about 120 weighted activity minutes, next-day pain rose more steeply.",
                [.. Enumerable.Range(0, 300).Select(i => (random.NextDouble() * 240, 3 + random.NextDouble() * 5))], [(0, 4), (120, 5), (240, 8)], 120, "Next-day pain"),
            [.. BuiltInVariables.All.Where(v => v.Section == DiarySection.Diet).Select(v => new DietLine(v.Label, random.Next(0, 300), 300))],
            300,
            [.. demo.Days.Where(d => d.Notes is not null).Take(20).Select(d => new NoteLine(d.Date, d.Notes!))]);
    }

    [Benchmark(Description = "Clinician report, one year, A4")]
    public int Render() => ClinicianReportPdf.Render(_data, PaperSize.A4).Length;
}
