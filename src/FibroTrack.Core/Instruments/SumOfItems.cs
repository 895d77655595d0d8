namespace FibroTrack.Core.Instruments;

/// <summary>Scoring for instruments whose total is the plain sum of every item (PHQ-9, GAD-7).</summary>
internal static class SumOfItems
{
    /// <summary>
    /// The sum when every item is answered. Neither Kroenke 2001 nor Spitzer 2006 gives a rule for
    /// missing items, so a form with any missing item has no score rather than a guessed one.
    /// </summary>
    public static (double? Total, List<string> Notes) Score(InstrumentResponse response, string shortName)
    {
        var definition = response.Instrument;
        var missing = definition.Items.Count(i => response.Answer(i.Code) is null);
        if (missing > 0)
        {
            return (null,
            [
                $"{ScoringText.Count(missing, "item", "items")} missing: no score. The {shortName} is scored only when all {definition.Items.Count} items are answered; its authors give no rule for missing items.",
            ]);
        }

        return (definition.Items.Sum(i => response.Answer(i.Code)!.Value), []);
    }
}
