using System.Globalization;
using FibroTrack.Statistics.Associations;
using FibroTrack.Statistics.Flares;
using FibroTrack.Statistics.Insights;
using FibroTrack.Statistics.Numerics;
using FibroTrack.Statistics.Pacing;
using FibroTrack.Statistics.TimeSeries;

namespace FibroTrack.Features.Insights;

/// <summary>Turns the engine's report into the stored and served <see cref="InsightsDto"/>, with the method echoed.</summary>
public static class InsightMapper
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static InsightsDto ToDto(InsightReport report, DateTime computedAt, double milliseconds) => new(
        InsightMethod.Describe(report, computedAt, milliseconds),
        Flares(report.Flares),
        Associations(report.Associations),
        [.. report.Treatments.Select(Treatment)],
        [.. report.Pacing.Select(Pacing)],
        [.. report.Infections.Select(Infection)]);

    internal static double? N(double value) => double.IsFinite(value) ? value : null;

    private static FlaresDto Flares(FlareAnalysis f)
    {
        var days = new List<FlareDayDto>(f.Composite.Length);
        var episode = 0;
        for (var d = 0; d < f.Composite.Length; d++)
        {
            var date = f.Start.AddDays(d);
            while (episode < f.Episodes.Length && f.Episodes[episode].End < date)
            {
                episode++;
            }

            var inFlare = episode < f.Episodes.Length && f.Episodes[episode].Contains(date);
            days.Add(new FlareDayDto(date, N(f.Composite[d]), N(f.Baseline[d]), inFlare));
        }

        return new FlaresDto(
            f.Evaluated, N(f.Threshold), N(f.K), N(f.Phi), N(f.InnovationSd), f.Evaluated ? N(f.EpisodesPerYear) : null,
            [.. f.Episodes.Select(e => new FlareEpisodeDto(e.Start, e.End, e.PeakDate, e.PeakComposite, e.Days, e.ObservedDays, e.MeanExcess))],
            f.ButtonAgreement is { } a ? Agreement(a) : null,
            [.. f.Notes],
            days);
    }

    private static FlareAgreementDto Agreement(FlareAgreement a)
    {
        var text = string.Create(Invariant,
            $"Of {a.ButtonEpisodes} stretches you marked \"I'm in a flare\", {a.ButtonEpisodesDetected} overlap a flare found in your ratings; " +
            $"{a.EpisodesWithPress} of the flares found include a day you marked. The two agree on {a.SimpleAgreement:P0} of {a.ComparedDays} days.");
        return new FlareAgreementDto(a.ComparedDays, a.Both, a.ButtonOnly, a.RuleOnly, a.Neither, a.SimpleAgreement, N(a.Kappa),
            a.ButtonEpisodes, a.ButtonEpisodesDetected, a.EpisodesWithPress, text.Replace(" %", "%", StringComparison.Ordinal));
    }

    private static AssociationsDto Associations(AssociationScanResult scan) => new(
        scan.FamilySize,
        [.. scan.Findings.Select(f => new FindingDto(
            f.Level == FindingLevel.Headline ? "headline" : "exploratory",
            f.OutcomeCode, f.OutcomeLabel, f.ExposureCode, f.ExposureLabel, f.Lag, f.Effect, f.Lower, f.Upper, f.P, f.Q,
            f.Days, f.DaysWith, f.DaysWithout, f.Text)
        {
            Scale = f.Scale == EffectScale.OddsRatio ? "odds-ratio" : "outcome-units",
        })],
        [
            .. scan.Pairs.Where(p => p.Fit.Status == AdlStatus.NotEnoughData).Select(p => new PairNoteDto(p.OutcomeCode, p.ExposureCode, p.Text)),
            .. scan.FlareOnsets.Where(p => p.Fit.Status == FlareOnsetStatus.NotEnoughData).Select(p => new PairNoteDto(AssociationScan.FlareOnsetCode, p.ExposureCode, p.Text)),
        ],
        scan.Pairs.Count(p => p.Fit.Status == AdlStatus.Estimated && p.Level == FindingLevel.None),
        [.. scan.Completeness.Select(c => new CompletenessDto(c.OutcomeCode, c.CalendarDays, c.RatedDays, c.Completion))],
        [.. scan.Warnings]);

    private static PacingDto Pacing(PacingResult r)
    {
        var df = r.Model?.DegreesOfFreedom ?? 0;
        EffectDto? Slope(HingeSlope? h, double? p) => h is null
            ? null
            : new EffectDto(h.Estimate, h.Lower, h.Upper, p ?? Distributions.StudentTTwoSidedP(h.Estimate / h.StandardError, df));
        var status = r.Status switch
        {
            PacingStatus.Estimated => "estimated",
            PacingStatus.NotEnoughData => "not-enough-data",
            _ => "no-variation",
        };
        return new PacingDto(
            r.OutcomeCode, r.OutcomeLabel, r.Horizon, status, r.EnvelopeFound, r.Envelope,
            Slope(r.SlopeBelow, null), Slope(r.SlopeAbove, N(r.P)), N(r.P), r.UsableDays,
            r.EnvelopeFound ? [.. r.DaysAboveBreakpoint] : [], N(r.MeanOutcomeAfterAbove), N(r.MeanOutcomeAfterAtOrBelow), r.Text,
            [.. r.Points.Select(p => new PacingPointDto(p.Load, p.Outcome))],
            [.. r.Curve.Select(c => new PacingPointDto(c.Load, c.Fitted))]);
    }

    private static TreatmentDto Treatment(TreatmentResponse t) => new(
        t.Change.Date, t.Change.ItemCode, t.Change.ItemName, Kind(t.Change.Kind), t.Change.Description, t.StartedDuringFlare,
        [.. t.Confounders], [.. t.Outcomes.Select(Change)], t.Note);

    private static string Kind(RegimenChangeKind kind) => kind switch
    {
        RegimenChangeKind.Start => "start",
        RegimenChangeKind.Stop => "stop",
        _ => "dose-change",
    };

    internal static ChangeResultDto Change(ItsResult r)
    {
        var e = r.Estimates;
        return new ChangeResultDto(
            r.OutcomeCode, r.OutcomeLabel, r.DaysBefore, r.DaysAfter, r.Unit,
            e is null ? null : Effect(e.LevelChange, 1),
            e is null ? null : Effect(e.SlopeChange, 7),
            e?.ImportantChangeThreshold,
            e is null ? null : e.LevelChange.Estimate <= 0 ? e.ProbabilityImportantDecrease : e.ProbabilityImportantIncrease,
            e?.Phi,
            r.RegressionToTheMeanWarning,
            [.. r.Cautions],
            r.MissingData,
            r.Verdict);
    }

    private static EffectDto Effect(ItsEffect e, double scale) => new(e.Estimate * scale, e.Lower * scale, e.Upper * scale, e.P);

    private static InfectionDto Infection(InfectionOnset onset) => new(
        onset.Infection.Start, onset.Infection.End, onset.Infection.Label, [.. onset.OtherChanges],
        [.. onset.Outcomes.Select(o => new InfectionOutcomeDto(
            o.Code, o.Label, N(o.MeanBefore), o.DaysBefore, N(o.MeanAfter), o.DaysAfter,
            [.. o.Weeks.Select(w => new WeekDto(w.Week, w.From, N(w.Mean), w.Days))],
            Change(o.Change)))]);
}
