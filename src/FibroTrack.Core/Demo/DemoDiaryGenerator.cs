using FibroTrack.Core.Diary;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Regimen;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Demo;

/// <summary>
/// Makes a realistic, deterministic synthetic diary for demos and statistical tests: one person's year of
/// symptoms, sleep, activity, diet, events and regimen, with a known ground truth (<see cref="DemoTruth"/>,
/// which documents the model). Pure: no I/O, no clock, and the same inputs always give the same output
/// (seeded <see cref="Random"/>, whose seeded sequence .NET keeps stable across versions; each part of the
/// model draws from its own stream, so a change to one part reshuffles little of the rest).
/// </summary>
public static class DemoDiaryGenerator
{
    public const int DefaultDays = 365;
    public const int DefaultSeed = 20261124;

    /// <summary>Shortest diary: enough for the regimen story (start at 41% of the range, two dose steps 28 days apart).</summary>
    public const int MinDays = 120;

    public const int MaxDays = 3660;

    /// <summary>How long before the first diary day the oldest regimen item started.</summary>
    public const int RegimenHistoryDays = 400;

    private const double PainBaseline = 5.0;
    private const double Phi = 0.6;
    private const double PainNoiseSd = 1.2;
    private const double SymptomNoiseSd = 0.9;
    private const double StressNoiseSd = 1.2;
    private const double SeasonalAmplitude = 1.0;
    private const int SeasonalPeakDayOfYear = 15;
    private const string LaggedExposureCode = "diet.processed-food";
    private const int LagDays = 1;
    private const double LaggedEffect = 0.8;
    private const double ExposurePrevalence = 0.35;
    private const double ExposureAutocorrelation = 0.4;
    private const string RegimenChangeKey = "low-dose-naltrexone";
    private const double RegimenEffect = -1.0;
    private const int RegimenRampDays = 56;
    private const int DoseStepDays = 28;
    private const double InfectionPain = 1.0;
    private const double InfectionFatigue = 2.5;
    private const double InfectionFog = 1.0;
    private const int InfectionLength = 7;
    private const int HolidayLength = 8;
    private const double MenstruationAbdominalPain = 1.5;
    private const double ScreensSleepQuality = -0.7;

    /// <summary>Weekly rhythm of pain by <see cref="DayOfWeek"/> (Sunday first); sums to zero.</summary>
    private static readonly double[] WeekdayPain = [-0.4, 0.2, 0.15, 0.15, 0.15, 0.15, -0.4];

    private static readonly Dictionary<string, double> Loadings = new(StringComparer.Ordinal)
    {
        [BuiltInVariables.Fatigue] = 0.5,
        [BuiltInVariables.FibroFog] = 0.45,
        [BuiltInVariables.UnrefreshingSleep] = 0.45,
        [BuiltInVariables.SleepQuality] = -0.45,
        [BuiltInVariables.Stiffness] = 0.6,
        [BuiltInVariables.Headache] = 0.3,
        [BuiltInVariables.AbdominalPain] = 0.2,
        [BuiltInVariables.TemperatureSensitivity] = 0.3,
        [BuiltInVariables.NoiseSensitivity] = 0.35,
        [BuiltInVariables.LightSensitivity] = 0.3,
        [BuiltInVariables.Anxiety] = 0.2,
        [BuiltInVariables.LowMood] = 0.4,
        [BuiltInVariables.Stress] = 0.2,
        [BuiltInVariables.SleepHours] = -0.25,
    };

    /// <summary>Diet flags: (code, long-run prevalence, lag-1 autocorrelation). Independent binary Markov chains.</summary>
    private static readonly (string Code, double Prevalence, double Autocorrelation)[] DietFlags =
    [
        ("diet.omega3", 0.30, 0.2),
        ("diet.leafy-greens", 0.55, 0.3),
        ("diet.turmeric-ginger", 0.25, 0.5),
        ("diet.berries", 0.40, 0.3),
        (LaggedExposureCode, ExposurePrevalence, ExposureAutocorrelation),
        ("diet.refined-sugar", 0.45, 0.3),
        ("diet.red-meat", 0.25, 0.2),
        ("diet.fried-food", 0.20, 0.2),
        ("diet.dairy", 0.70, 0.4),
        ("diet.gluten", 0.75, 0.4),
        ("diet.alcohol", 0.15, 0.1),
        ("diet.caffeine", 0.85, 0.5),
    ];

