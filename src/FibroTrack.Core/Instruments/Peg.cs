namespace FibroTrack.Core.Instruments;

/// <summary>
/// PEG: pain intensity and interference over the past week, 3 items 0–10, score = their mean
/// (Krebs et al. 2009). No severity bands are published; follow the score's change over time.
/// </summary>
public static class Peg
{
    public const string Id = "peg";

    public const string Citation =
        "Krebs EE, Lorenz KA, Bair MJ, Damush TM, Wu J, Sutherland JM, Asch SM, Kroenke K. Development and initial validation of the PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med. 2009;24(6):733–738.";

    public const string PainItem = "peg.1";
    public const string EnjoymentItem = "peg.2";
    public const string ActivityItem = "peg.3";

    public static readonly InstrumentDefinition Definition = new()
    {
        Id = Id,
        Name = "PEG pain scale",
        ShortDescription = "Three 0–10 questions on average pain and how much it got in the way of enjoying life and of everyday activity.",
        RecallPeriod = "the past week",
        Citation = Citation,
        Licence = "Published by Krebs et al. 2009 for use in primary care; no licence terms were found. Credit the authors. Item labels here are the project's own words.",
        Loinc = null, // CLINICAL.md "Codes": no LOINC found for the PEG score.
        TotalLabel = "PEG score",
        TotalMax = 10, // Mean of three 0–10 items (Krebs 2009).
        Sections = [new("items", "Pain and how it gets in the way")],
        Items =
        [
            new() { Code = PainItem, Text = "Average pain", Section = "items", Max = 10, AnchorLow = "No pain", AnchorHigh = "Worst pain you can imagine" },
            new() { Code = EnjoymentItem, Text = "How much pain interfered with enjoying life", Section = "items", Max = 10, AnchorLow = "Not at all", AnchorHigh = "Completely" },
            new() { Code = ActivityItem, Text = "How much pain interfered with everyday activity", Section = "items", Max = 10, AnchorLow = "Not at all", AnchorHigh = "Completely" },
        ],
    };

    internal static InstrumentScore Score(InstrumentResponse response)
    {
        var definition = response.Instrument;
        var missing = definition.Items.Count(i => response.Answer(i.Code) is null);
        if (missing > 0)
        {
            // Krebs 2009 defines the score as the mean of all three items and gives no rule for a missing one.
            return new InstrumentScore
            {
                InstrumentId = Id,
                Notes = [$"{ScoringText.Count(missing, "item", "items")} missing: no score. The PEG score is the mean of all 3 items."],
            };
        }

        return new InstrumentScore
        {
            InstrumentId = Id,
            Total = definition.Items.Sum(i => response.Answer(i.Code)!.Value) / 3.0, // Krebs 2009: mean of the 3 items.
            Notes = ["The PEG has no published severity bands: compare the score with your own earlier ones."],
        };
    }
}
