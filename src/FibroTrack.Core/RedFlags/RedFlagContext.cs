using FibroTrack.Core.Diary;
using FibroTrack.Core.Labs;
using FibroTrack.Core.People;

namespace FibroTrack.Core.RedFlags;

/// <summary>Everything the red-flag rules read about one person.</summary>
/// <param name="Person">Sex and birth date, for age-dependent rules and ranges.</param>
/// <param name="Labs">The person's lab results with their flags.</param>
/// <param name="Diary">The person's diary stream; the rules read the yes/no signs in <see cref="RedFlagSigns"/>.</param>
/// <param name="Today">The person's local date: windows such as "the last 30 days" end here.</param>
public sealed record RedFlagContext(
    PersonFacts Person,
    IReadOnlyList<FlaggedLabResult> Labs,
    IReadOnlyList<Observation> Diary,
    DateOnly Today)
{
    /// <summary>A context whose results are flagged with <see cref="LabFlagger.Flag"/> (default vitamin D scheme).</summary>
    public static RedFlagContext Create(PersonFacts person, IEnumerable<LabResult> labs, IReadOnlyList<Observation> diary, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(labs);
        return new(person, labs.Select(r => new FlaggedLabResult(r, LabFlagger.Flag(r, person))).ToList(), diary, today);
    }

    /// <summary>The person's age today, or <c>null</c> when the birth date is unknown.</summary>
    public int? Age => Person.AgeOn(Today);

    /// <summary>Results of the given analytes dated from <paramref name="from"/> to <see cref="Today"/>, oldest first.</summary>
    public IReadOnlyList<FlaggedLabResult> LabsOf(IReadOnlyCollection<string> codes, DateOnly from) =>
        Labs.Where(l => codes.Contains(l.Code) && l.Date >= from && l.Date <= Today).OrderBy(l => l.Date).ToList();

    /// <summary>Results of the given analytes of any date up to <see cref="Today"/>, oldest first.</summary>
    public IReadOnlyList<FlaggedLabResult> LabsOf(IReadOnlyCollection<string> codes) => LabsOf(codes, DateOnly.MinValue);

    /// <summary>The distinct dates from <paramref name="from"/> to <see cref="Today"/> on which <paramref name="code"/> was recorded yes (1), oldest first.</summary>
    public IReadOnlyList<DateOnly> DaysRecordedYes(string code, DateOnly from) =>
        Diary.Where(o => o.Code == code && o.Value == 1 && o.Date >= from && o.Date <= Today)
            .Select(o => o.Date).Distinct().Order().ToList();
}
