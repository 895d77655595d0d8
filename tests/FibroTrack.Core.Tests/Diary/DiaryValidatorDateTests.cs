using FibroTrack.Core.Diary;
using Microsoft.Extensions.Time.Testing;

namespace FibroTrack.Core.Tests.Diary;

/// <summary>"In the future" means later than today in UTC+14, the easternmost zone (DiaryLimits.LatestDate).</summary>
public sealed class DiaryValidatorDateTests
{
    private static DiaryDayInput On(DateOnly date) => new() { Date = date };

    [Fact]
    public void Validate_TodayUtc_Accepted()
    {
        var day = DiaryFixture.Valid(DiaryFixture.Validate(On(DiaryFixture.Today)));

        Assert.Equal(DiaryFixture.Today, day.Date);
    }

    [Fact]
    public void Validate_TodayInUtcPlus14_Accepted()
    {
        // At 12:00 UTC it is 02:00 the next day in UTC+14.
        var day = DiaryFixture.Valid(DiaryFixture.Validate(On(DiaryFixture.LatestAccepted)));

        Assert.Equal(DiaryFixture.LatestAccepted, day.Date);
    }

    [Fact]
    public void Validate_DayAfterLatest_RefusedNamingDate()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.Validate(On(DiaryFixture.LatestAccepted.AddDays(1))));

        Assert.Equal("date", error.Field);
        Assert.Contains("2025-03-12 is in the future", error.Message);
        Assert.Contains("2025-03-11", error.Message);
    }

    [Fact]
    public void Validate_TomorrowBefore1000Utc_Refused()
    {
        // 09:59 UTC is 23:59 in UTC+14: tomorrow has not started anywhere yet.
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 10, 9, 59, 0, TimeSpan.Zero));

        var error = DiaryFixture.SingleError(DiaryFixture.Validator(clock: clock).Validate(On(new DateOnly(2025, 3, 11))));

        Assert.Equal("date", error.Field);
    }

    [Fact]
    public void Validate_TomorrowFrom1000Utc_Accepted()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 10, 10, 0, 0, TimeSpan.Zero));

        var result = DiaryFixture.Validator(clock: clock).Validate(On(new DateOnly(2025, 3, 11)));

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_ClockAdvanced_LatestDateMovesWithIt()
    {
        var clock = new FakeTimeProvider(DiaryFixture.Now);
        var validator = DiaryFixture.Validator(clock: clock);
        var date = DiaryFixture.LatestAccepted.AddDays(1);
        Assert.False(validator.Validate(On(date)).IsValid);

        clock.Advance(TimeSpan.FromDays(1));

        Assert.True(validator.Validate(On(date)).IsValid);
    }

    [Fact]
    public void Validate_EarliestDate_Accepted()
    {
        Assert.True(DiaryFixture.Validate(On(DiaryLimits.EarliestDate)).IsValid);
    }

    [Fact]
    public void Validate_BeforeEarliestDate_RefusedNamingDate()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.Validate(On(DiaryLimits.EarliestDate.AddDays(-1))));

        Assert.Equal("date", error.Field);
        Assert.Contains("1900-01-01", error.Message);
    }

    [Fact]
    public void LatestDate_Noon_IsNextDayFromUtcPlus14()
    {
        Assert.Equal(DiaryFixture.LatestAccepted, DiaryLimits.LatestDate(new FakeTimeProvider(DiaryFixture.Now)));
    }
}
