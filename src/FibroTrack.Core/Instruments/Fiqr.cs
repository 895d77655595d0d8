namespace FibroTrack.Core.Instruments;

/// <summary>
/// Revised Fibromyalgia Impact Questionnaire: 21 items 0–10 about the last 7 days in three
/// domains, total 0–100 (Bennett et al. 2009).
/// </summary>
/// <remarks>
/// Implementation note on missing items (Bennett 2009; the authors' scoring page, fiqr.info
/// "Scoring the FIQR and SIQR"): a domain with x of its n items answered is weighted by n/x, and
/// the form has no score when 2 or more function items, or any overall-impact or symptom item,
/// are missing. In practice only the function domain is ever scaled, by 9/8.
/// </remarks>
public static class Fiqr
{
    public const string Id = "fiqr";

    public const string Citation =
        "Bennett RM, Friend R, Jones KD, Ward R, Han BK, Ross RL. The Revised Fibromyalgia Impact Questionnaire (FIQR): validation and psychometric properties. Arthritis Res Ther. 2009;11(4):R120.";

    public const string Salaffi2020Citation =
        "Salaffi F, Di Carlo M, Bazzichi L, et al. Definition of fibromyalgia severity: findings from a cross-sectional survey of 2339 Italian patients. Rheumatology (Oxford). 2021;60(2):728–736 (online 2020). doi:10.1093/rheumatology/keaa355.";

    public const string Salaffi2018Citation =
        "Salaffi F, Di Carlo M, et al. Categorisation of disease severity states in fibromyalgia: a first step to support decision-making in health care policy. Clin Exp Rheumatol. 2018;36(6):1074–1081.";

    /// <summary>Section ids, which are also the <see cref="InstrumentScore.Subscores"/> keys.</summary>
    public const string Function = "function";
    public const string Overall = "overall";
    public const string Symptoms = "symptoms";

    /// <summary>
    /// Salaffi 2020 bands (0–23 remission, 24–40 mild, 41–63 moderate, 64–82 severe, 83+ very severe),
    /// the primary scheme.
    /// </summary>
    /// <remarks>
    /// Implementation note: FIQR totals are fractional (function ÷ 3, symptoms ÷ 2, and the 9/8
    /// scaling) but the published ranges are whole numbers with gaps (82 to 83, 23 to 24, …). A
    /// total belongs to the band whose published lower edge it has reached: 82.5 is severe, 83 very
    /// severe, 23.5 remission. Every whole-number total stays where the paper puts it; the
    /// abstract's "&gt;83" is read as "≥ 83", as in CLINICAL.md.
    /// </remarks>
    public static readonly BandScheme Salaffi2020 = new(
        "salaffi-2020",
        "Salaffi 2020",
        Salaffi2020Citation,
        [
            new("Remission", "0–23", 24),
            new("Mild", "24–40", 41),
            new("Moderate", "41–63", 64),
            new("Severe", "64–82", 83),
            new("Very severe", "83–100", double.PositiveInfinity),
        ],
        "A total between two published ranges (e.g. 82.5) is placed in the lower band: each band starts at its published lower edge.");

    /// <summary>Salaffi 2018 bands (remission ≤ 30, mild 31–45, moderate 46–65, severe &gt; 65), the alternative scheme.</summary>
    /// <remarks>
    /// Implementation note: the paper's edges are "≤ 30", "&gt; 30 and ≤ 45", "&gt; 46 and ≤ 65",
    /// "&gt; 65"; a total belongs to the first band whose upper edge it does not exceed, so 45.5 is
    /// moderate (the 45–46 gap is read as "&gt; 45"). The paper calls the top band "high severity".
    /// </remarks>
    public static readonly BandScheme Salaffi2018 = new(
        "salaffi-2018",
        "Salaffi 2018",
        Salaffi2018Citation,
        [
            new("Remission", "≤ 30", 30, IncludesUpperBound: true),
            new("Mild", "31–45", 45, IncludesUpperBound: true),
            new("Moderate", "46–65", 65, IncludesUpperBound: true),
            new("Severe", "> 65", double.PositiveInfinity),
        ],
        "A total between two published ranges (e.g. 45.5) is placed in the higher band: each band ends at its published upper edge.");

    private const string FunctionLow = "No difficulty";
    private const string FunctionHigh = "Very difficult";

