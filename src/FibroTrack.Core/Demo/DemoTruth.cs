namespace FibroTrack.Core.Demo;

/// <summary>
/// The ground truth behind a demo data set: the model <see cref="DemoDiaryGenerator"/> simulated, so
/// statistical tests can check that an analysis finds what is there and nothing else.
/// </summary>
/// <remarks>
/// <para>The latent pain of calendar day t (index from <see cref="FirstDay"/>, missing days included) is
/// <c>S_t = PainBaseline + seasonal_t + weekday_t + flare_t + LaggedEffect·x_{t−LagDays} + regimen_t + infection_t + u_t</c>,
/// where <c>x</c> is <see cref="LaggedExposureCode"/> (1/0), <c>u_t = ArPhi·u_{t−1} + e_t</c> with marginal SD
/// <see cref="PainNoiseSd"/>, and <c>regimen_t</c> ramps linearly from 0 on <see cref="RegimenChangeDate"/> to
/// <see cref="RegimenEffect"/> over <see cref="RegimenEffectRampDays"/> days and then stays there. The effects add
/// to the mean ("regression with AR(1) errors"), they do not feed through the AR state, so an ADL fit with lags
/// 1–3 of x sees about +LaggedEffect at lag 1 and about −ArPhi·LaggedEffect at lag 2. The recorded pain is
/// <c>S_t</c> rounded half away from zero and clipped to 0–10.</para>
/// <para>Other symptoms follow the same day's latent pain with the loadings of <see cref="PainLoadings"/>
/// (<c>y = base + loading·(S_t − 5) + own AR(1) noise, φ = ArPhi, marginal SD 0.9, 1.2 for stress</c>), so they inherit the
/// exposure's lagged effect scaled by their loading. Extras on top: flares and infections raise fatigue
/// (see <see cref="DemoEpisode.FatigueIncrease"/>), infections raise fibro fog by 1; stress rises by 2 on
/// "work deadline" days and 1 on "visitors" days, and anxiety (0.5) and low mood (0.3) load on stress;
/// menstruation raises abdominal pain by <see cref="MenstruationAbdominalPain"/>; screens before bed lower
/// that day's sleep quality by <see cref="ScreensEffectOnSleepQuality"/> and move bedtime 20 minutes later;
/// sleep hours raise sleep quality (0.6 per hour) and lower unrefreshing sleep (0.5 per hour).</para>
/// <para>Exposures that react to the same day's latent pain (feedback, not cause): sleep hours, stress and
/// activity (fewer and shorter walks on worse days, few sessions during flares and infections). Activity,
/// sleep, stress, screens, meditation, menstruation and every diet flag other than the lagged exposure have no
/// effect on pain.</para>
/// <para>Missingness: whole blocks (<see cref="MissingBlocks"/>) plus scattered days with probability
/// 0.07 + 0.03·max(0, S_t − 6), i.e. slightly more often on bad days (missing not at random). On recorded days
/// single items are sometimes left empty (absent, never zero), e.g. pain on ~3%, the sensory sensitivities on
/// ~45% of days; the body map is filled in on ~85% of days.</para>
/// </remarks>
public sealed record DemoTruth
{
    public required int Seed { get; init; }

    public required DateOnly FirstDay { get; init; }

    public required DateOnly LastDay { get; init; }

    /// <summary>Calendar days from <see cref="FirstDay"/> to <see cref="LastDay"/>.</summary>
    public int CalendarDays => LastDay.DayNumber - FirstDay.DayNumber + 1;

    /// <summary>Days with a diary entry (the length of <see cref="DemoDataSet.Days"/>).</summary>
    public int RecordedDays => CalendarDays - MissingDates.Count;

    /// <summary>Share of calendar days without an entry (about 0.10–0.15).</summary>
    public double MissingFraction => (double)MissingDates.Count / CalendarDays;

    /// <summary>Calendar days without a diary entry, in order.</summary>
    public required IReadOnlyList<DateOnly> MissingDates { get; init; }

    /// <summary>Blocks of consecutive missing days: a holiday of 8 days a year (travel is recorded the day
    /// before and after it) and about two short gaps of 2–4 days a year.</summary>
    public required IReadOnlyList<DemoEpisode> MissingBlocks { get; init; }

    /// <summary>Latent pain level <c>S_t</c> per calendar day, before rounding (index 0 is <see cref="FirstDay"/>).</summary>
    public required IReadOnlyList<double> LatentPain { get; init; }

    /// <summary>Pain baseline around which everything varies (5.0 points).</summary>
    public required double PainBaseline { get; init; }

    /// <summary>AR(1) coefficient of the pain noise and of every symptom's own noise (0.6).</summary>
    public required double ArPhi { get; init; }

