using FibroTrack.Core.Regimen;
using FibroTrack.Core.Tests.Diary;

namespace FibroTrack.Core.Tests.Regimen;

public sealed class RegimenValidatorDoseChangeTests
{
    private static readonly RegimenValidator Validator = RegimenFixture.Validator();
    private static readonly DateOnly ItemStart = new(2025, 1, 15);
    private static readonly DoseSpec Current = new(ItemStart, 1.5, "mg", "at-bedtime");

    [Fact]
    public void ValidateDoseChange_BeforeItemStart_RefusedNamingEffectiveFrom()
    {
        var input = new DoseChangeInput(ItemStart.AddDays(-1), 3, null, null);

        var error = DiaryFixture.SingleError(Validator.ValidateDoseChange(input, ItemStart, null, Current));

        Assert.Equal("effectiveFrom", error.Field);
        Assert.Contains("2025-01-15", error.Message);
    }

    [Fact]
    public void ValidateDoseChange_OnItemStartDay_Accepted()
    {
        var dose = RegimenFixture.Valid(Validator.ValidateDoseChange(new DoseChangeInput(ItemStart, 3, null, null), ItemStart, null, Current));

        Assert.Equal(ItemStart, dose.EffectiveFrom);
    }

    [Fact]
    public void ValidateDoseChange_UnitAndScheduleOmitted_KeepsThoseOfCurrentDose()
    {
        var dose = RegimenFixture.Valid(Validator.ValidateDoseChange(new DoseChangeInput(new DateOnly(2025, 2, 1), 3, null, null), ItemStart, null, Current));

        Assert.Equal(new DoseSpec(new DateOnly(2025, 2, 1), 3, "mg", "at-bedtime"), dose);
    }

    [Fact]
    public void ValidateDoseChange_UnitAndScheduleGiven_Used()
    {
        var input = new DoseChangeInput(new DateOnly(2025, 2, 1), 2, "{tablet}", "twice-daily");

        var dose = RegimenFixture.Valid(Validator.ValidateDoseChange(input, ItemStart, null, Current));

        Assert.Equal(new DoseSpec(new DateOnly(2025, 2, 1), 2, "{tablet}", "twice-daily"), dose);
    }

    [Fact]
    public void ValidateDoseChange_NoEffectiveDate_FromToday()
    {
        var dose = RegimenFixture.Valid(Validator.ValidateDoseChange(new DoseChangeInput(null, 3, null, null), ItemStart, null, Current));

        Assert.Equal(RegimenFixture.Today, dose.EffectiveFrom);
    }

    [Fact]
    public void ValidateDoseChange_InFuture_RefusedNamingEffectiveFrom()
    {
        var input = new DoseChangeInput(RegimenFixture.LatestAccepted.AddDays(1), 3, null, null);

        var error = DiaryFixture.SingleError(Validator.ValidateDoseChange(input, ItemStart, null, Current));

        Assert.Equal("effectiveFrom", error.Field);
    }

    [Fact]
    public void ValidateDoseChange_NoDose_RefusedNotInherited()
    {
        var error = DiaryFixture.SingleError(Validator.ValidateDoseChange(new DoseChangeInput(null, null, null, null), ItemStart, null, Current));

        Assert.Equal("dose", error.Field);
    }

    [Fact]
    public void ValidateDoseChange_ZeroDose_RefusedNamingDose()
    {
        var error = DiaryFixture.SingleError(Validator.ValidateDoseChange(new DoseChangeInput(null, 0, null, null), ItemStart, null, Current));

        Assert.Equal("dose", error.Field);
    }

    [Fact]
    public void ValidateDoseChange_UnknownUnitAndSchedule_BothRefused()
    {
        var result = Validator.ValidateDoseChange(new DoseChangeInput(null, 3, "spoon", "sometimes"), ItemStart, null, Current);

        Assert.Null(result.Value);
        Assert.Equal(["unit", "schedule"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void ValidateDoseChange_AfterItemStopped_RefusedNamingEffectiveFrom()
    {
        var stop = ItemStart.AddDays(10);
        var error = DiaryFixture.SingleError(Validator.ValidateDoseChange(new DoseChangeInput(stop.AddDays(1), 3, null, null), ItemStart, stop, Current));

        Assert.Equal("effectiveFrom", error.Field);
    }

    [Fact]
    public void ValidateDoseChange_OnStopDay_Accepted()
    {
        var stop = ItemStart.AddDays(10);
        var dose = RegimenFixture.Valid(Validator.ValidateDoseChange(new DoseChangeInput(stop, 3, null, null), ItemStart, stop, Current));

        Assert.Equal(stop, dose.EffectiveFrom);
    }
}
