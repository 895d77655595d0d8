using System.Globalization;
using FibroTrack.Core.Labs;

namespace FibroTrack.Core.RedFlags;

/// <summary>
/// The red-flag rules (CLINICAL.md, "Red flags — findings not typical of fibromyalgia alone"). To add
/// one, add a <see cref="RedFlagRule"/> to <see cref="All"/> (the helpers below cover lab flags and
/// diary signs in a few lines) and a test that it fires on a minimal case and not on a near miss.
/// </summary>
/// <remarks>
/// Windows end on <see cref="RedFlagContext.Today"/> and include both ends: "the last 30 days" is today
/// and the 29 days before; "the last 12 months" and "the last 3 months" start on the same day of the
/// month 12 or 3 months ago. Inflammation markers, ESR and CK look back 12 months (an old raised value
/// says little about now); antibody results (ANA, RF, anti-CCP) count whenever they were taken, as
/// they seldom disappear. Diary signs look back 30 days.
/// </remarks>
public static class RedFlagRules
{
    public const string PersistentInflammationId = "persistent-inflammation-markers";
    public const string EsrAboveAgeLimitId = "esr-above-age-limit";
    public const string AnaHighTiterId = "ana-high-titer";
    public const string RfOrAntiCcpId = "rf-or-anti-ccp-positive";
    public const string RaisedCkId = "raised-ck";
    public const string StiffnessAfter50Id = "stiffness-raised-markers-after-50";

    public const int LabWindowMonths = 12;
    public const int PersistenceDays = 28;
    public const int DiaryWindowDays = 30;

    /// <summary>
    /// Fever fires on 3 or more days in 30, not on one: a single feverish day is usually a passing
    /// cold, while recurring fever is the pattern worth raising. The other signs fire on one day.
    /// </summary>
    public const int FeverMinDays = 3;

    public const int OlderAge = 50;
    public const int StiffnessAfter50WindowMonths = 3;

    /// <summary>CRP, hs-CRP (flagged High only above 10 mg/L) and ESR.</summary>
    public static readonly IReadOnlyList<string> InflammationMarkers = [Analytes.Crp, Analytes.HsCrp, Analytes.Esr];

    private const string RedFlagsSource = "Findings not typical of fibromyalgia alone, from rheumatology practice; see FibroTrack's clinical notes (docs/clinical.md, \"Red flags\").";

    /// <summary>Diary-sign rule id: <c>sign-</c> and the code without its <c>sign.</c> prefix.</summary>
    public static string SignRuleId(string signCode) => "sign-" + signCode["sign.".Length..];