    /// <summary>Marginal SD of the pain AR(1) noise (1.2 points; innovation SD = 1.2·√(1 − φ²) = 0.96).</summary>
    public required double PainNoiseSd { get; init; }

    /// <summary>Loading of each symptom (and of stress and sleep hours) on the same day's latent pain minus 5.</summary>
    public required IReadOnlyDictionary<string, double> PainLoadings { get; init; }

    /// <summary>Amplitude of the seasonal cosine on pain (1.0 point: +1 at the peak, −1 half a year later).</summary>
    public required double SeasonalAmplitude { get; init; }

    /// <summary>Day of the year pain is seasonally worst (15: mid-January, northern winter).</summary>
    public required int SeasonalPeakDayOfYear { get; init; }

    /// <summary>Weekly rhythm added to pain, indexed by <see cref="DayOfWeek"/> (sums to zero: weekends 0.4 lower).</summary>
    public required IReadOnlyList<double> WeekdayEffects { get; init; }

    /// <summary>The one exposure with a real lagged effect on pain: <c>diet.processed-food</c>.</summary>
    public required string LaggedExposureCode { get; init; }

    /// <summary>Lag of that effect in days (1: processed food today raises pain tomorrow).</summary>
    public required int LagDays { get; init; }

    /// <summary>Size of that effect in pain points (0.8).</summary>
    public required double LaggedEffect { get; init; }

    /// <summary>Long-run share of days with the exposure (0.35); it is a binary Markov chain independent of everything else.</summary>
    public required double ExposurePrevalence { get; init; }

    /// <summary>Lag-1 autocorrelation of the exposure (0.4: P(yes | yes yesterday) = 0.61, P(yes | no) = 0.21).</summary>
    public required double ExposureAutocorrelation { get; init; }

    /// <summary>Exposures generated independently of everything, with no effect on any variable: the other diet flags and meditation minutes.</summary>
    public required IReadOnlyList<string> NoEffectExposureCodes { get; init; }

    /// <summary>Exposures that react to the same day's latent pain but have no effect on it (reverse direction):
    /// sleep hours, stress, the generated activity types and the matrix's activity minutes and load.</summary>
    public required IReadOnlyList<string> ReactiveExposureCodes { get; init; }

    /// <summary>Code of the regimen item whose start changes pain: <c>med.low-dose-naltrexone</c>.</summary>
    public required string RegimenChangeCode { get; init; }

    /// <summary>The day that item was started (day 150 of 365).</summary>
    public required DateOnly RegimenChangeDate { get; init; }

    /// <summary>Its effect on pain once fully in effect (−1.0 point).</summary>
    public required double RegimenEffect { get; init; }

    /// <summary>Days over which the effect builds up linearly from the start date (56; level change and slope change both present).</summary>
    public required int RegimenEffectRampDays { get; init; }

    /// <summary>Dates of the item's dose changes after the start (1.5 → 3 mg after 28 days, → 4.5 mg after 56). Doses have no effect of their own beyond the ramp.</summary>
    public required IReadOnlyList<DateOnly> RegimenDoseChangeDates { get; init; }

    /// <summary>Last day duloxetine was taken; stopping it has no effect on any variable.</summary>
    public required DateOnly DuloxetineStopDate { get; init; }

    /// <summary>Flare episodes (3–5 a year, 4–9 days, pain and fatigue +2 to +3 at the peak, at least 21 days
    /// apart). No flare or infection day falls between 21 days before and 27 days after <see cref="RegimenChangeDate"/>,
    /// so the change is neither started at a peak nor confounded by them. "I'm in a flare" (<c>event.flare</c>) is
    /// set on ~85% of recorded flare days and on ~20% of other days with latent pain ≥ 8.5.</summary>
    public required IReadOnlyList<DemoEpisode> Flares { get; init; }

    /// <summary>Infection episodes (one a year, 7 days, preferably in November–March): <c>event.infection</c> is
    /// yes on every recorded day and <c>event.infection-type</c> is the label on ~90% of them; pain +1, fatigue +2.5, fog +1.</summary>
    public required IReadOnlyList<DemoEpisode> Infections { get; init; }

    /// <summary>Menstruation days (4–6 days every 26–30 days); <c>event.menstruation</c> is yes on ~95% of recorded ones.</summary>
    public required IReadOnlyList<DateOnly> MenstruationDates { get; init; }

    /// <summary>Rise of abdominal pain on menstruation days (1.5 points).</summary>
    public required double MenstruationAbdominalPain { get; init; }

    /// <summary>Same-day effect of screens before bed on sleep quality (−0.7 points).</summary>
    public required double ScreensEffectOnSleepQuality { get; init; }
}
