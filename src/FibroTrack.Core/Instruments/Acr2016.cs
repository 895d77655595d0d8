using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Instruments;

/// <summary>
/// The ACR 2016 fibromyalgia criteria on self-report (Wolfe et al. 2016): the Widespread Pain
/// Index (19 areas, 0/1), the Symptom Severity Scale (0–12) and the 3-month duration question. The
/// total is the fibromyalgia severity scale FS = WPI + SSS (0–31), banded as in Wolfe et al. 2015.
/// A screening result on self-report, never a diagnosis.
/// </summary>
/// <remarks>
/// Implementation note on missing answers: all six SSS items and the duration question are needed
/// (no published rule fills them in). Body-map areas that are absent count as not painful, but only
/// when at least one of the 19 areas was answered (0 or 1): a body map sent at all is taken as
/// filled in, with ticked areas 1 and the rest left out. With no area answered there is no score.
/// Forms should send all 19 areas, as the diary's body map does.
/// </remarks>
public static class Acr2016
{
    public const string Id = "acr2016";

    public const string Citation =
        "Wolfe F, Clauw DJ, Fitzcharles MA, et al. 2016 Revisions to the 2010/2011 fibromyalgia diagnostic criteria. Semin Arthritis Rheum. 2016;46(3):319–329.";

    public const string Wolfe2015Citation =
        "Wolfe F, Walitt BT, Rasker JJ, Katz RS, Häuser W. The use of polysymptomatic distress categories in the evaluation of fibromyalgia (FM) and FM severity. J Rheumatol. 2015;42(8):1494–1501.";

    /// <summary>The only wording for a positive result: self-report is screening, not diagnosis (Wolfe 2016; CLINICAL.md).</summary>
    public const string MeetsCriteriaPhrase = "meets the ACR 2016 criteria on self-report (screening)";

    public const string DoesNotMeetCriteriaPhrase = "does not meet the ACR 2016 criteria on self-report (screening)";

    public const string MeetsCriteriaSentence = "This response " + MeetsCriteriaPhrase + ".";

    public const string DoesNotMeetCriteriaSentence = "This response " + DoesNotMeetCriteriaPhrase + ".";

    public const string Fatigue = "acr2016.fatigue";
    public const string Unrefreshed = "acr2016.unrefreshed";
    public const string Cognitive = "acr2016.cognitive";
    public const string Headache = "acr2016.headache";
    public const string LowerAbdominal = "acr2016.lower-abdominal";
    public const string Depression = "acr2016.depression";
    public const string Duration = "acr2016.duration-3-months";

    /// <summary>Section ids.</summary>
    public const string BodyMap = "wpi";
    public const string PastWeek = "sss-week";
    public const string PastSixMonths = "sss-six-months";
    public const string DurationSection = "duration";

    /// <summary>Subscore keys.</summary>
    public const string WpiKey = "wpi";
    public const string SssKey = "sss";
    public const string FsKey = "fs";
    public const string RegionsKey = "regions";

    /// <summary>Wolfe 2015 polysymptomatic distress (FS) categories: 0–3 none, 4–7 mild, 8–11 moderate, 12–19 severe, 20–31 very severe.</summary>
    public static readonly BandScheme FsCategories = new(
        "wolfe-2015",
        "Wolfe 2015",
        Wolfe2015Citation,
        [
            new("None", "0–3", 4),
            new("Mild", "4–7", 8),
            new("Moderate", "8–11", 12),
            new("Severe", "12–19", 20),
            new("Very severe", "20–31", double.PositiveInfinity),
        ]);

    private static readonly string[] SssItems = [Fatigue, Unrefreshed, Cognitive, Headache, LowerAbdominal, Depression];

    public static readonly InstrumentDefinition Definition = new()
    {
        Id = Id,
        Name = "ACR 2016 fibromyalgia criteria (self-report)",
        ShortDescription = "Where you had pain in the last week, how much fatigue, unrefreshing sleep and thinking problems bothered you, three other symptoms, and for how long. A screening check, not a diagnosis.",
        RecallPeriod = "the past week",
        Citation = Citation,
        Licence = "Criteria published by Wolfe et al. 2016 (Semin Arthritis Rheum); severity categories by Wolfe et al. 2015. Credit the authors. Item labels here are the project's own words.",
        Loinc = null, // CLINICAL.md "Codes": no LOINC listed for the ACR 2016 scores.
        TotalLabel = "Fibromyalgia severity (WPI + SSS)",
        TotalMax = 31, // WPI 19 + SSS 12 (Wolfe 2016).
        Sections =
        [
            new(BodyMap, "Where you had pain"),
            new(PastWeek, "How much of a problem these were"),
            new(PastSixMonths, "Did you have these?", "the previous 6 months"),
            new(DurationSection, "How long", "at least the last 3 months"),
        ],
        Items =
        [
            .. BodyAreas.All.Select(a => new InstrumentItem { Code = a.Code, Text = a.Label, Section = BodyMap, Max = 1, Options = ResponseOptions.NoYes }),
            Severity(Fatigue, "Fatigue"),
            Severity(Unrefreshed, "Waking up unrefreshed"),
            Severity(Cognitive, "Trouble thinking or remembering"),
            YesNo(Headache, "Headaches", PastSixMonths),
            YesNo(LowerAbdominal, "Pain or cramps in the lower abdomen", PastSixMonths),
            YesNo(Depression, "Depression", PastSixMonths),
            YesNo(Duration, "Symptoms at a similar level for at least 3 months", DurationSection),
        ],
        BandSchemes = [FsCategories],
    };