    /// <summary>How often each WPI area is among the painful ones (relative weights, in <see cref="BodyAreas.All"/> order).</summary>
    private static readonly double[] AreaWeights =
        [0.3, 1.0, 0.5, 0.35, 0.3, 1.0, 0.5, 0.35, 0.8, 0.5, 0.4, 0.8, 0.5, 0.4, 1.2, 1.0, 1.2, 0.2, 0.3];

    private static readonly string[] GoodDayNotes = ["Good day, got a lot done.", "Felt almost normal today.", "Energy was better than usual."];
    private static readonly string[] HardDayNotes = ["Hard day, rested most of the afternoon.", "Everything aches today.", "Bad night, foggy all day."];
    private static readonly string[] OrdinaryNotes = ["Weather turned cold.", "Long day at work.", "Stiff in the morning, eased by lunch.", "Quiet day at home."];

    private static readonly ActivityType Walking = Activity("activity.walking");
    private static readonly ActivityType Yoga = Activity("activity.yoga");
    private static readonly ActivityType Swimming = Activity("activity.swimming");
    private static readonly ActivityType Cycling = Activity("activity.cycling");

    /// <summary>Generates <paramref name="days"/> calendar days ending at <paramref name="lastDay"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than <see cref="MinDays"/> or more than <see cref="MaxDays"/>
    /// days, or a range whose regimen history would start before <see cref="DiaryLimits.EarliestDate"/>.</exception>
    public static DemoDataSet Generate(DateOnly lastDay, int days = DefaultDays, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, MinDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        if (lastDay.DayNumber - days + 1 - RegimenHistoryDays < DiaryLimits.EarliestDate.DayNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(lastDay), lastDay, "The demo diary and its regimen history cannot start before 1900-01-01.");
        }

