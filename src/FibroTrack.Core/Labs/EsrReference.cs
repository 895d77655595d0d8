using FibroTrack.Core.People;

namespace FibroTrack.Core.Labs;

/// <summary>The age- and sex-adjusted upper limit of a normal ESR (Westergren).</summary>
public static class EsrReference
{
    /// <summary>The rule was derived in adults; below this age no default is given.</summary>
    public const int MinimumAge = 18;

    /// <summary>
    /// Miller 1983: age ÷ 2 for men, (age + 10) ÷ 2 for women, in mm/h. When sex is not recorded the
    /// women's limit is used: it is the higher one, so a value flagged High is above the limit for
    /// either sex and nobody is alarmed by the choice of rule.
    /// </summary>
    public static double MillerUpperLimit(Sex sex, int age)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(age);
        return sex == Sex.Male ? age / 2.0 : (age + 10) / 2.0;
    }

    /// <summary>The limit for a person on a date, or <c>null</c> when their age is unknown or under <see cref="MinimumAge"/>.</summary>
    public static double? UpperLimitFor(PersonFacts person, DateOnly date) =>
        person.AgeOn(date) is { } age and >= MinimumAge ? MillerUpperLimit(person.Sex, age) : null;
}