    public static readonly IReadOnlyList<RedFlagRule> All =
    [
        new(
            PersistentInflammationId,
            "Inflammation markers raised on separate occasions",
            "CRP or ESR, blood tests that rise with inflammation, was above its range on two results at least 4 weeks apart "
            + "in the last 12 months. Widespread pain on its own does not raise these markers, so a lasting rise is worth a closer look. "
            + RedFlagRule.ClosingSentence,
            RedFlagsSource,
            PersistentInflammation),
        new(
            EsrAboveAgeLimitId,
            "ESR above the limit for your age",
            "An ESR result in the last 12 months was above the usual upper limit for your age and sex "
            + "(age ÷ 2 for men, (age + 10) ÷ 2 for women). Widespread pain on its own does not raise the ESR. "
            + RedFlagRule.ClosingSentence,
            LabSources.Miller1983,
            EsrAboveAgeLimit),
        new(
            AnaHighTiterId,
            "ANA at a titer of 1:160 or higher",
            "An antinuclear antibody (ANA) test was positive at a titer of 1:160 or higher. Low titers are common in healthy people; "
            + "1:160 or higher is the level usually taken as meaningful, and it is read together with symptoms and other tests. "
            + RedFlagRule.ClosingSentence,
            LabSources.Tan1997,
            AnaHighTiter),
        new(
            RfOrAntiCcpId,
            "Positive RF or anti-CCP antibodies",
            "An RF or anti-CCP antibody test was positive or above the lab's range. These antibodies are not part of widespread pain "
            + "on its own, and they are read together with any joint swelling or stiffness. "
            + RedFlagRule.ClosingSentence,
            RedFlagsSource,
            LabRule([Analytes.Rf, Analytes.AntiCcp], months: null, l => l.Flag is LabFlag.Positive or LabFlag.High || l.Result.Positive == true)),
        new(
            RaisedCkId,
            "Raised creatine kinase (CK)",
            "A creatine kinase (CK) result in the last 12 months was above the lab's range. CK leaks from muscle; it also rises for a few "
            + "days after hard exercise and with some medicines, so a raised level is worth checking, especially with muscle weakness. "
            + RedFlagRule.ClosingSentence,
            RedFlagsSource,
            LabRule([Analytes.CreatineKinase], LabWindowMonths, l => l.Flag == LabFlag.High)),
        DiarySign(
            RedFlagSigns.JointSwelling,
            "Swollen joints recorded",
            "You recorded swollen joints in the last 30 days. Visible swelling of a joint is not part of widespread pain on its own, "
            + "and it is best examined while it is swollen. " + RedFlagRule.ClosingSentence),
        DiarySign(
            RedFlagSigns.MorningStiffnessOver1h,
            "Morning stiffness over an hour recorded",
            "You recorded morning stiffness lasting more than an hour in the last 30 days. Stiffness that takes that long to ease can "
            + "come from inflamed joints or muscles rather than from pain sensitivity. " + RedFlagRule.ClosingSentence),
        DiarySign(
            RedFlagSigns.Rash,
            "Rash recorded",
            "You recorded a rash in the last 30 days. A rash is not part of widespread pain on its own; a photo taken while it is "
            + "visible helps. " + RedFlagRule.ClosingSentence),
        DiarySign(
            RedFlagSigns.Fever,
            "Repeated fever recorded",
            "You recorded a fever on 3 or more days in the last 30 days. Repeated fever is not part of widespread pain on its own. "
            + RedFlagRule.ClosingSentence,
            FeverMinDays),
        DiarySign(
            RedFlagSigns.WeightLoss,
            "Unintended weight loss recorded",
            "You recorded losing weight without trying in the last 30 days. Unintended weight loss deserves a check-up of its own. "
            + RedFlagRule.ClosingSentence),
        DiarySign(
            RedFlagSigns.MuscleWeakness,
            "Muscle weakness recorded",
            "You recorded muscle weakness in the last 30 days: muscles that cannot do a task, as opposed to pain or tiredness. "
            + "True weakness is not part of widespread pain on its own. " + RedFlagRule.ClosingSentence),
        new(
            StiffnessAfter50Id,
            "Stiffness with raised inflammation markers after 50",
            "You are 50 or older, recorded morning stiffness lasting more than an hour, and had a raised CRP or ESR in the last 3 months. "
            + "New pain and stiffness around the shoulders or hips with raised markers after 50 should be assessed promptly. "
            + RedFlagRule.ClosingSentence,
            RedFlagsSource,
            StiffnessAfter50),
    ];

    /// <summary>
    /// A rule firing on each result of <paramref name="codes"/> matching <paramref name="matches"/>
    /// within the last <paramref name="months"/> months (any date when <c>null</c>).
    /// </summary>
    public static Func<RedFlagContext, IReadOnlyList<RedFlagEvidence>> LabRule(
        IReadOnlyCollection<string> codes, int? months, Func<FlaggedLabResult, bool> matches) =>
        context =>
        {
            var labs = months is { } m ? context.LabsOf(codes, context.Today.AddMonths(-m)) : context.LabsOf(codes);
            return labs.Where(matches).Select(l => RedFlagEvidence.FromLab(l)).ToList();
        };

