using FibroTrack.Core.Diary;
using FibroTrack.Core.Matrix;
using FibroTrack.Core.Tests.Diary;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Matrix;

/// <summary>The whole path a check-in takes: validate, store as observations, build the matrix.</summary>
public sealed class DailyMatrixFromDiaryTests
{
    [Fact]
    public void Build_FromValidatedDay_CellsMatchWhatWasEntered()
    {
        var day = DiaryFixture.Valid(DiaryFixture.Validate(new DiaryDayInput
        {
            Date = DiaryFixture.Today,
            Values = new Dictionary<string, InputValue>
            {
                [BuiltInVariables.Pain] = InputValue.FromForm("7"),
                [BuiltInVariables.InfectionType] = InputValue.FromForm("influenza"),
            },
            PainAreas = ["wpi.neck", "wpi.upper-back"],
            Activities = [DiaryFixture.Activity("activity.walking", 40, "moderate")],
            Tags = ["Rain"],
        }));

        var matrix = DailyMatrixBuilder.Build(VariableVocabulary.BuiltIn, day.ToObservations(), day.Date.AddDays(-1), day.Date);

        Assert.Equal(7, matrix[day.Date, BuiltInVariables.Pain]);
        Assert.Equal(1, matrix[day.Date, "event.infection-type=influenza"]);
        Assert.Equal(2, matrix[day.Date, MatrixCodes.WpiCount]);
        Assert.Equal(40, matrix[day.Date, MatrixCodes.ActivityMinutes]);
        Assert.Equal(80, matrix[day.Date, MatrixCodes.ActivityLoad]);
        Assert.Equal(1, matrix[day.Date, "tag:Rain"]);
        Assert.True(double.IsNaN(matrix[day.Date, BuiltInVariables.Fatigue]));
        Assert.False(matrix.IsRecorded(0));
    }
}
