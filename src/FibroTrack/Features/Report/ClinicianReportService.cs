using System.Globalization;
using FibroTrack.Core.Clinical;
using FibroTrack.Core.Diary;
using FibroTrack.Core.Instruments;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Text;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Data;
using FibroTrack.Features.Diary;
using FibroTrack.Features.Insights;
using FibroTrack.Features.Instruments;
using FibroTrack.Features.Labs;
using FibroTrack.Features.Profile;
using FibroTrack.Features.RedFlags;
using FibroTrack.Features.Regimen;
using FibroTrack.Reports.Charts;
using FibroTrack.Reports.Clinician;
using FibroTrack.Reports.Pdf;
using FibroTrack.Statistics.Flares;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Report;

/// <summary>
/// Fills <see cref="ClinicianReportData"/> for the signed-in person (or the person a CLI job acts as) from the feature
/// services, and renders it. Every read goes through the owner-filtered DbContext, so nobody else's rows can appear.
/// </summary>
public sealed class ClinicianReportService(
    FibroTrackDbContext db,
    OwnerScope owner,
    ProfileService profiles,
    InstrumentService instruments,
    RedFlagService redFlags,
    RegimenService regimen,
    LabService labs,
    InsightService insights,
    DiaryService diary,
    TimeProvider clock)
{
    /// <summary>The period when none is given: the 365 days up to today.</summary>
    public const int DefaultDays = 365;

    /// <summary>The three most credible findings on page 1.</summary>
    public const int TopFindingCount = 3;

    private static readonly string[] Questionnaires = [Fiqr.Id, Phq9.Id, Gad7.Id];

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The period asked for, with defaults filled in; an error message when it cannot be reported.</summary>
    public (DateOnly From, DateOnly To, string? Error) ResolvePeriod(DateOnly? from, DateOnly? to)
    {
        var end = to ?? Today;
        var start = from ?? end.AddDays(-(DefaultDays - 1));
        if (start > end)
        {
            return (start, end, "from must be on or before to.");
        }

        return end.DayNumber - start.DayNumber + 1 > DiaryService.MaxRangeDays
            ? (start, end, $"The period may span at most {DiaryService.MaxRangeDays} days.")
            : (start, end, null);
    }

    /// <summary>The report as PDF bytes.</summary>
    public async Task<byte[]> RenderAsync(DateOnly from, DateOnly to, PaperSize paper, CancellationToken ct = default) =>
        ClinicianReportPdf.Render(await BuildAsync(from, to, ct), paper);

    public async Task<ClinicianReportData> BuildAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var ownerId = owner.RequireOwner();
        var account = await db.Users.AsNoTracking().Where(u => u.Id == ownerId).Select(u => new { u.DisplayName, u.Email }).SingleAsync(ct);
        var profile = await profiles.GetAsync(ct);
        var person = new ReportPerson(
            string.IsNullOrWhiteSpace(account.DisplayName) ? account.Email ?? "(no name)" : account.DisplayName,
            profile.BirthDate is { } born ? Age(born, to) : null,
            profile.Sex is "female" or "male" ? profile.Sex : "sex not given",
            profile.SymptomOnsetDate,
            OnsetTriggers.Find(profile.OnsetTrigger)?.Label,
            profile.OnsetNotes);

        var matrix = await diary.MatrixAsync(from, to, ct);
        var dto = await insights.GetAsync(ct);
        var treatments = (dto?.Treatments ?? []).Where(t => t.Date >= from && t.Date <= to).OrderBy(t => t.Date).ThenBy(t => t.ItemName, StringComparer.Ordinal).ToList();
        var items = await regimen.ListAsync(ct);
        var (bodyMap, bodyMapDays) = BodyMap(matrix);
        var (dietLines, dietDays) = Diet(matrix);

        return new ClinicianReportData(
            person, from, to, clock.GetUtcNow().UtcDateTime, matrix.RecordedDays,
            await AcrAsync(from, to, ct),
            await QuestionnairesAsync(from, to, ct),
            [.. (await redFlags.EvaluateAsync(ct)).Select(f => new RedFlagItem(f.Title, f.Explanation, [.. f.Evidence.Select(e =>
                $"{e.Label}: {e.Value}{(e.Flag is { } flag ? $" ({flag.ToString().ToLowerInvariant()})" : string.Empty)} on {ReportFormat.Date(e.Date)}{(e.Note is { } note ? $"; {note}" : string.Empty)}")]))],
            [.. items.Where(i => i.IsActiveOn(to)).Select(i =>
            {
                var dose = i.DoseOn(to);
                return new RegimenLine(i.Name, i.Kind.ToString().ToLowerInvariant(), dose is null ? "–" : $"{Dose(dose.Dose)} {dose.Unit}, {dose.Schedule}", i.StartDate);
            })],
            [.. (dto?.Associations.Findings ?? [])
                .Where(f => f.Level == "headline").OrderBy(f => f.Q).ThenBy(f => f.P).Take(TopFindingCount)
                .Select(f => new FindingLine(f.Text, f.OutcomeLabel, f.ExposureLabel, f.Lag, f.Effect, f.Lower, f.Upper, f.Q, f.Scale))],
            [.. treatments.Select(t => new TreatmentLine(t.Date, t.Description, [.. t.Outcomes.Select(Verdict)]))],
            new DailySeries(from, Column(matrix, BuiltInVariables.Pain), Column(matrix, BuiltInVariables.Fatigue), Column(matrix, BuiltInVariables.SleepQuality), Composite.Compute(matrix)),
            [.. (dto?.Flares.Episodes ?? []).Where(e => e.End >= from && e.Start <= to)
                .Select(e => new Highlight(e.Start < from ? from : e.Start, e.End > to ? to : e.End, "Flare", "#C2410C"))],
            bodyMap, bodyMapDays,
            await LabsAsync(from, to, ct),
            [.. items.Where(i => i.StartDate <= to && (i.StopDate is null || i.StopDate >= from)).OrderBy(i => i.StartDate).ThenBy(i => i.Name, StringComparer.Ordinal)
                .Select(i => new MedicationBar(i.Name, i.StartDate, i.StopDate, DosesInPeriod(i, from, to)))],
            Pacing(dto),
            dietLines, dietDays,
            await NotesAsync(from, to, ct));
    }

    private async Task<AcrSummary?> AcrAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var responses = (await instruments.ListAsync(InstrumentCatalog.Find(Acr2016.Id)!, ct))
            .Where(r => r.Date >= from && r.Date <= to && r.Score.Acr is not null).ToList();
        if (responses.Count == 0)
        {
            return null;
        }

        var latest = responses[^1];
        var acr = latest.Score.Acr!;
        return new AcrSummary(latest.Date, acr.Wpi, acr.Sss, acr.Fs, acr.FsCategory.ToLowerInvariant(), acr.MeetsCriteria, acr.Summary,
            [.. responses.TakeLast(6).Select(r => new AcrPoint(r.Date, r.Score.Acr!.Wpi, r.Score.Acr.Sss))]);
    }

    private async Task<List<InstrumentSummary>> QuestionnairesAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var list = new List<InstrumentSummary>();
        foreach (var id in Questionnaires)
        {
            var instrument = InstrumentCatalog.Find(id)!;
            var scored = (await instruments.ListAsync(instrument, ct)).Where(r => r.Score.Total is not null).ToList();
            var index = scored.FindLastIndex(r => r.Date >= from && r.Date <= to);
            if (index < 0)
            {
                continue;
            }

            var latest = scored[index];
            // The change is against the response before the latest, even when that one predates the period.
            var previous = index > 0 ? scored[index - 1] : null;
            list.Add(new InstrumentSummary(
                instrument.Id, instrument.Name, latest.Date, latest.Score.Total!.Value, instrument.TotalMax, latest.Score.Band, latest.Score.BandCitation,
                previous?.Date, previous?.Score.Total, latest.Score.SafetyAlert,
                [.. scored.Where(r => r.Date >= from && r.Date <= to).Select(r => (r.Date, r.Score.Total!.Value))]));
        }

        return list;
    }

    private async Task<List<LabLine>> LabsAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        [.. (await labs.ListAsync(ct))
            .Where(l => l.Result.SpecimenDate >= from && l.Result.SpecimenDate <= to)
            .OrderBy(l => l.Result.SpecimenDate).ThenBy(l => l.Result.Analyte.Name, StringComparer.Ordinal)
            .Select(l => new LabLine(
                l.Result.SpecimenDate, l.Result.Analyte.Name, l.Result.Describe(),
                l.Result.CanonicalValue, l.Result.CanonicalUnit,
                l.Interpretation.Range?.ToString() ?? "no range (assay-dependent)", l.Interpretation.Range?.Low, l.Interpretation.Range?.High,
                l.Interpretation.Flag.ToString().ToLowerInvariant()))];

    /// <summary>Notes of days tagged <see cref="ClinicianReportPdf.ClinicianNoteTag"/>: the vocabulary has no "for my clinician" field, so a tag marks them.</summary>
    private async Task<List<NoteLine>> NotesAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var stream = await diary.StreamAsync(from, to, [DiaryCodes.Tag, DiaryCodes.Note], ct);
        var tagged = stream.Where(o => o.Code == DiaryCodes.Tag && string.Equals(o.Text, ClinicianReportPdf.ClinicianNoteTag, StringComparison.OrdinalIgnoreCase))
            .Select(o => o.Date).ToHashSet();
        return [.. stream.Where(o => o.Code == DiaryCodes.Note && tagged.Contains(o.Date) && !string.IsNullOrWhiteSpace(o.Text))
            .Select(o => new NoteLine(o.Date, o.Text!.Trim()))];
    }

    /// <summary>One line per outcome for page 1: the level change with its interval and which way it went; the insights page has the full text.</summary>
    private static string Verdict(ChangeResultDto o)
    {
        var label = SentenceCase.Capitalise(o.OutcomeLabel);
        if (o.LevelChange is not { } level)
        {
            return $"{label}: not enough data around the change{(o.MissingData is { } why ? $" ({why})" : string.Empty)}.";
        }

        var caution = o.Cautions.Count > 0 || o.RegressionToTheMeanWarning ? "; other changes or regression to the mean may explain part of it" : string.Empty;
        return $"{label}: level change {ReportFormat.Interval(level.Estimate, level.Lower, level.Upper)}, {InsightFormat.Direction(level)} " +
            $"({o.DaysBefore} days before, {o.DaysAfter} after){caution}.";
    }

    private static PacingSummary? Pacing(InsightsDto? dto)
    {
        var pacing = dto?.Pacing.FirstOrDefault(p => p.EnvelopeFound) ?? dto?.Pacing.FirstOrDefault(p => p.Points.Count > 0);
        return pacing is null
            ? null
            : new PacingSummary(pacing.Text, [.. pacing.Points.Select(p => (p.Load, p.Outcome))], [.. pacing.Fitted.Select(p => (p.Load, p.Outcome))],
                pacing.EnvelopeFound ? pacing.Envelope : null, SentenceCase.Capitalise(pacing.OutcomeLabel));
    }

    private static (List<BodyAreaShare> Areas, int Days) BodyMap(DailyMatrix matrix)
    {
        var days = matrix.HasColumn(MatrixCodes.WpiCount) ? Count(matrix.Column(MatrixCodes.WpiCount), v => !double.IsNaN(v)) : 0;
        var areas = BodyAreas.All.Select(a =>
        {
            var painful = matrix.HasColumn(a.Code) ? Count(matrix.Column(a.Code), v => v == 1) : 0;
            return new BodyAreaShare(a.Code, a.Label, RegionLabel(a.Region), painful, days == 0 ? 0 : (double)painful / days);
        }).ToList();
        return (areas, days);
    }

    private static (List<DietLine> Lines, int Days) Diet(DailyMatrix matrix)
    {
        var codes = BuiltInVariables.All.Where(v => v.Section == DiarySection.Diet && v.Type == VariableType.YesNo && matrix.HasColumn(v.Code)).ToList();
        var any = 0;
        for (var d = 0; d < matrix.DayCount; d++)
        {
            any += codes.Any(v => !double.IsNaN(matrix.Column(v.Code)[d])) ? 1 : 0;
        }

        return ([.. codes.Select(v => new DietLine(v.Label, Count(matrix.Column(v.Code), x => x == 1), Count(matrix.Column(v.Code), x => !double.IsNaN(x))))], any);
    }

    private static List<DoseMark> DosesInPeriod(Data.Entities.RegimenItem item, DateOnly from, DateOnly to)
    {
        var doses = item.Doses.OrderBy(d => d.EffectiveFrom).ThenBy(d => d.Id).Where(d => d.EffectiveFrom <= to).ToList();
        // The dose in force when the period starts, then every change inside it.
        var inForce = doses.LastOrDefault(d => d.EffectiveFrom <= from);
        return [.. doses.Where(d => d == inForce || d.EffectiveFrom > from).Select(d => new DoseMark(d.EffectiveFrom, $"{Dose(d.Dose)} {d.Unit}"))];
    }

    private static double[] Column(DailyMatrix matrix, string code)
    {
        if (matrix.HasColumn(code))
        {
            return matrix.Column(code).ToArray();
        }

        var missing = new double[matrix.DayCount];
        Array.Fill(missing, double.NaN);
        return missing;
    }

    private static int Count(ReadOnlySpan<double> values, Func<double, bool> match)
    {
        var n = 0;
        foreach (var v in values)
        {
            n += match(v) ? 1 : 0;
        }

        return n;
    }

    private static string RegionLabel(BodyRegion region) => region switch
    {
        BodyRegion.LeftUpper => "left upper",
        BodyRegion.RightUpper => "right upper",
        BodyRegion.LeftLower => "left lower",
        BodyRegion.RightLower => "right lower",
        _ => "axial",
    };

    private static string Dose(double dose) => dose.ToString("0.###", CultureInfo.InvariantCulture);

    private static int Age(DateOnly born, DateOnly on) =>
        on.Year - born.Year - (on < born.AddYears(on.Year - born.Year) ? 1 : 0);
}
