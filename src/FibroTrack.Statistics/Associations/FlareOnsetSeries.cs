using FibroTrack.Statistics.Flares;

namespace FibroTrack.Statistics.Associations;

/// <summary>The flare-onset series <see cref="FlareOnsetModel"/> models, built from detected flares.</summary>
public static class FlareOnsetSeries
{
    /// <summary>
    /// One value per day of <paramref name="analysis"/>' composite grid: 1 on the first day of a flare episode, NaN on
    /// its later days (the person is not at risk of a flare that has already begun), NaN where the composite is missing
    /// (unrecorded: no one knows whether a flare began), 0 on every other day (at risk, no onset).
    /// </summary>
    /// <remarks>
    /// An episode's start is its first day above the bar, so it always has a composite; days of an episode that the
    /// detector bridged over a gap are NaN either way. When the rule could not run (<see cref="FlareAnalysis.Evaluated"/>
    /// false) no day is known to be free of flares, so every day is NaN and the model answers "not enough data".
    /// </remarks>
    public static double[] Build(FlareAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var composite = analysis.Composite;
        var onset = new double[composite.Length];
        if (!analysis.Evaluated)
        {
            Array.Fill(onset, double.NaN);
            return onset;
        }

        for (var t = 0; t < onset.Length; t++)
        {
            onset[t] = double.IsNaN(composite[t]) ? double.NaN : 0;
        }

        foreach (var episode in analysis.Episodes)
        {
            var first = episode.Start.DayNumber - analysis.Start.DayNumber;
            var last = Math.Min(episode.End.DayNumber - analysis.Start.DayNumber, onset.Length - 1);
            if (first < 0 || first >= onset.Length)
            {
                continue;
            }

            onset[first] = double.IsNaN(composite[first]) ? double.NaN : 1;
            for (var t = first + 1; t <= last; t++)
            {
                onset[t] = double.NaN;
            }
        }

        return onset;
    }
}