        return new Simulation(lastDay.AddDays(1 - days), days, seed).Run();
    }

    private static ActivityType Activity(string code) =>
        ActivityTypes.Find(code) ?? throw new InvalidOperationException($"Unknown activity type '{code}'.");

    /// <summary>An independent, reproducible random stream for one part of the model.</summary>
    private static Random Stream(int seed, int salt)
    {
        // A fixed integer hash (not HashCode, which is randomized per process).
        var x = unchecked((uint)seed ^ ((uint)salt * 0x9E3779B9u));
        x ^= x >> 16;
        x = unchecked(x * 0x7FEB352Du);
        x ^= x >> 15;
        x = unchecked(x * 0x846CA68Bu);
        x ^= x >> 16;
        return new Random(unchecked((int)x));
    }

    private static double Normal(Random r)
    {
        // Box–Muller; 1 − u keeps the logarithm finite.
        var u1 = 1.0 - r.NextDouble();
        var u2 = r.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A stationary AR(1) series with the given marginal SD.</summary>
    private static double[] Ar1(Random r, int n, double phi, double marginalSd)
    {
        var innovation = marginalSd * Math.Sqrt(1 - (phi * phi));
        var x = new double[n];
        var state = marginalSd * Normal(r);
        for (var t = 0; t < n; t++)
        {
            x[t] = state;
            state = (phi * state) + (innovation * Normal(r));
        }

        return x;
    }

    /// <summary>A stationary binary Markov chain with the given prevalence and lag-1 autocorrelation.</summary>
    private static bool[] Markov(Random r, int n, double prevalence, double autocorrelation)
    {
        var stay = prevalence + (autocorrelation * (1 - prevalence));
        var start = prevalence * (1 - autocorrelation);
        var x = new bool[n];
        var state = r.NextDouble() < prevalence;
        for (var t = 0; t < n; t++)
        {
            x[t] = state;
            state = r.NextDouble() < (state ? stay : start);
        }

        return x;
    }

    private static RecordedValue Scale(double x) => RecordedValue.Of(Math.Clamp(Math.Round(x, MidpointRounding.AwayFromZero), 0, 10));

    private static RecordedValue Flag(bool yes) => RecordedValue.Of(yes ? 1 : 0);

    private static int RoundTo(double x, int step) => (int)Math.Round(x / step, MidpointRounding.AwayFromZero) * step;

    private static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    private static bool Clear(List<Span> spans, int start, int end, int gap)
    {
        foreach (var o in spans)
        {
            if (end + gap >= o.Start && start - gap <= o.End)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Calendar-day indices of an episode (inclusive) with its peak effects.</summary>
    private readonly record struct Span(int Start, int End, string Label = "", double Pain = 0, double Fatigue = 0)
    {
        public int Length => End - Start + 1;
    }

    /// <summary>One run of the model. Calendar days are indexed 0..n−1 from the first day.</summary>
    private sealed class Simulation(DateOnly first, int n, int seed)
    {
        private readonly Random _timeline = Stream(seed, 1);
        private readonly Random _latent = Stream(seed, 2);
        private readonly Random _habits = Stream(seed, 3);
        private readonly Random _recording = Stream(seed, 4);
        private readonly Random _activity = Stream(seed, 5);
        private readonly Random _details = Stream(seed, 6);

        private readonly List<Span> _flares = [];
        private readonly List<Span> _infections = [];
        private readonly List<Span> _missingBlocks = [];
        private readonly List<Span> _deadlines = [];
        private readonly List<Span> _visitors = [];
        private readonly List<Span> _milestones = [];
        private readonly bool[] _menstruation = new bool[n];
        private readonly bool[] _travel = new bool[n];
        private readonly bool[] _missing = new bool[n];
        private readonly double[] _flarePain = new double[n];
        private readonly double[] _flareFatigueExtra = new double[n];
        private readonly bool[] _inFlare = new bool[n];
        private readonly string?[] _infection = new string?[n];
        private readonly bool[] _deadline = new bool[n];
        private readonly bool[] _visitorsHere = new bool[n];

        private readonly Dictionary<string, bool[]> _diet = new(StringComparer.Ordinal);
        private bool[] _processedYesterday = [];
        private bool[] _screens = [];
        private bool[] _meditates = [];

        private readonly double[] _pain = new double[n];
        private readonly double[] _stress = new double[n];
        private readonly double[] _sleepHours = new double[n];
        private readonly Dictionary<string, double[]> _noise = new(StringComparer.Ordinal);

        private int _ldnStart;
        private int _duloxetineLast;
        private List<DemoRegimenItem> _regimen = [];

        private DateOnly DateAt(int t) => first.AddDays(t);

        public DemoDataSet Run()
        {
            PlanRegimen();
            PlanEpisodes();
            SimulateHabits();
            SimulateLatent();
            DecideMissing();

            var days = new List<DiaryDay>(n);
            for (var t = 0; t < n; t++)
            {
                if (!_missing[t])
                {
                    days.Add(BuildDay(t));
                }
            }

            return new DemoDataSet(days, _regimen, BuildTruth());
        }

        // ---------------------------------------------------------------- timeline

        private void PlanRegimen()
        {
            // Low-dose naltrexone starts at day 150 of a year (scaled for other lengths), 1.5 mg at bedtime,
            // stepped up to 3 mg and 4.5 mg at 28-day intervals. Duloxetine stops at day ~91 of a year.
            _ldnStart = (int)Math.Round(n * 150 / 365.0);
            _duloxetineLast = (int)Math.Round(n * 91 / 365.0);

            var ldn = Doses(_ldnStart, "mg", "at-bedtime", 1.5, 3, 4.5);
            _regimen =
            [
                Item("duloxetine", -RegimenHistoryDays, first.AddDays(_duloxetineLast),
                    [new DoseSpec(first.AddDays(-RegimenHistoryDays), 30, "mg", "once-daily"), new DoseSpec(first.AddDays(-RegimenHistoryDays + 14), 60, "mg", "once-daily")],
                    "Tapered off: nausea and no clear benefit."),
                Item("vitamin-d", -300, null, [new DoseSpec(first.AddDays(-300), 2000, "[IU]", "once-daily")], null),
                Item("magnesium", -200, null, [new DoseSpec(first.AddDays(-200), 300, "mg", "at-bedtime")], null),
                Item(RegimenChangeKey, _ldnStart, null, ldn, "Compounded capsules."),
            ];

            foreach (var t in new[] { 0, n - 1, _ldnStart, _ldnStart + DoseStepDays, _ldnStart + (2 * DoseStepDays), _duloxetineLast + 1 })
            {
                if (t < n)
                {
                    _milestones.Add(new Span(t, t));
                }
            }
        }

        private List<DoseSpec> Doses(int start, string unit, string schedule, params double[] doses)
        {
            var list = new List<DoseSpec>(doses.Length);
            for (var i = 0; i < doses.Length; i++)
            {
                var t = start + (i * DoseStepDays);
                if (t < n)
                {
                    list.Add(new DoseSpec(first.AddDays(t), doses[i], unit, schedule));
                }
            }

            return list;
        }

        private DemoRegimenItem Item(string key, int start, DateOnly? stop, IReadOnlyList<DoseSpec> doses, string? notes)
        {
            var med = BuiltInMedications.Find(key) ?? throw new InvalidOperationException($"Unknown built-in medication '{key}'.");
            return new DemoRegimenItem(med.Key, med.Name, med.Kind, first.AddDays(start), stop, doses, notes);
        }

        /// <summary>Tries random starts in [min, max]; the first 200 tries must satisfy <paramref name="prefer"/>.</summary>
        private int Place(int length, int min, int max, Func<int, int, bool> fits, Predicate<int>? prefer = null)
        {
            if (max < min)
            {
                return -1;
            }

            for (var attempt = 0; attempt < 400; attempt++)
            {
                var s = _timeline.Next(min, max + 1);
                if ((prefer is null || attempt >= 200 || prefer(s)) && fits(s, s + length - 1))
                {
                    return s;
                }
            }

            return -1;
        }

        private void PlanEpisodes()
        {
            var years = n / 365.0;

            // No flare or infection from 21 days before to 28 days after the regimen change, so the change is
            // not confounded by them (nor started at a peak).
            List<Span> quiet = [new Span(_ldnStart - 21, _ldnStart + 27)];

            var flareCount = Math.Max(1, (int)Math.Round(_timeline.Next(3, 6) * years));
            for (var i = 0; i < flareCount; i++)
            {
                var length = _timeline.Next(4, 10);
                var pain = 2.0 + _timeline.NextDouble();
                var fatigue = 2.0 + _timeline.NextDouble();
                var s = Place(length, 7, n - length - 7,
                    (a, b) => Clear(quiet, a, b, 0) && Clear(_flares, a, b, 21) && Clear(_milestones, a, b, 0));
                if (s >= 0)
                {
                    _flares.Add(new Span(s, s + length - 1, "flare", pain, fatigue));
                }
            }

            _flares.Sort((a, b) => a.Start.CompareTo(b.Start));
            foreach (var f in _flares)
            {
                for (var t = f.Start; t <= f.End; t++)
                {
                    var shape = t == f.Start ? 0.6 : t == f.End ? 0.5 : 1.0;
                    _inFlare[t] = true;
                    _flarePain[t] = shape * f.Pain;
                    _flareFatigueExtra[t] = shape * (f.Fatigue - (Loadings[BuiltInVariables.Fatigue] * f.Pain));
                }
            }

            string[] infectionTypes = ["influenza", "other-viral", "covid-19"];
            var infectionCount = Math.Max(1, (int)Math.Round(years));
            for (var i = 0; i < infectionCount; i++)
            {
                var s = Place(InfectionLength, 7, n - InfectionLength - 7,
                    (a, b) => Clear(quiet, a, b, 0) && Clear(_flares, a, b, 14) && Clear(_infections, a, b, 60),
                    a => DateAt(a).Month is >= 11 or <= 3);
                if (s >= 0)
                {
                    _infections.Add(new Span(s, s + InfectionLength - 1, infectionTypes[i % infectionTypes.Length], InfectionPain, InfectionFatigue));
                }
            }

            _infections.Sort((a, b) => a.Start.CompareTo(b.Start));
            foreach (var inf in _infections)
            {
                for (var t = inf.Start; t <= inf.End; t++)
                {
                    _infection[t] = inf.Label;
                }
            }

            // Missing blocks stay clear of episodes (so they are visible) and of milestone days.
            var holidays = Math.Max(1, (int)Math.Round(years));
            for (var i = 0; i < holidays; i++)
            {
                var s = Place(HolidayLength, 14, n - HolidayLength - 14,
                    (a, b) => Clear(_flares, a, b, 3) && Clear(_infections, a, b, 3) && Clear(_milestones, a, b, 3) && Clear(_missingBlocks, a, b, 30));
                if (s >= 0)
                {
                    _missingBlocks.Add(new Span(s, s + HolidayLength - 1, "holiday"));
                    _travel[s - 1] = true;
                    _travel[s + HolidayLength] = true;
                    _milestones.Add(new Span(s - 1, s - 1));
                    _milestones.Add(new Span(s + HolidayLength, s + HolidayLength));
                }
            }

            var gaps = Math.Max(1, (int)Math.Round(2 * years));
            for (var i = 0; i < gaps; i++)
            {
                var length = _timeline.Next(2, 5);
                var s = Place(length, 7, n - length - 7,
                    (a, b) => Clear(_flares, a, b, 1) && Clear(_infections, a, b, 1) && Clear(_milestones, a, b, 2) && Clear(_missingBlocks, a, b, 14));
                if (s >= 0)
                {
                    _missingBlocks.Add(new Span(s, s + length - 1, "gap"));
                }
            }

            _missingBlocks.Sort((a, b) => a.Start.CompareTo(b.Start));
            foreach (var block in _missingBlocks)
            {
                Array.Fill(_missing, true, block.Start, block.Length);
            }

            // Work deadlines (3 days, about every 6 weeks) and weekend visitors (about 8 a year): tags that raise stress.
            var deadlineCount = (int)Math.Round(n / 45.0);
            for (var i = 0; i < deadlineCount; i++)
            {
                var s = Place(3, 0, n - 3, (a, b) => Clear(_missingBlocks, a, b, 0) && Clear(_deadlines, a, b, 20),
                    a => DateAt(a).DayOfWeek is >= DayOfWeek.Monday and <= DayOfWeek.Wednesday);
                if (s >= 0)
                {
                    _deadlines.Add(new Span(s, s + 2));
                    Array.Fill(_deadline, true, s, 3);
                }
            }

            var visitorCount = (int)Math.Round(8 * years);
            for (var i = 0; i < visitorCount; i++)
            {
                var s = Place(2, 0, n - 2,
                    (a, b) => DateAt(a).DayOfWeek == DayOfWeek.Saturday && Clear(_missingBlocks, a, b, 0) && Clear(_visitors, a, b, 6));
                if (s >= 0)
                {
                    _visitors.Add(new Span(s, s + 1));
                    Array.Fill(_visitorsHere, true, s, 2);
                }
            }

            // Menstruation: 4–6 days every 26–30 days, from a random phase.
            for (var start = -_timeline.Next(0, 28); start < n; start += _timeline.Next(26, 31))
            {
                var length = _timeline.Next(4, 7);
                for (var t = Math.Max(0, start); t < Math.Min(n, start + length); t++)
                {
                    _menstruation[t] = true;
                }
            }
        }

        // ---------------------------------------------------------------- latent model

        private void SimulateHabits()
        {
            foreach (var (code, prevalence, autocorrelation) in DietFlags)
            {
                // The lagged exposure gets one extra leading day so day 0 has a "yesterday".
                var series = Markov(_habits, code == LaggedExposureCode ? n + 1 : n, prevalence, autocorrelation);
                if (code == LaggedExposureCode)
                {
                    _processedYesterday = series[..n];
                    series = series[1..];
                }

                _diet[code] = series;
            }

            _screens = Markov(_habits, n, 0.55, 0.5);
            _meditates = Markov(_habits, n, 0.4, 0.5);
        }

        private void SimulateLatent()
        {
            var u = Ar1(_latent, n, Phi, PainNoiseSd);
            foreach (var code in Loadings.Keys.Where(k => k != BuiltInVariables.SleepHours).Order(StringComparer.Ordinal))
            {
                _noise[code] = Ar1(_latent, n, Phi, code == BuiltInVariables.Stress ? StressNoiseSd : SymptomNoiseSd);
            }

            for (var t = 0; t < n; t++)
            {
                var date = DateAt(t);
                var seasonal = SeasonalAmplitude * Math.Cos(2 * Math.PI * (date.DayOfYear - SeasonalPeakDayOfYear) / 365.25);
                var regimen = t < _ldnStart ? 0 : RegimenEffect * Math.Min(1.0, (t - _ldnStart) / (double)RegimenRampDays);
                _pain[t] = PainBaseline + seasonal + WeekdayPain[(int)date.DayOfWeek] + _flarePain[t]
                    + (_processedYesterday[t] ? LaggedEffect : 0) + regimen
                    + (_infection[t] is null ? 0 : InfectionPain) + u[t];

                var dev = _pain[t] - 5;
                _stress[t] = 4.0 + (Loadings[BuiltInVariables.Stress] * dev) + (_deadline[t] ? 2 : 0) + (_visitorsHere[t] ? 1 : 0)
                    + _noise[BuiltInVariables.Stress][t];

                var weekendMorning = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
                var hours = 7.2 + (Loadings[BuiltInVariables.SleepHours] * dev) + (weekendMorning ? 0.6 : 0) + (0.6 * Normal(_latent));
                _sleepHours[t] = Math.Clamp(Math.Round(hours * 2, MidpointRounding.AwayFromZero) / 2, 3, 11);
            }
        }

        private void DecideMissing()
        {
            var forced = new bool[n];
            foreach (var m in _milestones)
            {
                forced[m.Start] = true;
            }

            for (var t = 0; t < n; t++)
            {
                // One draw per day whatever happens, so the stream stays aligned.
                var u = _recording.NextDouble();
                if (!forced[t] && u < 0.07 + (0.03 * Math.Max(0, _pain[t] - 6)))
                {
                    _missing[t] = true;
                }
            }
        }

        // ---------------------------------------------------------------- one day

        private bool Chance(double p) => _recording.NextDouble() < p;

        private double Symptom(string code, int t, double baseline, double extra = 0) =>
            baseline + (Loadings[code] * (_pain[t] - 5)) + extra + _noise[code][t];

        private DiaryDay BuildDay(int t)
        {
            var date = DateAt(t);
            var s = _pain[t];
            var infection = _infection[t];
            var values = new Dictionary<string, RecordedValue>(StringComparer.Ordinal);

            // Symptoms: each item is sometimes left empty (absent, never zero).
            var infectionFatigue = infection is null ? 0 : InfectionFatigue - (Loadings[BuiltInVariables.Fatigue] * InfectionPain);
            var sleepDev = _sleepHours[t] - 7.2;
            var stressDev = _stress[t] - 4;
            Add(values, BuiltInVariables.Pain, 0.97, s);
            Add(values, BuiltInVariables.Fatigue, 0.95, Symptom(BuiltInVariables.Fatigue, t, 5.0, _flareFatigueExtra[t] + infectionFatigue));
            Add(values, BuiltInVariables.UnrefreshingSleep, 0.88, Symptom(BuiltInVariables.UnrefreshingSleep, t, 5.5, -0.5 * sleepDev));
            Add(values, BuiltInVariables.FibroFog, 0.90, Symptom(BuiltInVariables.FibroFog, t, 4.0, infection is null ? 0 : InfectionFog));
            Add(values, BuiltInVariables.Stiffness, 0.85, Symptom(BuiltInVariables.Stiffness, t, 5.0));
            Add(values, BuiltInVariables.Headache, 0.80, Symptom(BuiltInVariables.Headache, t, 2.0));
            Add(values, BuiltInVariables.AbdominalPain, 0.75, Symptom(BuiltInVariables.AbdominalPain, t, 2.0, _menstruation[t] ? MenstruationAbdominalPain : 0));
            Add(values, BuiltInVariables.TemperatureSensitivity, 0.55, Symptom(BuiltInVariables.TemperatureSensitivity, t, 4.0));
            Add(values, BuiltInVariables.NoiseSensitivity, 0.55, Symptom(BuiltInVariables.NoiseSensitivity, t, 3.5));
            Add(values, BuiltInVariables.LightSensitivity, 0.55, Symptom(BuiltInVariables.LightSensitivity, t, 3.0));
            Add(values, BuiltInVariables.Anxiety, 0.85, Symptom(BuiltInVariables.Anxiety, t, 3.0, 0.5 * stressDev));
            Add(values, BuiltInVariables.LowMood, 0.90, Symptom(BuiltInVariables.LowMood, t, 3.0, 0.3 * stressDev));
            Add(values, BuiltInVariables.Stress, 0.90, _stress[t]);

            var lateNight = AddSleep(values, t, sleepDev);

            if (Chance(0.88))
            {
                foreach (var (code, _, _) in DietFlags)
                {
                    values[code] = Flag(_diet[code][t]);
                }
            }

            if (Chance(0.80))
            {
                values[BuiltInVariables.MeditationMinutes] = RecordedValue.Of(_meditates[t] ? Pick(_details, [5, 10, 10, 15, 20, 30]) : 0);
            }

            if (Chance(0.93))
            {
                foreach (var item in _regimen.Where(i => i.IsActiveOn(date)))
                {
                    var adherence = item.BuiltIn == RegimenChangeKey ? 0.94 : item.Kind == RegimenKind.Supplement ? 0.90 : 0.97;
                    values[item.Code] = Flag(Chance(adherence));
                }
            }

            AddEvents(values, t, infection);

            if (values.Count == 0)
            {
                values[BuiltInVariables.Pain] = Scale(s);
            }

            List<string> tags = [];
            if (_deadline[t])
            {
                tags.Add("work deadline");
            }

            if (_visitorsHere[t])
            {
                tags.Add("visitors");
            }

            if (lateNight)
            {
                tags.Add("late night");
            }

            return new DiaryDay
            {
                Date = date,
                Values = values,
                PainAreas = Chance(0.85) ? PainAreas(t) : null,
                Activities = Activities(t),
                Tags = tags,
                Notes = Note(t),
            };
        }

        private void Add(Dictionary<string, RecordedValue> values, string code, double probability, double latent)
        {
            if (Chance(probability))
            {
                values[code] = Scale(latent);
            }
        }

        /// <summary>The sleep section (last night's sleep); returns whether bedtime was after 00:30.</summary>
        private bool AddSleep(Dictionary<string, RecordedValue> values, int t, double sleepDev)
        {
            if (!Chance(0.92))
            {
                return false;
            }

            var date = DateAt(t);
            var screens = _screens[t];
            values[BuiltInVariables.SleepHours] = RecordedValue.Of(_sleepHours[t]);
            values[BuiltInVariables.ScreensBeforeBed] = Flag(screens);
            if (Chance(0.95))
            {
                values[BuiltInVariables.SleepQuality] = Scale(Symptom(BuiltInVariables.SleepQuality, t, 6.0, (0.6 * sleepDev) + (screens ? ScreensSleepQuality : 0)));
            }

            if (!Chance(0.80))
            {
                return false;
            }

            // Bedtime the evening before, around 23:00: later before weekend mornings and after screens.
            var weekendMorning = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var bed = RoundTo(1380 + (weekendMorning ? 40 : 0) + (screens ? 20 : 0) + (25 * Normal(_details)), 5);
            var wake = RoundTo(bed + 15 + (_sleepHours[t] * 60) + (10 * Normal(_details)), 5);
            values[BuiltInVariables.Bedtime] = RecordedValue.Of(((bed % 1440) + 1440) % 1440);
            values[BuiltInVariables.WakeTime] = RecordedValue.Of(((wake % 1440) + 1440) % 1440);
            return bed >= 1440 + 30;
        }

        private void AddEvents(Dictionary<string, RecordedValue> values, int t, string? infection)
        {
            // The events section is always filled in when something happened, otherwise on most days.
            var happening = _inFlare[t] || infection is not null || _menstruation[t] || _travel[t];
            if (!happening && !Chance(0.90))
            {
                return;
            }

            var flare = _inFlare[t] ? Chance(0.85) : _pain[t] >= 8.5 && Chance(0.20);
            values[BuiltInVariables.Flare] = Flag(flare);
            values[BuiltInVariables.Infection] = Flag(infection is not null);
            if (infection is not null && Chance(0.90))
            {
                values[BuiltInVariables.InfectionType] = RecordedValue.OfOption(infection);
            }

            values[BuiltInVariables.Menstruation] = Flag(_menstruation[t] && Chance(0.95));
            values[BuiltInVariables.Travel] = Flag(_travel[t]);
        }

        /// <summary>Painful areas: about 6 on a day at pain 5, 1.5 more per point, chosen by per-area weights.</summary>
        private List<string> PainAreas(int t)
        {
            var count = (int)Math.Clamp(Math.Round(6 + (1.5 * (_pain[t] - 5)) + (1.2 * Normal(_details)), MidpointRounding.AwayFromZero), 0, 19);

            // Weighted sampling without replacement (Efraimidis–Spirakis keys).
            var areas = BodyAreas.All;
            var keys = new double[areas.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                var weight = AreaWeights[i] * (_menstruation[t] && areas[i].Code == "wpi.abdomen" ? 3 : 1);
                keys[i] = Math.Log(1.0 - _details.NextDouble()) / weight;
            }

            var chosen = Enumerable.Range(0, areas.Count).OrderByDescending(i => keys[i]).Take(count).ToHashSet();
            return [.. Enumerable.Range(0, areas.Count).Where(chosen.Contains).Select(i => areas[i].Code)];
        }

        private List<ActivitySession> Activities(int t)
        {
            var r = _activity;
            var date = DateAt(t);
            var dev = _pain[t] - 5;
            var damp = _inFlare[t] || _infection[t] is not null ? 0.35 : 1.0;
            var sessions = new List<ActivitySession>(3);

            if (r.NextDouble() < damp * Math.Clamp(0.65 - (0.08 * dev), 0.15, 0.9))
            {
                var minutes = RoundTo(Math.Clamp(35 - (3 * dev) + (10 * Normal(r)), 10, 90), 5);
                sessions.Add(new ActivitySession(Walking, minutes, r.NextDouble() < 0.7 ? Intensity.Light : Intensity.Moderate));
            }

            var yoga = date.DayOfWeek switch
            {
                DayOfWeek.Tuesday or DayOfWeek.Thursday => 0.7,
                DayOfWeek.Saturday => 0.15,
                _ => 0.03,
            };
            if (r.NextDouble() < damp * yoga)
            {
                sessions.Add(new ActivitySession(Yoga, Pick(r, [20, 30, 30, 45]), r.NextDouble() < 0.8 ? Intensity.Light : Intensity.Moderate));
            }

            var swim = date.DayOfWeek switch
            {
                DayOfWeek.Wednesday => 0.45,
                DayOfWeek.Saturday => 0.35,
                _ => 0.02,
            };
            if (r.NextDouble() < damp * swim)
            {
                sessions.Add(new ActivitySession(Swimming, Pick(r, [30, 40, 45]), Intensity.Moderate));
            }

            var cycle = date.Month is >= 5 and <= 9 ? 0.06 : 0.015;
            if (r.NextDouble() < damp * cycle)
            {
                sessions.Add(new ActivitySession(Cycling, RoundTo(45 + (45 * r.NextDouble()), 5), r.NextDouble() < 0.75 ? Intensity.Vigorous : Intensity.Moderate));
            }

            return sessions;
        }

        private string? Note(int t)
        {
            if (t == _ldnStart)
            {
                return "Started low-dose naltrexone, 1.5 mg at bedtime.";
            }

            if (t == _ldnStart + DoseStepDays)
            {
                return "LDN up to 3 mg.";
            }

            if (t == _ldnStart + (2 * DoseStepDays))
            {
                return "LDN up to 4.5 mg.";
            }

            if (t == _duloxetineLast + 1)
            {
                return "First day without duloxetine.";
            }

            if (_flares.Any(f => f.Start == t))
            {
                return "Flare starting, everything hurts.";
            }

            if (_infections.Any(i => i.Start == t))
            {
                return "Came down with something: fever and aching.";
            }

            if (_travel[t])
            {
                return t + 1 < n && _missing[t + 1] ? "Off on holiday tomorrow." : "Back from holiday, tired from the journey.";
            }

            if (_details.NextDouble() >= 0.05)
            {
                return null;
            }

            return _pain[t] >= 7 ? Pick(_details, HardDayNotes) : _pain[t] <= 3.5 ? Pick(_details, GoodDayNotes) : Pick(_details, OrdinaryNotes);
        }

        // ---------------------------------------------------------------- truth

        private DemoTruth BuildTruth()
        {
            var ldn = _regimen.Single(r => r.BuiltIn == RegimenChangeKey);
            return new DemoTruth
            {
                Seed = seed,
                FirstDay = first,
                LastDay = DateAt(n - 1),
                MissingDates = [.. Enumerable.Range(0, n).Where(t => _missing[t]).Select(DateAt)],
                MissingBlocks = [.. _missingBlocks.Select(Episode)],
                LatentPain = [.. _pain],
                PainBaseline = PainBaseline,
                ArPhi = Phi,
                PainNoiseSd = PainNoiseSd,
                PainLoadings = new Dictionary<string, double>(Loadings, StringComparer.Ordinal),
                SeasonalAmplitude = SeasonalAmplitude,
                SeasonalPeakDayOfYear = SeasonalPeakDayOfYear,
                WeekdayEffects = [.. WeekdayPain],
                LaggedExposureCode = LaggedExposureCode,
                LagDays = LagDays,
                LaggedEffect = LaggedEffect,
                ExposurePrevalence = ExposurePrevalence,
                ExposureAutocorrelation = ExposureAutocorrelation,
                NoEffectExposureCodes = [.. DietFlags.Select(d => d.Code).Where(c => c != LaggedExposureCode), BuiltInVariables.MeditationMinutes],
                ReactiveExposureCodes =
                [
                    BuiltInVariables.SleepHours, BuiltInVariables.Stress, Walking.Code, Yoga.Code, Swimming.Code, Cycling.Code,
                    MatrixCodes.ActivityMinutes, MatrixCodes.ActivityLoad,
                ],
                RegimenChangeCode = ldn.Code,
                RegimenChangeDate = ldn.StartDate,
                RegimenEffect = RegimenEffect,
                RegimenEffectRampDays = RegimenRampDays,
                RegimenDoseChangeDates = [.. ldn.Doses.Skip(1).Select(d => d.EffectiveFrom)],
                DuloxetineStopDate = first.AddDays(_duloxetineLast),
                Flares = [.. _flares.Select(Episode)],
                Infections = [.. _infections.Select(Episode)],
                MenstruationDates = [.. Enumerable.Range(0, n).Where(t => _menstruation[t]).Select(DateAt)],
                MenstruationAbdominalPain = MenstruationAbdominalPain,
                ScreensEffectOnSleepQuality = ScreensSleepQuality,
            };
        }

        private DemoEpisode Episode(Span s) => new(s.Label, DateAt(s.Start), DateAt(s.End), s.Pain, s.Fatigue);
    }
}
