using FibroTrack.Core.Diary;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Diary;

public sealed class DiaryValidatorActivitiesTests
{
    [Fact]
    public void Validate_ValidSession_RecordedWithTypeMinutesAndIntensity()
    {
        var day = DiaryFixture.Valid(DiaryFixture.ValidateActivities(DiaryFixture.Activity("activity.swimming", 45, "vigorous")));

        var session = Assert.Single(day.Activities);
        Assert.Equal(ActivityTypes.Find("activity.swimming"), session.Type);
        Assert.Equal(45, session.Minutes);
        Assert.Equal(Intensity.Vigorous, session.Intensity);
    }

    [Fact]
    public void Validate_NoActivities_EmptyList()
    {
        var day = DiaryFixture.Valid(DiaryFixture.ValidateActivities());

        Assert.Empty(day.Activities);
    }

    [Fact]
    public void Validate_SeveralSessions_KeptInInputOrder()
    {
        var day = DiaryFixture.Valid(DiaryFixture.ValidateActivities(
            DiaryFixture.Activity("activity.yoga", 20, "light"),
            DiaryFixture.Activity("activity.walking", 30, "moderate"),
            DiaryFixture.Activity("activity.yoga", 15, "light")));

        Assert.Equal(
            [("activity.yoga", 20), ("activity.walking", 30), ("activity.yoga", 15)],
            day.Activities.Select(a => (a.Type.Code, a.Minutes)));
    }

    [Fact]
    public void Validate_UnknownActivityType_RefusedNamingType()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateActivities(DiaryFixture.Activity("activity.skydiving")));

        Assert.Equal("activities[0].type", error.Field);
        Assert.Contains("activity.skydiving", error.Message);
    }

    [Fact]
    public void Validate_MissingActivityType_RefusedNamingType()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateActivities(DiaryFixture.Activity(type: null)));

        Assert.Equal("activities[0].type", error.Field);
    }

    [Theory]
    [InlineData("hard")]
    [InlineData("")]
    [InlineData(null)]
    public void Validate_BadIntensity_RefusedNamingIntensity(string? intensity)
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateActivities(DiaryFixture.Activity(intensity: intensity)));

        Assert.Equal("activities[0].intensity", error.Field);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-10.0)]
    [InlineData(1441.0)]
    [InlineData(12.5)]
    public void Validate_MinutesOutsideOneToDayOrFractional_RefusedNamingMinutes(double minutes)
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateActivities(DiaryFixture.Activity(minutes: minutes)));

        Assert.Equal("activities[0].minutes", error.Field);
        Assert.Contains("1 to 1440", error.Message);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(1440.0)]
    public void Validate_MinutesAtBoundary_Accepted(double minutes)
    {
        var day = DiaryFixture.Valid(DiaryFixture.ValidateActivities(DiaryFixture.Activity(minutes: minutes)));

        Assert.Equal((int)minutes, Assert.Single(day.Activities).Minutes);
    }

    [Fact]
    public void Validate_MinutesAsJsonString_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateActivities(new ActivityInput("activity.walking", InputValue.Of("30"), "light")));

        Assert.Equal("activities[0].minutes", error.Field);
    }

    [Fact]
    public void Validate_MissingMinutes_Refused()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateActivities(new ActivityInput("activity.walking", InputValue.Empty, "light")));

        Assert.Equal("activities[0].minutes", error.Field);
    }

    [Fact]
    public void Validate_MinutesFromForm_Accepted()
    {
        var day = DiaryFixture.Valid(DiaryFixture.ValidateActivities(new ActivityInput("activity.cycling", InputValue.FromForm("25"), "moderate")));

        Assert.Equal(25, Assert.Single(day.Activities).Minutes);
    }

    [Fact]
    public void Validate_ErrorInSecondSession_NamesItsIndex()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateActivities(
            DiaryFixture.Activity(),
            DiaryFixture.Activity(minutes: 0)));

        Assert.Equal("activities[1].minutes", error.Field);
    }

    [Fact]
    public void Validate_SessionWithThreeProblems_ReportsEachField()
    {
        var result = DiaryFixture.ValidateActivities(new ActivityInput("activity.unknown", InputValue.Of(0.0), "extreme"));

        Assert.Equal(
            ["activities[0].type", "activities[0].intensity", "activities[0].minutes"],
            result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_SessionsAddingUpToMoreThanADay_RefusedNamingActivities()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateActivities(
            DiaryFixture.Activity(minutes: 720),
            DiaryFixture.Activity("activity.yoga", 721, "light")));

        Assert.Equal("activities", error.Field);
        Assert.Contains("1441", error.Message);
    }

    [Fact]
    public void Validate_SessionsAddingUpToExactlyADay_Accepted()
    {
        var day = DiaryFixture.Valid(DiaryFixture.ValidateActivities(
            DiaryFixture.Activity(minutes: 720),
            DiaryFixture.Activity("activity.yoga", 720, "light")));

        Assert.Equal(1440, day.Activities.Sum(a => a.Minutes));
    }

    [Fact]
    public void Validate_TwentySessions_Accepted()
    {
        var sessions = Enumerable.Range(0, DiaryLimits.MaxActivities).Select(_ => DiaryFixture.Activity(minutes: 10)).ToArray();

        var day = DiaryFixture.Valid(DiaryFixture.ValidateActivities(sessions));

        Assert.Equal(20, day.Activities.Count);
    }

    [Fact]
    public void Validate_TwentyOneSessions_RefusedNamingActivities()
    {
        var sessions = Enumerable.Range(0, DiaryLimits.MaxActivities + 1).Select(_ => DiaryFixture.Activity(minutes: 10)).ToArray();

        var error = DiaryFixture.SingleError(DiaryFixture.ValidateActivities(sessions));

        Assert.Equal("activities", error.Field);
        Assert.Contains("20", error.Message);
    }
}