    /// <summary>A rule firing when <paramref name="signCode"/> was recorded yes on at least <paramref name="minDays"/> days in the last 30.</summary>
    public static RedFlagRule DiarySign(string signCode, string title, string explanation, int minDays = 1) =>
        new(SignRuleId(signCode), title, explanation, RedFlagsSource, context =>
        {
            var days = context.DaysRecordedYes(signCode, context.Today.AddDays(1 - DiaryWindowDays));
            return days.Count >= minDays ? days.Select(d => RedFlagEvidence.FromDiary(signCode, d)).ToList() : [];
        });

    /// <summary>Raised (High) CRP, hs-CRP or ESR results from <paramref name="from"/> to today.</summary>
    private static List<FlaggedLabResult> RaisedMarkers(RedFlagContext context, DateOnly from) =>
        context.LabsOf(InflammationMarkers, from).Where(l => l.Flag == LabFlag.High).ToList();

    /// <summary>
    /// Any two raised inflammation-marker results (CRP, hs-CRP or ESR, mixed or not) at least 28 days
    /// apart within the last 12 months; the evidence is every raised result in that window.
    /// </summary>
    private static List<RedFlagEvidence> PersistentInflammation(RedFlagContext context)
    {
        var raised = RaisedMarkers(context, context.Today.AddMonths(-LabWindowMonths));
        return raised.Count >= 2 && raised[^1].Date.DayNumber - raised[0].Date.DayNumber >= PersistenceDays
            ? raised.Select(l => RedFlagEvidence.FromLab(l)).ToList()
            : [];
    }

    /// <summary>
    /// ESR above Miller's age/sex limit on the specimen date, whatever the lab's own range says. Needs
    /// the birth date; with sex not recorded the higher (women's) limit is used.
    /// </summary>
    private static List<RedFlagEvidence> EsrAboveAgeLimit(RedFlagContext context) =>
        context.LabsOf([Analytes.Esr], context.Today.AddMonths(-LabWindowMonths))
            .Select(l => (Lab: l, Limit: EsrReference.UpperLimitFor(context.Person, l.Date)))
            .Where(x => x.Limit is { } limit && x.Lab.Result.CanonicalValue > limit)
            .Select(x => RedFlagEvidence.FromLab(x.Lab, $"age-adjusted limit {LabFormat.Number(x.Limit!.Value)} mm/h (Miller 1983)"))
            .ToList();

    private static List<RedFlagEvidence> AnaHighTiter(RedFlagContext context) =>
        context.LabsOf([Analytes.Ana])
            .Where(l => l.Result.Titer is { Dilution: >= Analytes.AnaSignificantTiter })
            .Select(l => RedFlagEvidence.FromLab(l, "1:160 or higher"))
            .ToList();

    /// <summary>
    /// Simplification: the diary records neither when widespread pain began nor where stiffness is, so
    /// "new widespread pain with shoulder/hip stiffness" is read as morning stiffness over an hour
    /// recorded in the last 3 months. Fires when the person is 50 or older today, that stiffness was
    /// recorded, and a CRP, hs-CRP or ESR result in the same 3 months was High.
    /// </summary>
    private static List<RedFlagEvidence> StiffnessAfter50(RedFlagContext context)
    {
        if (context.Age is not (>= OlderAge and var age))
        {
            return [];
        }

        var from = context.Today.AddMonths(-StiffnessAfter50WindowMonths);
        var raised = RaisedMarkers(context, from);
        var stiffDays = context.DaysRecordedYes(RedFlagSigns.MorningStiffnessOver1h, from);
        if (raised.Count == 0 || stiffDays.Count == 0)
        {
            return [];
        }

        return
        [
            new(RedFlagEvidence.AgeCode, "Age", context.Today, age.ToString(CultureInfo.InvariantCulture) + " years"),
            .. raised.Select(l => RedFlagEvidence.FromLab(l)),
            .. stiffDays.Select(d => RedFlagEvidence.FromDiary(RedFlagSigns.MorningStiffnessOver1h, d)),
        ];
    }
}