    internal static InstrumentScore Score(InstrumentResponse response)
    {
        var notes = new List<string>();
        var missing = SssItems.Append(Duration).Where(c => response.Answer(c) is null).ToList();
        if (missing.Count > 0)
        {
            var labels = missing.Select(c => response.Instrument.FindItem(c)!.Text);
            notes.Add($"{ScoringText.Count(missing.Count, "question", "questions")} not answered ({string.Join(", ", labels)}): no result. The criteria need every symptom question and the duration question.");
        }

        var areasAnswered = BodyAreas.All.Count(a => response.Answer(a.Code) is not null);
        if (areasAnswered == 0)
        {
            notes.Add("The body map was not answered: no result. Mark the areas where you had pain in the last week (none is an answer too).");
        }

        if (notes.Count > 0)
        {
            return new InstrumentScore { InstrumentId = Id, Notes = notes };
        }

        if (areasAnswered < BodyAreas.All.Count)
        {
            var unanswered = BodyAreas.All.Count - areasAnswered;
            notes.Add($"{ScoringText.Count(unanswered, "body area was", "body areas were")} left unanswered and counted as not painful.");
        }

        var painful = BodyAreas.All.Where(a => response.Answer(a.Code) == 1).ToList();
        var wpi = painful.Count;
        var sss = SssItems.Sum(c => response.Answer(c)!.Value);
        var fs = wpi + sss;

        // Wolfe 2016: generalized pain = pain in at least 4 of 5 regions; jaw, chest and abdomen do not count.
        var regions = painful.Where(a => a.CountsForGeneralizedPain).Select(a => a.Region).Distinct().Order().ToList();

        var failed = new List<AcrCondition>();
        // Wolfe 2016, criterion 1: WPI ≥ 7 and SSS ≥ 5, or WPI 4–6 and SSS ≥ 9.
        if (!((wpi >= 7 && sss >= 5) || (wpi is >= 4 and <= 6 && sss >= 9)))
        {
            failed.Add(AcrCondition.WpiAndSss);
            notes.Add($"Pain areas (WPI {wpi}) and symptom severity (SSS {sss}) are below the threshold: the criteria need WPI 7 or more with SSS 5 or more, or WPI 4–6 with SSS 9 or more.");
        }

        // Wolfe 2016, criterion 2: at least 4 of the 5 regions.
        if (regions.Count < 4)
        {
            failed.Add(AcrCondition.GeneralizedPain);
            notes.Add($"Pain in {ScoringText.Count(regions.Count, "region", "regions")} of 5: generalized pain needs 4 (jaw, chest and abdomen do not count towards it).");
        }

        // Wolfe 2016, criterion 3: symptoms at a similar level for at least 3 months.
        var duration = response.Answer(Duration) == 1;
        if (!duration)
        {
            failed.Add(AcrCondition.Duration);
            notes.Add("Symptoms have not been at a similar level for at least 3 months.");
        }

        var category = FsCategories.Classify(fs).Label;
        var result = new AcrResult(wpi, sss, category, regions, duration, failed);
        notes.Insert(0, result.Summary);
        notes.Add(result.MeetsCriteria
            ? "This is a screening result, not a diagnosis. Only a clinician can diagnose fibromyalgia, and it does not rule out other conditions: take this result to your doctor."
            : "This is a screening result on self-report. If you are worried about your symptoms, talk to your doctor.");

        return new InstrumentScore
        {
            InstrumentId = Id,
            Total = fs,
            Band = category,
            BandCitation = FsCategories.Citation,
            Subscores = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                [WpiKey] = wpi,
                [SssKey] = sss,
                [FsKey] = fs,
                [RegionsKey] = regions.Count,
            },
            Notes = notes,
            Acr = result,
        };
    }

    private static InstrumentItem Severity(string code, string text) => new()
    {
        Code = code,
        Text = text,
        Section = PastWeek,
        Max = 3,
        Options = ResponseOptions.SymptomSeverity,
    };

    private static InstrumentItem YesNo(string code, string text, string section) => new()
    {
        Code = code,
        Text = text,
        Section = section,
        Max = 1,
        Options = ResponseOptions.NoYes,
    };
}
