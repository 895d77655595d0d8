namespace FibroTrack.Core.People;

/// <summary>The few facts about a person that reference ranges and red-flag rules depend on.</summary>
/// <param name="Sex">For sex-dependent ranges; <see cref="Sex.Unspecified"/> when unknown.</param>
/// <param name="BirthDate">For age-dependent ranges; <c>null</c> when unknown.</param>
public sealed record PersonFacts(Sex Sex, DateOnly? BirthDate)
{
    /// <summary>Nothing known: ranges that need sex or age fall back or report Unknown.</summary>
    public static PersonFacts Unknown { get; } = new(Sex.Unspecified, null);

    /// <summary>
    /// Age in completed years on <paramref name="date"/>; <c>null</c> when the birth date is unknown or
    /// later than <paramref name="date"/>.
    /// </summary>
    /// <remarks>
    /// Implementation note: a birthday counts once the (month, day) is reached, so someone born on
    /// 29 February turns a year older on 1 March in common years.
    /// </remarks>
    public int? AgeOn(DateOnly date)
    {
        if (BirthDate is not { } birth || date < birth)
        {
            return null;
        }

        var age = date.Year - birth.Year;
        if (date.Month < birth.Month || (date.Month == birth.Month && date.Day < birth.Day))
        {
            age--;
        }

        return age;
    }
}
