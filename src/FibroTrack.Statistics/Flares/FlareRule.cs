namespace FibroTrack.Statistics.Flares;

/// <summary>A run of calendar-day indices, both ends inclusive.</summary>
internal readonly record struct DayRange(int Start, int End);

/// <summary>
/// The flare rule on one series for one threshold, with the detect–exclude–recompute iteration of the
/// baseline. Shared by <see cref="FlareDetector"/> and <see cref="FlareCalibrator"/>, so the calibration
/// simulates exactly the rule that is applied. Holds its buffers so a calibration allocates once.
/// </summary>
/// <remarks>
/// <para>A day is <em>above</em> when its composite exceeds its baseline by at least the threshold. An episode is
/// a run of at least <see cref="FlareOptions.MinDays"/> above days with nothing between them but single missing
/// days: one day without a composite (a skipped diary day, or a day without pain) inside a run does not break it,
/// two in a row do, and so does any day that is rated and not above it (or has no baseline yet). Missing days do
/// not count towards <see cref="FlareOptions.MinDays"/>, and an episode starts and ends on above days. Implementation
/// note: people skip diary days more often on bad days (the demo data and STATS.md "Minimum data"), so letting one
/// skipped day split a flare in two would both lose the flare and, in the count, double it; two missing days in a
/// row are a gap we know nothing about.</para>
/// <para>Iteration: pass 1 uses no exclusion; each later pass excludes the days of the previous pass's episodes
/// (only the first <see cref="FlareOptions.MaxExcludedDaysPerEpisode"/> of each). It stops when the excluded days
/// repeat — the episodes are then consistent with the baseline they were found on — or after
/// <see cref="FlareOptions.MaxBaselinePasses"/> passes, when the last pass's episodes stand and
/// <see cref="Converged"/> is false. Excluded days are high days, so excluding them lowers later medians and episodes
/// grow from pass to pass; in practice the loop settles in 1–3 passes.</para>
/// </remarks>
internal sealed class FlareRule
{
    private readonly FlareOptions _options;
    private readonly PersonalBaseline.Window _window;
    private readonly double[] _baseline;
    private bool[] _excluded;
    private bool[] _next;

    public FlareRule(int days, FlareOptions options)
    {
        _options = options;
        _window = new PersonalBaseline.Window(options.BaselineWindowDays);
        _baseline = new double[days];
        _excluded = new bool[days];
        _next = new bool[days];
    }

    /// <summary>Episodes of the last <see cref="Run"/>.</summary>
    public List<DayRange> Episodes { get; } = [];

    /// <summary>Baseline the last <see cref="Run"/>'s episodes were found on.</summary>
    public ReadOnlySpan<double> Baseline => _baseline;

    /// <summary>Days excluded from that baseline.</summary>
    public ReadOnlySpan<bool> Excluded => _excluded;

    public int Passes { get; private set; }

    public bool Converged { get; private set; }

    /// <summary>Runs the rule; <paramref name="firstPassBaseline"/>, if given, is the baseline with no exclusion (saves pass 1's work).</summary>
    /// <returns>The number of episodes.</returns>
    public int Run(ReadOnlySpan<double> y, double threshold, ReadOnlySpan<double> firstPassBaseline = default)
    {
        Array.Clear(_excluded);
        for (var pass = 1; pass <= _options.MaxBaselinePasses; pass++)
        {
            if (pass == 1 && !firstPassBaseline.IsEmpty)
            {
                firstPassBaseline.CopyTo(_baseline);
            }
            else
            {
                _window.Fill(y, _excluded, _options.MinBaselineDays, _baseline);
            }

            FindEpisodes(y, _baseline, threshold, _options.MinDays, Episodes);
            Array.Clear(_next);
            foreach (var e in Episodes)
            {
                var last = Math.Min(e.End, e.Start + _options.MaxExcludedDaysPerEpisode - 1);
                _next.AsSpan(e.Start, last - e.Start + 1).Fill(true);
            }

            Passes = pass;
            if (_next.AsSpan().SequenceEqual(_excluded))
            {
                Converged = true;
                return Episodes.Count;
            }

            (_excluded, _next) = (_next, _excluded);
        }

        // Not settled: the episodes stand as found on the last baseline, whose exclusion is the previous pass's.
        (_excluded, _next) = (_next, _excluded);
        Converged = false;
        return Episodes.Count;
    }

    /// <summary>The episodes of <paramref name="y"/> over <paramref name="baseline"/> at <paramref name="threshold"/> (see the remarks).</summary>
    public static void FindEpisodes(ReadOnlySpan<double> y, ReadOnlySpan<double> baseline, double threshold, int minDays, List<DayRange> into)
    {
        into.Clear();
        var start = -1;
        var lastAbove = -1;
        var observed = 0;
        var missingRun = 0;
        for (var t = 0; t < y.Length; t++)
        {
            var value = y[t];
            if (double.IsNaN(value))
            {
                missingRun++;
                if (start >= 0 && missingRun > 1)
                {
                    Close(into, start, lastAbove, observed, minDays);
                    start = -1;
                }

                continue;
            }

            missingRun = 0;
            var b = baseline[t];
            if (!double.IsNaN(b) && value - b >= threshold)
            {
                if (start < 0)
                {
                    start = t;
                    observed = 0;
                }

                lastAbove = t;
                observed++;
            }
            else if (start >= 0)
            {
                Close(into, start, lastAbove, observed, minDays);
                start = -1;
            }
        }

        if (start >= 0)
        {
            Close(into, start, lastAbove, observed, minDays);
        }
    }

    /// <summary>Counts what <see cref="FindEpisodes"/> would find, without a list.</summary>
    public static int CountEpisodes(ReadOnlySpan<double> y, ReadOnlySpan<double> baseline, double threshold, int minDays)
    {
        var count = 0;
        var inRun = false;
        var observed = 0;
        var missingRun = 0;
        for (var t = 0; t < y.Length; t++)
        {
            var value = y[t];
            if (double.IsNaN(value))
            {
                missingRun++;
                if (inRun && missingRun > 1)
                {
                    count += observed >= minDays ? 1 : 0;
                    inRun = false;
                }

                continue;
            }

            missingRun = 0;
            var b = baseline[t];
            if (!double.IsNaN(b) && value - b >= threshold)
            {
                if (!inRun)
                {
                    inRun = true;
                    observed = 0;
                }

                observed++;
            }
            else if (inRun)
            {
                count += observed >= minDays ? 1 : 0;
                inRun = false;
            }
        }

        return count + (inRun && observed >= minDays ? 1 : 0);
    }

    private static void Close(List<DayRange> into, int start, int end, int observed, int minDays)
    {
        if (observed >= minDays)
        {
            into.Add(new DayRange(start, end));
        }
    }
}