    public static readonly InstrumentDefinition Definition = new()
    {
        Id = Id,
        Name = "Revised Fibromyalgia Impact Questionnaire (FIQR)",
        ShortDescription = "21 questions on how fibromyalgia affected everyday tasks, your week overall and your symptoms.",
        RecallPeriod = "the last 7 days",
        Citation = Citation,
        Licence = "Credit: Bennett RM, Friend R, Jones KD, Ward R, Han BK, Ross RL (2009). The original FIQ is free for academic and clinical use and licensed for commercial use "
            + "(Mapi Research Trust); no FIQR-specific terms were found, so commercial deployments must check the terms with the authors. "
            + "Item labels here are the project's own words, not the questionnaire's.",
        Loinc = null, // CLINICAL.md "Codes": no LOINC found for FIQR scores.
        TotalLabel = "FIQR total",
        TotalMax = 100, // 30 + 20 + 50 (Bennett 2009).
        Sections =
        [
            new(Function, "How hard fibromyalgia made these tasks"),
            new(Overall, "Your week overall"),
            new(Symptoms, "Your symptoms"),
        ],
        Items =
        [
            Item("fiqr.f1", Function, "Grooming your hair", FunctionLow, FunctionHigh),
            Item("fiqr.f2", Function, "Walking for 20 minutes without a break", FunctionLow, FunctionHigh),
            Item("fiqr.f3", Function, "Cooking a meal at home", FunctionLow, FunctionHigh),
            Item("fiqr.f4", Function, "Cleaning the floors", FunctionLow, FunctionHigh),
            Item("fiqr.f5", Function, "Carrying a full bag of groceries", FunctionLow, FunctionHigh),
            Item("fiqr.f6", Function, "Going up one flight of stairs", FunctionLow, FunctionHigh),
            Item("fiqr.f7", Function, "Changing the bed sheets", FunctionLow, FunctionHigh),
            Item("fiqr.f8", Function, "Sitting for 45 minutes", FunctionLow, FunctionHigh),
            Item("fiqr.f9", Function, "Doing the grocery shopping", FunctionLow, FunctionHigh),
            Item("fiqr.o1", Overall, "Fibromyalgia kept you from your goals", "Never", "Always"),
            Item("fiqr.o2", Overall, "Fibromyalgia overwhelmed you", "Never", "Always"),
            Item("fiqr.s1", Symptoms, "Pain", "No pain", "Unbearable pain"),
            Item("fiqr.s2", Symptoms, "Energy", "Plenty of energy", "No energy"),
            Item("fiqr.s3", Symptoms, "Stiffness", "No stiffness", "Severe stiffness"),
            Item("fiqr.s4", Symptoms, "Sleep quality", "Woke up rested", "Woke up very tired"),
            Item("fiqr.s5", Symptoms, "Depression", "Not depressed", "Very depressed"),
            Item("fiqr.s6", Symptoms, "Memory", "Good memory", "Very poor memory"),
            Item("fiqr.s7", Symptoms, "Anxiety", "Not anxious", "Very anxious"),
            Item("fiqr.s8", Symptoms, "Tenderness to touch", "Not tender", "Very tender"),
            Item("fiqr.s9", Symptoms, "Balance", "No balance problems", "Severe balance problems"),
            Item("fiqr.s10", Symptoms, "Sensitivity to noise, light, smells or cold", "No sensitivity", "Extreme sensitivity"),
        ],
        BandSchemes = [Salaffi2020, Salaffi2018],
    };

    internal static InstrumentScore Score(InstrumentResponse response)
    {
        var missingFunction = response.MissingIn(Function).Count;
        var missingOverall = response.MissingIn(Overall).Count;
        var missingSymptoms = response.MissingIn(Symptoms).Count;

        var notes = new List<string>();
        // Bennett 2009: no score with 2 or more function items, or any overall-impact or symptom item, missing.
        if (missingFunction >= 2)
        {
            notes.Add($"{ScoringText.Count(missingFunction, "function item", "function items")} missing: no score, per Bennett 2009 (at most 1 of the 9 may be missing).");
        }

        if (missingOverall > 0)
        {
            notes.Add($"{ScoringText.Count(missingOverall, "overall-impact item", "overall-impact items")} missing: no score, per Bennett 2009 (both are needed).");
        }

        if (missingSymptoms > 0)
        {
            notes.Add($"{ScoringText.Count(missingSymptoms, "symptom item", "symptom items")} missing: no score, per Bennett 2009 (all 10 are needed).");
        }

        if (notes.Count > 0)
        {
            return new InstrumentScore { InstrumentId = Id, Notes = notes };
        }

        // Bennett 2009: function sum (0–90) ÷ 3, weighted by 9/answered when an item is missing.
        // One division (sum × 9 / answered / 3 = sum × 3 / answered) keeps whole results exact.
        var functionAnswered = 9 - missingFunction;
        var function = Sum(response, Function) * 3.0 / functionAnswered;
        if (missingFunction == 1)
        {
            notes.Add("1 function item missing: the function domain was scaled by 9/8, per Bennett 2009.");
        }

        var overall = (double)Sum(response, Overall); // Bennett 2009: overall-impact sum (0–20) as is.
        var symptoms = Sum(response, Symptoms) / 2.0; // Bennett 2009: symptom sum (0–100) ÷ 2.
        var total = function + overall + symptoms;

        return new InstrumentScore
        {
            InstrumentId = Id,
            Total = total,
            Band = Salaffi2020.Classify(total).Label,
            BandCitation = Salaffi2020.Citation,
            AlternativeBands = [Salaffi2018.Result(total)],
            Subscores = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                [Function] = function,
                [Overall] = overall,
                [Symptoms] = symptoms,
            },
            Notes = notes,
        };
    }

    private static int Sum(InstrumentResponse response, string section) =>
        response.Instrument.ItemsIn(section).Sum(i => response.Answer(i.Code) ?? 0);

    private static InstrumentItem Item(string code, string section, string text, string low, string high) => new()
    {
        Code = code,
        Text = text,
        Section = section,
        Max = 10,
        AnchorLow = low,
        AnchorHigh = high,
    };
}
