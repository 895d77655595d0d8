using System.Globalization;
using FibroTrack.Reports.Charts;
using FibroTrack.Reports.Pdf;
using SkiaSharp;

namespace FibroTrack.Reports.Clinician;

/// <summary>
/// Draws <see cref="ClinicianReportData"/> as a PDF: page 1 is the summary a clinician reads first, the following pages
/// hold the charts and tables behind it. It reports and explains; associations are called associations, never causes.
/// </summary>
public static class ClinicianReportPdf
{
    public const string Footer = "FibroTrack — patient-reported data; not a diagnosis";

    public const string Title = "Clinician report";

    /// <summary>Every section heading, in the order they appear.</summary>
    public static class Headings
    {
        public const string Person = "Person and period";
        public const string Acr = "ACR 2016 criteria (self-report screening)";
        public const string Questionnaires = "Questionnaires";
        public const string RedFlags = "Red flags: findings not typical of fibromyalgia alone";
        public const string Regimen = "Current regimen";
        public const string Associations = "Most credible associations";
        public const string Treatments = "Treatment response";
        public const string Symptoms = "Symptoms over time";
        public const string QuestionnaireTrends = "Questionnaires over time";
        public const string BodyMap = "Where it hurt: Widespread Pain Index areas";
        public const string Labs = "Lab results";
        public const string Medication = "Medication timeline";
        public const string Pacing = "Activity and pacing";
        public const string Diet = "Diet";
        public const string Notes = "Notes for the clinician";
        public const string About = "About this report";

        public static readonly IReadOnlyList<string> All =
            [Person, Acr, Questionnaires, RedFlags, Regimen, Associations, Treatments, Symptoms, QuestionnaireTrends, BodyMap, Labs, Medication, Pacing, Diet, Notes, About];
    }

    /// <summary>The tag a diary day carries for its note to be included (the vocabulary has no "for my clinician" field).</summary>
    public const string ClinicianNoteTag = "for-clinician";

    private static readonly SKColor HeatHigh = new(0xC2, 0x41, 0x0C);

