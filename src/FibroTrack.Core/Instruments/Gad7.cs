namespace FibroTrack.Core.Instruments;

/// <summary>
/// Generalized Anxiety Disorder-7: anxiety symptom severity over the last 2 weeks, 7 items 0–3,
/// total 0–21 (Spitzer et al. 2006). A severity measure, not a diagnosis.
/// </summary>
public static class Gad7
{
    public const string Id = "gad7";

    public const string Citation =
        "Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092–1097.";

    /// <summary>Spitzer 2006: cut-points 5, 10 and 15 mark mild, moderate and severe anxiety.</summary>
    public static readonly BandScheme Bands = new(
        "spitzer-2006",
        "Spitzer 2006",
        Citation,
        [
            new("Minimal", "0–4", 5),
            new("Mild", "5–9", 10),
            new("Moderate", "10–14", 15),
            new("Severe", "15–21", double.PositiveInfinity),
        ]);

    public static readonly InstrumentDefinition Definition = new()
    {
        Id = Id,
        Name = "GAD-7 anxiety questionnaire",
        ShortDescription = "Seven questions on how often worry and related problems bothered you; a measure of severity, not a diagnosis.",
        RecallPeriod = "the last 2 weeks",
        Citation = Citation,
        Licence = "Developed by Drs Robert L. Spitzer, Janet B. W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. "
            + "Released by Pfizer without copyright restriction or charge: free to use, keep this attribution. Item labels here are short paraphrases.",
        Loinc = "70274-6", // CLINICAL.md "Codes": GAD-7 total.
        TotalLabel = "GAD-7 total",
        TotalMax = 21, // 7 items × 3 (Spitzer 2006).
        Sections = [new("items", "How often have these bothered you?")],
        Items =
        [
            Item(1, "Feeling nervous, anxious or on edge"),
            Item(2, "Not being able to stop or control worrying"),
            Item(3, "Worrying too much about many different things"),
            Item(4, "Finding it hard to relax"),
            Item(5, "Being so restless that sitting still is hard"),
            Item(6, "Getting easily annoyed or irritable"),
            Item(7, "Feeling afraid that something awful might happen"),
        ],
        BandSchemes = [Bands],
    };

    internal static InstrumentScore Score(InstrumentResponse response)
    {
        var (total, notes) = SumOfItems.Score(response, "GAD-7");
        if (total is not null)
        {
            // Spitzer 2006: a total of 10 or more had 89% sensitivity and 82% specificity for generalized anxiety disorder.
            notes.Add("The GAD-7 measures how severe anxiety symptoms are; it is not a diagnosis. Talk to a clinician about a score of 10 or more, or any time you are worried.");
        }

        return new InstrumentScore
        {
            InstrumentId = Id,
            Total = total,
            Band = total is { } value ? Bands.Classify(value).Label : null,
            BandCitation = total is null ? null : Bands.Citation,
            Notes = notes,
        };
    }

    private static InstrumentItem Item(int number, string text) => new()
    {
        Code = $"gad7.{number}",
        Text = text,
        Section = "items",
        Max = 3,
        Options = ResponseOptions.Frequency,
    };
}
