using FibroTrack.Core.Diary;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Diary;

/// <summary>DiaryDay ⇄ observations: the stored form must give back the same day.</summary>
public sealed class DiaryDayRoundTripTests
{
    private static DiaryDay FullDay() => DiaryFixture.Valid(DiaryFixture.Validate(new DiaryDayInput
    {
        Date = DiaryFixture.Today,
        Values = new Dictionary<string, InputValue>
        {
            [BuiltInVariables.Pain] = InputValue.Of(6.0),
            [BuiltInVariables.SleepHours] = InputValue.Of(6.5),
            [BuiltInVariables.Bedtime] = InputValue.Of("23:30"),
            [BuiltInVariables.Flare] = InputValue.Of(true),
            [BuiltInVariables.ScreensBeforeBed] = InputValue.Of(false),
            [BuiltInVariables.InfectionType] = InputValue.Of("covid-19"),
        },
        PainAreas = ["wpi.neck", "wpi.hip-left", "wpi.abdomen"],
        Activities =
        [
            DiaryFixture.Activity("activity.walking", 30, "light"),
            DiaryFixture.Activity("activity.yoga", 20, "moderate"),
            DiaryFixture.Activity("activity.walking", 15, "vigorous"),
        ],
        Tags = ["work", "visitors"],
        Notes = "Rough morning.",
    }));

    private static void AssertSameDay(DiaryDay expected, DiaryDay actual)
    {
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(
            expected.Values.OrderBy(p => p.Key, StringComparer.Ordinal),
            actual.Values.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(expected.PainAreas, actual.PainAreas);
        Assert.Equal(expected.Activities, actual.Activities);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected.Notes, actual.Notes);
    }

    [Fact]
    public void FromObservations_OfToObservations_GivesBackTheSameDay()
    {
        var day = FullDay();

        var back = DiaryDay.FromObservations(day.Date, day.ToObservations());

        AssertSameDay(day, back);
    }

    [Fact]
    public void FromObservations_ObservationsInReverseOrder_GivesBackTheSameDay()
    {
        var day = FullDay();

        var back = DiaryDay.FromObservations(day.Date, day.ToObservations().Reverse());

        AssertSameDay(day, back);
    }

    [Fact]
    public void ToObservations_Values_OneObservationEachInCodeOrder()
    {
        var day = FullDay();

        var values = day.ToObservations().Where(o => day.Values.ContainsKey(o.Code)).ToList();

        Assert.Equal(day.Values.Keys.Order(StringComparer.Ordinal), values.Select(o => o.Code));
        Assert.All(values, o => Assert.Equal(DiaryFixture.Today, o.Date));
    }

    [Fact]
    public void ToObservations_NumericValue_StoredAsValue()
    {
        var observation = FullDay().ToObservations().Single(o => o.Code == BuiltInVariables.Bedtime);

        Assert.Equal(new Observation(DiaryFixture.Today, BuiltInVariables.Bedtime, 1410, null), observation);
    }

    [Fact]
    public void ToObservations_YesNo_StoredAsOneOrZero()
    {
        var observations = FullDay().ToObservations();

        Assert.Equal(1, observations.Single(o => o.Code == BuiltInVariables.Flare).Value);
        Assert.Equal(0, observations.Single(o => o.Code == BuiltInVariables.ScreensBeforeBed).Value);
    }

    [Fact]
    public void ToObservations_Category_StoredAsTextWithoutValue()
    {
        var observation = FullDay().ToObservations().Single(o => o.Code == BuiltInVariables.InfectionType);

        Assert.Null(observation.Value);
        Assert.Equal("covid-19", observation.Text);
    }

    [Fact]
    public void ToObservations_BodyMapRecorded_AllNineteenAreasAsOneOrZero()
    {
        var areas = FullDay().ToObservations().Where(o => BodyAreas.IsArea(o.Code)).ToList();

        Assert.Equal(BodyAreas.All.Select(a => a.Code), areas.Select(o => o.Code));
        Assert.Equal(
            ["wpi.hip-left", "wpi.neck", "wpi.abdomen"],
            areas.Where(o => o.Value == 1).Select(o => o.Code));
        Assert.Equal(16, areas.Count(o => o.Value == 0));
    }

