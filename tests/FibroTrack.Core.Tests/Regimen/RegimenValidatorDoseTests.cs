using FibroTrack.Core.Regimen;
using FibroTrack.Core.Tests.Diary;

namespace FibroTrack.Core.Tests.Regimen;

/// <summary>The first dose of a new item: amount, unit and schedule.</summary>
public sealed class RegimenValidatorDoseTests
{
    private static readonly RegimenValidator Validator = RegimenFixture.Validator();

    [Fact]
    public void ValidateNew_ValidDose_FirstDoseRecorded()
    {
        var input = RegimenFixture.BuiltIn("low-dose-naltrexone", 4.5) with { Schedule = "at-bedtime" };

        var item = RegimenFixture.Valid(Validator.ValidateNew(input, RegimenFixture.NoItems));

        Assert.Equal(new DoseSpec(RegimenFixture.Today.AddDays(-7), 4.5, "mg", "at-bedtime"), item.FirstDose);
    }

    [Fact]
    public void ValidateNew_NoSchedule_OnceDaily()
    {
        var item = RegimenFixture.Valid(Validator.ValidateNew(RegimenFixture.Custom(), RegimenFixture.NoItems));

        Assert.Equal("once-daily", item.FirstDose.Schedule);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-5.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1_000_001.0)]
    public void ValidateNew_DoseNotAPositiveFiniteNumberWithinBound_RefusedNamingDose(double dose)
    {
        var error = DiaryFixture.SingleError(Validator.ValidateNew(RegimenFixture.Custom(dose: dose), RegimenFixture.NoItems));

        Assert.Equal("dose", error.Field);
        Assert.Contains("positive number", error.Message);
    }

    [Fact]
    public void ValidateNew_NoDose_RefusedAskingForOne()
    {
        var error = DiaryFixture.SingleError(Validator.ValidateNew(RegimenFixture.Custom(dose: null), RegimenFixture.NoItems));

        Assert.Equal("dose", error.Field);
        Assert.Contains("Give the dose", error.Message);
    }

    [Theory]
    [InlineData(0.001)]
    [InlineData(RegimenValidator.MaxDose)]
    public void ValidateNew_DoseAtBounds_Accepted(double dose)
    {
        var item = RegimenFixture.Valid(Validator.ValidateNew(RegimenFixture.Custom(dose: dose), RegimenFixture.NoItems));

        Assert.Equal(dose, item.FirstDose.Dose);
    }

    [Theory]
    [InlineData("tsp")]
    [InlineData("MG")]
    [InlineData("IU")]
    public void ValidateNew_UnknownUnit_RefusedNamingUnit(string unit)
    {
        var error = DiaryFixture.SingleError(Validator.ValidateNew(RegimenFixture.Custom(unit: unit), RegimenFixture.NoItems));

        Assert.Equal("unit", error.Field);
        Assert.Contains("[IU]", error.Message);
    }

    [Fact]
    public void ValidateNew_CustomItemWithoutUnit_RefusedNamingUnit()
    {
        var error = DiaryFixture.SingleError(Validator.ValidateNew(RegimenFixture.Custom(unit: null), RegimenFixture.NoItems));

        Assert.Equal("unit", error.Field);
    }

    [Fact]
    public void ValidateNew_BuiltInWithOtherKnownUnit_UsesGivenUnit()
    {
        var input = RegimenFixture.BuiltIn("vitamin-d", 25) with { Unit = "ug" };

        var item = RegimenFixture.Valid(Validator.ValidateNew(input, RegimenFixture.NoItems));

        Assert.Equal("ug", item.FirstDose.Unit);
    }

    [Fact]
    public void ValidateNew_UnknownSchedule_RefusedNamingSchedule()
    {
        var error = DiaryFixture.SingleError(Validator.ValidateNew(RegimenFixture.Custom() with { Schedule = "hourly" }, RegimenFixture.NoItems));

        Assert.Equal("schedule", error.Field);
        Assert.Contains("as-needed", error.Message);
    }

    [Fact]
    public void DoseUnitsLabel_Microgram_ReadsAsMicroSign()
    {
        Assert.Equal("µg", DoseUnits.Label("ug"));
    }

    [Fact]
    public void DoseUnitsLabel_UnknownCode_ReturnsCode()
    {
        Assert.Equal("tsp", DoseUnits.Label("tsp"));
    }

    [Fact]
    public void DoseSchedulesLabel_KnownAndUnknown_LabelOrCode()
    {
        Assert.Equal("At bedtime", DoseSchedules.Label("at-bedtime"));
        Assert.Equal("hourly", DoseSchedules.Label("hourly"));
    }
}
