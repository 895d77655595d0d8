using FibroTrack.Core.Diary;
using FibroTrack.Core.Labs;
using FibroTrack.Core.People;
using FibroTrack.Core.RedFlags;
using FibroTrack.Core.Tests.Labs;

namespace FibroTrack.Core.Tests.RedFlags;

/// <summary>Short-hands for red-flag contexts: "today" is 2025-03-10, as in <see cref="LabFixture"/>.</summary>
internal static class RedFlagFixture
{
    public static readonly DateOnly Today = LabFixture.Today;

    public static DateOnly DaysAgo(int days) => Today.AddDays(-days);

    public static PersonFacts Woman(int age) => LabFixture.Person(Sex.Female, age);

    public static PersonFacts Man(int age) => LabFixture.Person(Sex.Male, age);

    public static LabResult Crp(double mgPerL, DateOnly date) => LabFixture.Quantity("CRP", mgPerL, "mg/L", date: date);

    public static LabResult Esr(double mmPerH, DateOnly date, double? high = null) => LabFixture.Quantity("ESR", mmPerH, "mm/h", high: high, date: date);

    public static Observation Yes(string code, DateOnly date) => new(date, code, 1, null);

    public static Observation No(string code, DateOnly date) => new(date, code, 0, null);

    public static RedFlagContext Context(PersonFacts? person = null, IEnumerable<LabResult>? labs = null, IEnumerable<Observation>? diary = null) =>
        RedFlagContext.Create(person ?? PersonFacts.Unknown, labs ?? [], (diary ?? []).ToList(), Today);

    public static RedFlagRule Rule(string id) => RedFlagRules.All.Single(r => r.Id == id);

    /// <summary>The evidence of one rule: empty when it does not fire.</summary>
    public static IReadOnlyList<RedFlagEvidence> Evaluate(string ruleId, RedFlagContext context) => Rule(ruleId).Evaluate(context);
}
