using FibroTrack.Core.Labs;
using FibroTrack.Core.People;

namespace FibroTrack.Core.Tests.Labs;

/// <summary>Miller A, Green M, Robinson D. BMJ 1983;286:266: upper limit age/2 (men), (age + 10)/2 (women).</summary>
public sealed class LabFlaggerEsrTests
{
    private static LabInterpretation Flag(double esr, PersonFacts person) =>
        LabFlagger.Flag(LabFixture.Quantity("ESR", esr, "mm/h"), person);

    [Theory]
    [InlineData(30, LabFlag.Normal)]
    [InlineData(31, LabFlag.High)]
    public void Flag_Man60_LimitIs30(double esr, LabFlag expected)
    {
        var interpretation = Flag(esr, LabFixture.Person(Sex.Male, 60));

        Assert.Equal(expected, interpretation.Flag);
        Assert.Equal(30, interpretation.Range!.High);
        Assert.Contains("Miller", interpretation.RangeSource);
    }

    [Theory]
    [InlineData(35, LabFlag.Normal)]
    [InlineData(36, LabFlag.High)]
    public void Flag_Woman60_LimitIs35(double esr, LabFlag expected)
    {
        var interpretation = Flag(esr, LabFixture.Person(Sex.Female, 60));

        Assert.Equal(expected, interpretation.Flag);
        Assert.Equal(35, interpretation.Range!.High);
    }

    [Fact]
    public void Flag_SexUnspecified_UsesHigherWomensLimit()
    {
        var interpretation = Flag(33, LabFixture.Person(Sex.Unspecified, 60));

        Assert.Equal(LabFlag.Normal, interpretation.Flag);
        Assert.Equal(35, interpretation.Range!.High);
        Assert.Contains("sex not recorded", interpretation.RangeSource);
    }

    [Fact]
    public void Flag_AgeOnSpecimenDate_NotToday()
    {
        // Born 1965-03-10: 59 on a sample taken 2025-03-09, limit 29.5 for a man.
        var person = new PersonFacts(Sex.Male, new DateOnly(1965, 3, 10));
        var result = LabFixture.Valid(LabFixture.Input("ESR", 30, "mm/h", date: new DateOnly(2025, 3, 9)));

        Assert.Equal(LabFlag.High, LabFlagger.Flag(result, person).Flag);
    }

    [Fact]
    public void Flag_AgeUnknown_Unknown()
    {
        var interpretation = Flag(80, new PersonFacts(Sex.Female, null));

        Assert.Equal(LabFlag.Unknown, interpretation.Flag);
        Assert.Contains("birth date", interpretation.RangeSource);
    }

    [Fact]
    public void Flag_Under18_NoDefault()
    {
        Assert.Equal(LabFlag.Unknown, Flag(40, LabFixture.Person(Sex.Male, 17)).Flag);
    }

    [Fact]
    public void Flag_LabRange_WinsOverMiller()
    {
        var result = LabFixture.Quantity("ESR", 25, "mm/h", high: 20);

        Assert.Equal(LabFlag.High, LabFlagger.Flag(result, LabFixture.Person(Sex.Female, 60)).Flag);
    }

    [Theory]
    [InlineData(Sex.Male, 60, 30)]
    [InlineData(Sex.Female, 60, 35)]
    [InlineData(Sex.Male, 45, 22.5)]
    [InlineData(Sex.Female, 45, 27.5)]
    [InlineData(Sex.Unspecified, 45, 27.5)]
    public void MillerUpperLimit_ReferenceValues(Sex sex, int age, double limit)
    {
        Assert.Equal(limit, EsrReference.MillerUpperLimit(sex, age));
    }
}
