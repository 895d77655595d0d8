using FibroTrack.Core.People;

namespace FibroTrack.Core.Tests.Labs;

public sealed class PersonFactsAgeTests
{
    [Fact]
    public void AgeOn_DayBeforeBirthday_StillYounger()
    {
        var person = new PersonFacts(Sex.Female, new DateOnly(1965, 3, 11));

        Assert.Equal(59, person.AgeOn(new DateOnly(2025, 3, 10)));
    }

    [Fact]
    public void AgeOn_Birthday_OneYearOlder()
    {
        var person = new PersonFacts(Sex.Female, new DateOnly(1965, 3, 10));

        Assert.Equal(60, person.AgeOn(new DateOnly(2025, 3, 10)));
    }

    [Fact]
    public void AgeOn_LeapDayBirthInCommonYear_OlderFromFirstOfMarch()
    {
        var person = new PersonFacts(Sex.Male, new DateOnly(1960, 2, 29));

        Assert.Equal(64, person.AgeOn(new DateOnly(2025, 2, 28)));
        Assert.Equal(65, person.AgeOn(new DateOnly(2025, 3, 1)));
    }

    [Fact]
    public void AgeOn_UnknownBirthDate_Null()
    {
        Assert.Null(PersonFacts.Unknown.AgeOn(new DateOnly(2025, 3, 10)));
    }

    [Fact]
    public void AgeOn_DateBeforeBirth_Null()
    {
        var person = new PersonFacts(Sex.Unspecified, new DateOnly(2000, 1, 1));

        Assert.Null(person.AgeOn(new DateOnly(1999, 12, 31)));
    }

    [Fact]
    public void Sex_Default_IsUnspecified()
    {
        Assert.Equal(Sex.Unspecified, default(Sex));
    }
}
