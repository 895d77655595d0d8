namespace FibroTrack.Statistics.Flares;

/// <summary>
/// How the rule's flare days compare with the days the person pressed "I'm in a flare" (<c>event.flare</c>), the
/// ground truth STATS.md §3 asks us to keep.
/// </summary>
/// <param name="ComparedDays">Days the button was answered (yes or no) and the rule could judge: the day lies in an
/// episode, or it has a composite and a baseline. Unanswered days are not counted as "no".</param>
/// <param name="Both">Pressed and inside a detected episode.</param>
/// <param name="ButtonOnly">Pressed, outside every episode.</param>
/// <param name="RuleOnly">Inside an episode, answered "no".</param>
/// <param name="Neither">Answered "no", outside every episode.</param>
/// <param name="SimpleAgreement">(Both + Neither) / ComparedDays.</param>
/// <param name="Kappa">Cohen's κ on the same 2×2 table; NaN when one of the two never or always says "flare".</param>
/// <param name="ButtonEpisodes">Runs of pressed days (a single unanswered or missing day inside does not break one).</param>
/// <param name="ButtonEpisodesDetected">Of those, runs that overlap a detected episode.</param>
/// <param name="EpisodesWithPress">Detected episodes with at least one pressed day inside.</param>
/// <remarks>Implementation note: flare days are rare (a few percent), and at such prevalence simple agreement is high
/// whatever the rule does (saying "never" agrees on ~95% of days) while κ can be low despite good agreement on the
/// flare days themselves (Feinstein &amp; Cicchetti, J Clin Epidemiol 1990;43:543–549). So both are given, with the
/// table and the episode-level counts, which are what a person can check against memory. κ = (p_o − p_e)/(1 − p_e)
/// (Cohen, Educ Psychol Meas 1960;20:37–46).</remarks>
public sealed record FlareAgreement(
    int ComparedDays,
    int Both,
    int ButtonOnly,
    int RuleOnly,
    int Neither,
    double SimpleAgreement,
    double Kappa,
    int ButtonEpisodes,
    int ButtonEpisodesDetected,
    int EpisodesWithPress)
{
    /// <summary>Compares, or returns null when the button was never answered on a day the rule could judge.</summary>
    internal static FlareAgreement? Compute(ReadOnlySpan<double> button, ReadOnlySpan<double> composite, ReadOnlySpan<double> baseline, IReadOnlyList<DayRange> episodes)
    {
        var n = button.Length;
        var inEpisode = new bool[n];
        foreach (var e in episodes)
        {
            inEpisode.AsSpan(e.Start, e.End - e.Start + 1).Fill(true);
        }

        int both = 0, buttonOnly = 0, ruleOnly = 0, neither = 0;
        for (var t = 0; t < n; t++)
        {
            var answer = button[t];
            var judged = inEpisode[t] || (!double.IsNaN(composite[t]) && !double.IsNaN(baseline[t]));
            if (double.IsNaN(answer) || !judged)
            {
                continue;
            }

            var pressed = answer >= 0.5;
            if (pressed && inEpisode[t])
            {
                both++;
            }
            else if (pressed)
            {
                buttonOnly++;
            }
            else if (inEpisode[t])
            {
                ruleOnly++;
            }
            else
            {
                neither++;
            }
        }

        var total = both + buttonOnly + ruleOnly + neither;
        if (total == 0)
        {
            return null;
        }

        double m = total;
        var observedAgreement = (both + neither) / m;
        var expected = ((both + buttonOnly) / m * ((both + ruleOnly) / m)) + ((ruleOnly + neither) / m * ((buttonOnly + neither) / m));
        var kappa = expected < 1 ? (observedAgreement - expected) / (1 - expected) : double.NaN;

        var buttonRuns = PressRuns(button);
        var detected = buttonRuns.Count(r => episodes.Any(e => e.Start <= r.End && r.Start <= e.End));
        var withPress = episodes.Count(e => buttonRuns.Any(r => e.Start <= r.End && r.Start <= e.End));
        return new FlareAgreement(total, both, buttonOnly, ruleOnly, neither, observedAgreement, kappa, buttonRuns.Count, detected, withPress);
    }

    private static List<DayRange> PressRuns(ReadOnlySpan<double> button)
    {
        var runs = new List<DayRange>();
        var start = -1;
        var last = -1;
        for (var t = 0; t < button.Length; t++)
        {
            var answer = button[t];
            if (answer >= 0.5)
            {
                if (start < 0)
                {
                    start = t;
                }

                last = t;
            }
            else if (start >= 0 && (!double.IsNaN(answer) || t - last > 1))
            {
                runs.Add(new DayRange(start, last));
                start = -1;
            }
        }

        if (start >= 0)
        {
            runs.Add(new DayRange(start, last));
        }

        return runs;
    }
}
