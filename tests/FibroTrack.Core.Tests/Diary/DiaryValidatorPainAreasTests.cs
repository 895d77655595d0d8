using FibroTrack.Core.Diary;

namespace FibroTrack.Core.Tests.Diary;

public sealed class DiaryValidatorPainAreasTests
{
    private static DiaryDayInput WithAreas(IReadOnlyList<string>? areas) =>
        new() { Date = DiaryFixture.Today, PainAreas = areas };

    [Fact]
    public void Validate_NullPainAreas_BodyMapNotRecorded()
    {
        var day = DiaryFixture.Valid(DiaryFixture.Validate(WithAreas(null)));

        Assert.Null(day.PainAreas);
    }

    [Fact]
    public void Validate_EmptyPainAreas_BodyMapRecordedWithNothingPainful()
    {
        var day = DiaryFixture.Valid(DiaryFixture.Validate(WithAreas([])));

        Assert.NotNull(day.PainAreas);
        Assert.Empty(day.PainAreas);
    }

    [Fact]
    public void Validate_PainAreas_ReturnedInBodyMapOrder()
    {
        var day = DiaryFixture.Valid(DiaryFixture.Validate(WithAreas(["wpi.lower-back", "wpi.neck", "wpi.jaw-left"])));

        // BodyAreas.All lists the jaw first, then neck before lower back (2016 criteria form order).
        Assert.Equal(["wpi.jaw-left", "wpi.neck", "wpi.lower-back"], day.PainAreas);
    }

    [Fact]
    public void Validate_UnknownPainArea_RefusedNamingIndex()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.Validate(WithAreas(["wpi.neck", "wpi.knee-left"])));

        Assert.Equal("painAreas[1]", error.Field);
        Assert.Contains("wpi.knee-left", error.Message);
    }

    [Fact]
    public void Validate_NonAreaCodeAsPainArea_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.Validate(WithAreas(["symptom.pain"])));

        Assert.Equal("painAreas[0]", error.Field);
    }

    [Fact]
    public void Validate_DuplicatePainArea_RefusedNamingSecondIndex()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.Validate(WithAreas(["wpi.neck", "wpi.chest", "wpi.neck"])));

        Assert.Equal("painAreas[2]", error.Field);
        Assert.Contains("twice", error.Message);
    }

    [Fact]
    public void Validate_AllNineteenAreas_Accepted()
    {
        var all = FibroTrack.Core.Vocabulary.BodyAreas.All.Select(a => a.Code).Reverse().ToList();

        var day = DiaryFixture.Valid(DiaryFixture.Validate(WithAreas(all)));

        Assert.Equal(19, day.PainAreas!.Count);
    }
}
