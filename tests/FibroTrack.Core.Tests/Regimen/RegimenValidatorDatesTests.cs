using FibroTrack.Core.Regimen;
using FibroTrack.Core.Tests.Diary;

namespace FibroTrack.Core.Tests.Regimen;

/// <summary>Start and stop dates of new items; stopping an existing item.</summary>
public sealed class RegimenValidatorDatesTests
{
    private static readonly RegimenValidator Validator = RegimenFixture.Validator();

    [Fact]
    public void ValidateNew_NoStartDate_StartsTodayUtc()
    {
        var item = RegimenFixture.Valid(Validator.ValidateNew(RegimenFixture.Custom() with { StartDate = null }, RegimenFixture.NoItems));

        Assert.Equal(RegimenFixture.Today, item.StartDate);
        Assert.Equal(RegimenFixture.Today, item.FirstDose.EffectiveFrom);
    }

    [Fact]
    public void ValidateNew_StartDate_IsFirstDoseEffectiveDate()
    {
        var start = new DateOnly(2024, 6, 1);

        var item = RegimenFixture.Valid(Validator.ValidateNew(RegimenFixture.Custom() with { StartDate = start }, RegimenFixture.NoItems));

        Assert.Equal(start, item.StartDate);
        Assert.Equal(start, item.FirstDose.EffectiveFrom);
    }

    [Fact]
    public void ValidateNew_StartTodayInUtcPlus14_Accepted()
    {
        var item = RegimenFixture.Valid(Validator.ValidateNew(RegimenFixture.Custom() with { StartDate = RegimenFixture.LatestAccepted }, RegimenFixture.NoItems));

        Assert.Equal(RegimenFixture.LatestAccepted, item.StartDate);
    }

    [Fact]
    public void ValidateNew_FutureStart_RefusedNamingStartDate()
    {
        var input = RegimenFixture.Custom() with { StartDate = RegimenFixture.LatestAccepted.AddDays(1) };

        var error = DiaryFixture.SingleError(Validator.ValidateNew(input, RegimenFixture.NoItems));

        Assert.Equal("startDate", error.Field);
        Assert.Contains("future", error.Message);
    }

    [Fact]
    public void ValidateNew_StartBefore1900_RefusedNamingStartDate()
    {
        var input = RegimenFixture.Custom() with { StartDate = new DateOnly(1899, 12, 31), StopDate = null };

        var error = DiaryFixture.SingleError(Validator.ValidateNew(input, RegimenFixture.NoItems));

        Assert.Equal("startDate", error.Field);
    }

    [Fact]
    public void ValidateNew_StopBeforeStart_RefusedNamingStopDate()
    {
        var input = RegimenFixture.Custom() with { StartDate = new DateOnly(2025, 2, 1), StopDate = new DateOnly(2025, 1, 31) };

        var error = DiaryFixture.SingleError(Validator.ValidateNew(input, RegimenFixture.NoItems));

        Assert.Equal("stopDate", error.Field);
    }

    [Fact]
    public void ValidateNew_StopOnStartDay_Accepted()
    {
        var day = new DateOnly(2025, 2, 1);

        var item = RegimenFixture.Valid(Validator.ValidateNew(RegimenFixture.Custom() with { StartDate = day, StopDate = day }, RegimenFixture.NoItems));

        Assert.Equal(day, item.StopDate);
    }

    [Fact]
    public void ValidateStop_NoStopDate_NoErrors()
    {
        Assert.Empty(RegimenValidator.ValidateStop(null, RegimenFixture.Today.AddDays(-30)));
    }

    [Fact]
    public void ValidateStop_Today_NoErrors()
    {
        Assert.Empty(RegimenValidator.ValidateStop(RegimenFixture.Today, RegimenFixture.Today.AddDays(-30)));
    }

    [Fact]
    public void ValidateStop_BeforeStart_RefusedNamingStopDate()
    {
        var error = Assert.Single(RegimenValidator.ValidateStop(new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1)));

        Assert.Equal("stopDate", error.Field);
        Assert.Contains("2025-02-01", error.Message);
    }

    [Fact]
    public void ValidateStop_InFuture_AcceptedAsPlannedStop()
    {
        // Consistent with ValidateNew, which takes a planned stop date too.
        Assert.Empty(RegimenValidator.ValidateStop(RegimenFixture.LatestAccepted.AddDays(7), RegimenFixture.Today.AddDays(-30)));
    }
}