    [Fact]
    public void ToObservations_BodyMapRecordedWithNothingPainful_NineteenZeros()
    {
        var day = DiaryFixture.Valid(DiaryFixture.Validate(new DiaryDayInput { Date = DiaryFixture.Today, PainAreas = [] }));

        var observations = day.ToObservations();

        Assert.Equal(19, observations.Count);
        Assert.All(observations, o => Assert.Equal(0, o.Value));
    }

    [Fact]
    public void ToObservations_BodyMapNotRecorded_NoAreaObservations()
    {
        var day = DiaryFixture.Valid(DiaryFixture.ValidateValue(BuiltInVariables.Pain, InputValue.Of(4.0)));

        Assert.DoesNotContain(day.ToObservations(), o => BodyAreas.IsArea(o.Code));
    }

    [Fact]
    public void ToObservations_Activities_CarryMinutesIntensityAndOrdinal()
    {
        var sessions = FullDay().ToObservations().Where(o => ActivityTypes.Find(o.Code) is not null).ToList();

        Assert.Equal(
            [
                new Observation(DiaryFixture.Today, "activity.walking", 30, "light", 0),
                new Observation(DiaryFixture.Today, "activity.yoga", 20, "moderate", 1),
                new Observation(DiaryFixture.Today, "activity.walking", 15, "vigorous", 2),
            ],
            sessions);
    }

    [Fact]
    public void ToObservations_Tags_CarryTextAndOrdinal()
    {
        var tags = FullDay().ToObservations().Where(o => o.Code == DiaryCodes.Tag).ToList();

        Assert.Equal(
            [
                new Observation(DiaryFixture.Today, DiaryCodes.Tag, null, "work", 0),
                new Observation(DiaryFixture.Today, DiaryCodes.Tag, null, "visitors", 1),
            ],
            tags);
    }

    [Fact]
    public void ToObservations_Notes_OneNoteObservation()
    {
        var note = Assert.Single(FullDay().ToObservations(), o => o.Code == DiaryCodes.Note);

        Assert.Equal("Rough morning.", note.Text);
        Assert.Null(note.Value);
    }

    [Fact]
    public void ToObservations_EmptyDay_NoObservations()
    {
        var day = DiaryFixture.Valid(DiaryFixture.Validate(new DiaryDayInput { Date = DiaryFixture.Today }));

        Assert.Empty(day.ToObservations());
    }

    [Fact]
    public void FromObservations_NoAreaObservations_PainAreasNull()
    {
        var day = DiaryDay.FromObservations(DiaryFixture.Today, [new Observation(DiaryFixture.Today, BuiltInVariables.Pain, 3, null)]);

        Assert.Null(day.PainAreas);
    }

    [Fact]
    public void FromObservations_OnlyZeroAreaObservations_PainAreasEmpty()
    {
        var observations = BodyAreas.All.Select(a => new Observation(DiaryFixture.Today, a.Code, 0, null));

        var day = DiaryDay.FromObservations(DiaryFixture.Today, observations);

        Assert.NotNull(day.PainAreas);
        Assert.Empty(day.PainAreas);
    }

    [Fact]
    public void FromObservations_ShuffledSessionsAndTags_OrderedByOrdinal()
    {
        var d = DiaryFixture.Today;
        Observation[] observations =
        [
            new(d, DiaryCodes.Tag, null, "second", 1),
            new(d, "activity.yoga", 10, "light", 2),
            new(d, DiaryCodes.Tag, null, "first", 0),
            new(d, "activity.walking", 30, "moderate", 0),
            new(d, "activity.swimming", 20, "vigorous", 1),
        ];

        var day = DiaryDay.FromObservations(d, observations);

        Assert.Equal(["activity.walking", "activity.swimming", "activity.yoga"], day.Activities.Select(a => a.Type.Code));
        Assert.Equal(["first", "second"], day.Tags);
    }

    [Fact]
    public void FromObservations_CodeTheVocabularyNoLongerKnows_KeptAsValue()
    {
        var day = DiaryDay.FromObservations(DiaryFixture.Today, [new Observation(DiaryFixture.Today, "custom.archived", 2, null)]);

        Assert.Equal(RecordedValue.Of(2), day.Values["custom.archived"]);
    }
}
