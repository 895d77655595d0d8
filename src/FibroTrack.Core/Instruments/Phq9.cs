namespace FibroTrack.Core.Instruments;

/// <summary>
/// Patient Health Questionnaire-9: depression symptom severity over the last 2 weeks, 9 items 0–3,
/// total 0–27 (Kroenke et al. 2001). A severity measure, not a diagnosis.
/// </summary>
public static class Phq9
{
    public const string Id = "phq9";

    public const string Citation =
        "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. J Gen Intern Med. 2001;16(9):606–613.";

    /// <summary>Code of item 9, thoughts of being better off dead or of self-harm.</summary>
    public const string SelfHarmItem = "phq9.9";

    /// <summary>
    /// Shown, prominently and before any score, whenever <see cref="SelfHarmItem"/> is above 0
    /// (<see cref="InstrumentScore.SafetyAlert"/>). Plain and kind; it names no diagnosis.
    /// </summary>
    public const string SafetyMessage =
        "You said you have had thoughts that you would be better off dead, or of hurting yourself. "
        + "Thank you for answering honestly. You do not have to face this alone, and help is available now. "
        + "If you might act on these thoughts, or you are in danger, call your local emergency number or go to the nearest emergency department now. "
        + "Many countries have free crisis lines, open day and night: for example 988 in the US (call or text) and Samaritans on 116 123 in the UK and Ireland. "
        + "Please also tell your doctor or another clinician you trust about these thoughts as soon as you can. "
        + "FibroTrack cannot respond to emergencies and nobody is notified of your answers.";

    /// <summary>Kroenke 2001: cut-points 5, 10, 15 and 20 mark mild, moderate, moderately severe and severe.</summary>
    public static readonly BandScheme Bands = new(
        "kroenke-2001",
        "Kroenke 2001",
        Citation,
        [
            new("Minimal", "0–4", 5),
            new("Mild", "5–9", 10),
            new("Moderate", "10–14", 15),
            new("Moderately severe", "15–19", 20),
            new("Severe", "20–27", double.PositiveInfinity),
        ]);

    public static readonly InstrumentDefinition Definition = new()
    {
        Id = Id,
        Name = "PHQ-9 depression questionnaire",
        ShortDescription = "Nine questions on how often low mood and related problems bothered you; a measure of severity, not a diagnosis.",
        RecallPeriod = "the last 2 weeks",
        Citation = Citation,
        Licence = "Developed by Drs Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. "
            + "Released by Pfizer without copyright restriction or charge: free to use, keep this attribution. Item labels here are short paraphrases.",
        Loinc = "44261-6", // CLINICAL.md "Codes": PHQ-9 total.
        TotalLabel = "PHQ-9 total",
        TotalMax = 27, // 9 items × 3 (Kroenke 2001).
        Sections = [new("items", "How often have these bothered you?")],
        Items =
        [
            Item(1, "Little interest or enjoyment in doing things"),
            Item(2, "Feeling down, low or hopeless"),
            Item(3, "Sleeping too little or too much"),
            Item(4, "Feeling tired or low on energy"),
            Item(5, "Poor appetite or overeating"),
            Item(6, "Feeling bad about yourself, or that you have let people down"),
            Item(7, "Trouble concentrating"),
            Item(8, "Moving or speaking noticeably slowly, or being unusually restless"),
            Item(9, "Thoughts that you would be better off dead, or of hurting yourself"),
        ],
        BandSchemes = [Bands],
    };

    internal static InstrumentScore Score(InstrumentResponse response)
    {
        // Item 9 is checked on its own: an alert must never depend on the rest of the form being complete.
        var alert = response.Answer(SelfHarmItem) > 0;
        var (total, notes) = SumOfItems.Score(response, "PHQ-9");
        if (alert)
        {
            notes.Insert(0, SafetyMessage);
        }

        if (total is not null)
        {
            // Kroenke 2001: a total of 10 or more had 88% sensitivity and 88% specificity for major depression.
            notes.Add("The PHQ-9 measures how severe depression symptoms are; it is not a diagnosis. Talk to a clinician about a score of 10 or more, or any time you are worried.");
        }

        return new InstrumentScore
        {
            InstrumentId = Id,
            Total = total,
            Band = total is { } value ? Bands.Classify(value).Label : null,
            BandCitation = total is null ? null : Bands.Citation,
            Notes = notes,
            SafetyAlert = alert,
        };
    }

    private static InstrumentItem Item(int number, string text) => new()
    {
        Code = $"phq9.{number}",
        Text = text,
        Section = "items",
        Max = 3,
        Options = ResponseOptions.Frequency,
    };
}
