namespace FibroTrack.Core.Instruments;

/// <summary>Scores a checked response by its instrument's published rule.</summary>
public static class InstrumentScorer
{
    public static InstrumentScore Score(InstrumentResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Instrument.Id switch
        {
            Acr2016.Id => Acr2016.Score(response),
            Fiqr.Id => Fiqr.Score(response),
            Peg.Id => Peg.Score(response),
            Phq9.Id => Phq9.Score(response),
            Gad7.Id => Gad7.Score(response),
            _ => throw new ArgumentException($"No scoring rule for instrument '{response.Instrument.Id}'.", nameof(response)),
        };
    }
}
