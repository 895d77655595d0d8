using FibroTrack.Core.Labs;
using Microsoft.Extensions.Time.Testing;

namespace FibroTrack.Core.Tests.Labs;

/// <summary>"In the future" means later than today in UTC+14, as for diary dates (DiaryLimits.LatestDate).</summary>
public sealed class LabValidatorDateTests
{
    [Fact]
    public void Validate_Today_Accepted()
    {
        Assert.Equal(LabFixture.Today, LabFixture.Valid(LabFixture.Input(date: LabFixture.Today)).SpecimenDate);
    }

    [Fact]
    public void Validate_TodayInUtcPlus14_Accepted()
    {
        Assert.True(LabFixture.Validate(LabFixture.Input(date: LabFixture.LatestAccepted)).IsValid);
    }

    [Fact]
    public void Validate_DayAfterLatest_RefusedNamingSpecimenDate()
    {
        var error = LabFixture.SingleError(LabFixture.Input(date: LabFixture.LatestAccepted.AddDays(1)));

        Assert.Equal("specimenDate", error.Field);
        Assert.Contains("2025-03-12 is in the future", error.Message);
    }

    [Fact]
    public void Validate_TomorrowBefore1000Utc_Refused()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 10, 9, 59, 0, TimeSpan.Zero));

        var result = LabValidator.Validate(LabFixture.Input(date: new DateOnly(2025, 3, 11)), clock);

        Assert.Equal("specimenDate", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void Validate_Missing_RefusedNamingSpecimenDate()
    {
        Assert.Equal("specimenDate", LabFixture.SingleError(LabFixture.Input(noDate: true)).Field);
    }

    [Fact]
    public void Validate_1900_Accepted()
    {
        Assert.True(LabFixture.Validate(LabFixture.Input(date: new DateOnly(1900, 1, 1))).IsValid);
    }

    [Fact]
    public void Validate_Before1900_RefusedNamingSpecimenDate()
    {
        var error = LabFixture.SingleError(LabFixture.Input(date: new DateOnly(1899, 12, 31)));

        Assert.Equal("specimenDate", error.Field);
        Assert.Contains("1900-01-01", error.Message);
    }
}