    /// <summary>Renders the report into <paramref name="output"/>.</summary>
    public static void Render(ClinicianReportData data, PaperSize paper, Stream output)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var layout = Layout(data, paper);
        layout.Save(output, new PdfMetadata(
            $"{Title}: {data.Person.Name}, {ReportFormat.Period(data.From, data.To)}",
            "Fibromyalgia diary summary for a clinician: criteria, questionnaires, red flags, regimen, associations, labs.",
            data.GeneratedAt));
    }

    /// <summary>The report laid out in pages (the caller disposes it): <see cref="PdfLayout.Save"/> writes the PDF, <see cref="PdfLayout.DrawPage"/> draws a page anywhere.</summary>
    public static PdfLayout Layout(ClinicianReportData data, PaperSize paper)
    {
        ArgumentNullException.ThrowIfNull(data);
        var layout = new PdfLayout(paper, Footer, $"{Title} · {data.Person.Name} · {ReportFormat.Period(data.From, data.To)}");
        try
        {
            Summary(layout, data);
            layout.NewPage();
            Details(layout, data);
            return layout;
        }
        catch
        {
            layout.Dispose();
            throw;
        }
    }

    public static byte[] Render(ClinicianReportData data, PaperSize paper)
    {
        using var buffer = new MemoryStream();
        Render(data, paper, buffer);
        return buffer.ToArray();
    }

    private static void Summary(PdfLayout l, ClinicianReportData d)
    {
        l.Heading(Title, 0);
        l.Paragraph(
            $"Patient-reported data from FibroTrack for {ReportFormat.Period(d.From, d.To)}, generated {ReportFormat.Date(DateOnly.FromDateTime(d.GeneratedAt))}. " +
            "It reports and explains what the person recorded; it is not a diagnosis. Associations are not proof of cause.",
            PdfLayout.SmallSize, muted: true);

        l.Heading(Headings.Person);
        var p = d.Person;
        var onset = p.OnsetDate is { } o ? ReportFormat.Date(o) : "not given";
        if (p.OnsetTrigger is { } trigger)
        {
            onset += $"; believed trigger: {trigger}";
        }

        if (!string.IsNullOrWhiteSpace(p.OnsetNotes))
        {
            onset += $" ({p.OnsetNotes})";
        }

        l.KeyValues(
        [
            ("Name", p.Name),
            ("Age, sex", $"{(p.Age is { } age ? age.ToString(CultureInfo.InvariantCulture) : "age not given")}, {p.Sex}"),
            ("Period", $"{ReportFormat.Period(d.From, d.To)} ({d.RecordedDays} of {d.To.DayNumber - d.From.DayNumber + 1} days recorded)"),
            ("Symptom onset", onset),
        ]);

        l.Heading(Headings.Acr);
        if (d.Acr is { } acr)
        {
            l.Paragraph(acr.Statement, bold: true);
            l.Paragraph($"On {ReportFormat.Date(acr.Date)}: WPI {acr.Wpi} of 19, SSS {acr.Sss} of 12, fibromyalgia severity (WPI + SSS) {acr.Fs} of 31, {acr.FsCategory}.");
            if (acr.History.Count > 1)
            {
                l.Paragraph("Trend (WPI / SSS): " + string.Join(" → ", acr.History.Select(h => $"{ReportFormat.Date(h.Date)} {h.Wpi} / {h.Sss}")) + ".", PdfLayout.SmallSize);
            }
        }
        else
        {
            l.Paragraph("No ACR 2016 questionnaire in this period.", muted: true);
        }

        l.Heading(Headings.Questionnaires);
        if (d.Instruments.Count == 0)
        {
            l.Paragraph("No FIQR, PHQ-9 or GAD-7 response in this period.", muted: true);
        }
        else
        {
            l.Table(
                [new("Questionnaire", 2.2f), new("Latest", 1.3f), new("Total", 0.9f, true), new("Band", 1.6f), new("Previous", 1.8f), new("Change", 1f, true)],
                [.. d.Instruments.Select(i => (IReadOnlyList<string>)
                [
                    i.Name, ReportFormat.Date(i.Date), $"{ReportFormat.Number(i.Total)} / {ReportFormat.Number(i.Max)}", i.Band ?? "–",
                    i.PreviousTotal is { } prev ? $"{ReportFormat.Number(prev)} on {ReportFormat.Date(i.PreviousDate!.Value)}" : "none",
                    i.PreviousTotal is { } before ? ReportFormat.Change(i.Total, before) : "–",
                ])]);
            foreach (var alert in d.Instruments.Where(i => i.SafetyAlert))
            {
                l.Paragraph($"{alert.Name} item 9 (thoughts of self-harm) was answered above 0 on {ReportFormat.Date(alert.Date)}.", bold: true);
            }

            var citations = d.Instruments.Where(i => i.BandCitation is not null).Select(i => $"{i.Name}: {i.BandCitation}").Distinct();
            l.Paragraph("Bands: " + string.Join("; ", citations) + ".", PdfLayout.SmallSize, muted: true);
        }

        l.Heading(Headings.RedFlags);
        if (d.RedFlags.Count == 0)
        {
            l.Paragraph("No red-flag rule fired on the recorded labs, diary and profile.", muted: true);
        }

        foreach (var flag in d.RedFlags)
        {
            l.Paragraph(flag.Title, bold: true, bullet: "•");
            l.Paragraph(flag.Explanation, PdfLayout.SmallSize, indent: 10);
            foreach (var e in flag.Evidence)
            {
                l.Paragraph(e, PdfLayout.SmallSize, indent: 10, bullet: "–");
            }
        }

        l.Heading(Headings.Regimen);
        if (d.CurrentRegimen.Count == 0)
        {
            l.Paragraph($"Nothing recorded as taken on {ReportFormat.Date(d.To)}.", muted: true);
        }
        else
        {
            l.Table(
                [new("Medication or supplement", 2.6f), new("Kind", 1.2f), new("Dose", 2.2f), new("Since", 1.3f)],
                [.. d.CurrentRegimen.Select(r => (IReadOnlyList<string>)[r.Name, r.Kind, r.Dose, ReportFormat.Date(r.Since)])]);
        }

        l.Heading(Headings.Associations);
        if (d.TopFindings.Count == 0)
        {
            l.Paragraph("No association passed the headline threshold (q ≤ 0.05 after Benjamini–Hochberg correction).", muted: true);
        }

        foreach (var f in d.TopFindings)
        {
            l.Paragraph(f.Text, bullet: "•");
            var effect = f.Scale == "odds-ratio" ? "odds ratio " + ReportFormat.Ratio(f.Effect, f.Lower, f.Upper) : "effect " + ReportFormat.Interval(f.Effect, f.Lower, f.Upper);
            l.Paragraph($"{f.ExposureLabel} → {f.OutcomeLabel}, lag {f.Lag} day{(f.Lag == 1 ? "" : "s")}: {effect}; q = {ReportFormat.Q(f.Q)}.", PdfLayout.SmallSize, muted: true, indent: 10);
        }

        l.Heading(Headings.Treatments);
        if (d.Treatments.Count == 0)
        {
            l.Paragraph("No regimen start, stop or dose change in this period with enough days around it to assess.", muted: true);
        }

        foreach (var t in d.Treatments)
        {
            l.Paragraph($"{ReportFormat.Date(t.Date)}: {t.Description}", bold: true, bullet: "•");
            foreach (var verdict in t.Verdicts)
            {
                l.Paragraph(verdict, PdfLayout.SmallSize, indent: 10, bullet: "–");
            }
        }
    }

    private static void Details(PdfLayout l, ClinicianReportData d)
    {
        l.Heading(Headings.Symptoms);
        var daily = d.Daily;
        l.Chart(
            () => TrendChart.Build(daily.First, daily.Days,
                [(TrendChart.PainFatigueSleep[0], daily.Pain), (TrendChart.PainFatigueSleep[1], daily.Fatigue), (TrendChart.PainFatigueSleep[2], daily.SleepQuality)],
                d.Flares),
            215, "Daily ratings 0–10 (dots) and their 7-day average (lines): pain, fatigue and sleep quality (10 = excellent). Shaded: flares found in the ratings.");

        var markers = d.Treatments.Select((t, i) => new ChartMarker(t.Date, (i + 1).ToString(CultureInfo.InvariantCulture))).ToList();
        var legend = markers.Count == 0 ? string.Empty
            : " Dashed lines: " + string.Join("; ", d.Treatments.Select((t, i) => $"{i + 1}, {ReportFormat.Date(t.Date)}, {t.Description}")) + ".";
        l.Chart(
            () => TimelineChart.Build(daily.First, daily.Composite, new SeriesSpec("insight.composite", "Composite (mean of pain and fatigue)", "#7C3AED"), markers, d.Flares),
            200, $"Composite symptom score, 0–10, the flare rule's input. {d.Flares.Count} flare{(d.Flares.Count == 1 ? "" : "s")} shaded.{legend}");

        var scoreTrends = d.Instruments.Where(i => i.History.Count >= 2).ToList();
        l.Heading(Headings.QuestionnaireTrends, keepWith: scoreTrends.Count == 0 ? 0 : 150);
        if (scoreTrends.Count == 0)
        {
            l.Paragraph("Fewer than two responses to any questionnaire in this period.", muted: true);
        }

        foreach (var instrument in scoreTrends)
        {
            l.Chart(
                () => ScoreChart.Build(instrument.History, 0, instrument.Max, "Total"),
                130, $"{instrument.Name} total (0–{ReportFormat.Number(instrument.Max)}, higher is worse), {instrument.History.Count} responses in the period.");
        }

        l.Heading(Headings.BodyMap, keepWith: d.BodyMapDays == 0 ? 0 : 290);
        if (d.BodyMapDays == 0)
        {
            l.Paragraph("The body map was not filled in during this period.", muted: true);
        }
        else
        {
            l.Figure(260, (canvas, rect) => BodyMapFigure.Draw(canvas, rect, d.BodyMap, HeatHigh),
                $"Share of the {d.BodyMapDays} days with a filled-in body map on which each Widespread Pain Index area was marked painful; the darker, the more often. The table gives the counts.");
            var max = Math.Max(d.BodyMap.Max(a => a.Share), 0.01);
            l.Table(
                [new("Area", 3f), new("Region", 1.6f), new("Painful days", 1.1f, true), new("Share", 0.9f, true)],
                [.. d.BodyMap.Select(a => (IReadOnlyList<string>)[a.Label, a.Region, a.PainfulDays.ToString(CultureInfo.InvariantCulture), ReportFormat.Percent(a.Share)])],
                (row, column) => column == 3 ? HeatHigh.WithAlpha((byte)(20 + 150 * d.BodyMap[row].Share / max)) : null);
        }

        l.Heading(Headings.Labs);
        if (d.Labs.Count == 0)
        {
            l.Paragraph("No lab results in this period.", muted: true);
        }
        else
        {
            l.Table(
                [new("Date", 1.2f), new("Marker", 2f), new("Result", 1.6f, true), new("Range", 2.2f), new("Flag", 0.9f)],
                [.. d.Labs.Select(x => (IReadOnlyList<string>)[ReportFormat.Date(x.Date), x.Marker, x.Result, x.Range, x.Flag])],
                (row, column) => column == 4 && d.Labs[row].Flag is "high" or "low" or "positive" ? HeatHigh.WithAlpha(40) : null);
            var trends = d.Labs.Where(x => x.Value is not null).GroupBy(x => x.Marker).Where(g => g.Count() >= 2).ToList();
            foreach (var pair in trends.Chunk(2))
            {
                l.Figure(190, (canvas, rect) =>
                {
                    var half = (rect.Width - 12) / 2;
                    for (var i = 0; i < pair.Length; i++)
                    {
                        var points = pair[i].OrderBy(x => x.Date).Select(x => (x.Date, x.Value!.Value)).ToList();
                        var latest = pair[i].MaxBy(x => x.Date)!;
                        using var plot = LabChart.Build(points, latest.RangeLow, latest.RangeHigh, latest.Unit ?? string.Empty);
                        plot.Title(pair[i].Key, size: 13);
                        PdfLayout.DrawChart(canvas, plot, new SKRect(rect.Left + i * (half + 12), rect.Top, rect.Left + i * (half + 12) + half, rect.Bottom));
                    }
                }, "Trend: " + string.Join("; ", pair.Select(g => g.Key)) + " over the period, against the reference range (shaded).");
            }
        }

        l.Heading(Headings.Medication);
        if (d.MedicationTimeline.Count == 0)
        {
            l.Paragraph("No medication or supplement recorded in this period.", muted: true);
        }
        else
        {
            l.Chart(
                () => MedicationChart.Build(d.MedicationTimeline, d.From, d.To),
                Math.Min(70 + 30 * d.MedicationTimeline.Count, 320), "Bars: when each item was taken in the period; dots: the dose in force at the start and each change.");

            l.Table(
                [new("Item", 2.4f), new("Started", 1.2f), new("Stopped", 1.2f), new("Doses (from date)", 4f)],
                [.. d.MedicationTimeline.Select(m => (IReadOnlyList<string>)
                [
                    m.Name, ReportFormat.Date(m.Start), m.Stop is { } s ? ReportFormat.Date(s) : "still taken",
                    string.Join("; ", m.Doses.Select(x => $"{x.Label} from {ReportFormat.Date(x.Date)}")),
                ])]);
        }

        l.Heading(Headings.Pacing);
        if (d.Pacing is { } pacing)
        {
            l.Paragraph(pacing.Text);
            if (pacing.Points.Count > 0)
            {
                l.Chart(() => PacingChart.Build(pacing.Points, pacing.Fitted, pacing.Envelope, "Activity load that day (weighted minutes)", pacing.OutcomeLabel), 210, "Each dot a day: activity load against the outcome that followed; the line is the fitted hinge, the dashed line the envelope if one was found.");
            }
        }
        else
        {
            l.Paragraph("Not enough activity and symptom days for a pacing analysis.", muted: true);
        }

        l.Heading(Headings.Diet);
        if (d.DietDays == 0)
        {
            l.Paragraph("The diet section was not filled in during this period.", muted: true);
        }
        else
        {
            l.Paragraph($"Days with each diet item out of the {d.DietDays} days the diet section was filled in. Exposures only: see the associations for any link with symptoms.", PdfLayout.SmallSize, muted: true);
            l.Table(
                [new("Diet item", 3f), new("Days", 1f, true), new("Share", 1f, true)],
                [.. d.Diet.Select(x => (IReadOnlyList<string>)[x.Label, x.Days.ToString(CultureInfo.InvariantCulture), x.RecordedDays == 0 ? "–" : ReportFormat.Percent((double)x.Days / x.RecordedDays)])]);
        }

        l.Heading(Headings.Notes);
        if (d.Notes.Count == 0)
        {
            l.Paragraph($"No diary note tagged \"{ClinicianNoteTag}\" in this period.", muted: true);
        }
        else
        {
            l.Paragraph($"Diary notes from days tagged \"{ClinicianNoteTag}\", in the person's words.", PdfLayout.SmallSize, muted: true);
            foreach (var note in d.Notes)
            {
                l.KeyValues([(ReportFormat.Date(note.Date), note.Text)], 90);
            }
        }

        l.Heading(Headings.About);
        l.Paragraph(
            "Everything here was entered by the person (diary, questionnaires, lab results copied from reports) or computed from it by FibroTrack. " +
            "ACR 2016: Wolfe et al., Semin Arthritis Rheum 2016;46:319–329; the self-report form is for screening, not for diagnosing an individual. " +
            "FIQR: Bennett et al., Arthritis Res Ther 2009;11:R120. PHQ-9 (Kroenke 2001) and GAD-7 (Spitzer 2006), released by Pfizer without copyright restriction. " +
            "Associations are lagged regressions adjusted for autocorrelation, with Benjamini–Hochberg q values across every pair tested; a headline finding has q ≤ 0.05. " +
            "An association is not proof of cause. Red flags are rules that point beyond fibromyalgia alone; each is to be discussed with a clinician.",
            PdfLayout.SmallSize, muted: true);
    }
}
