using FibroTrack.Core.Diary;

namespace FibroTrack.Core.Tests.Diary;

public sealed class DiaryValidatorNotesTests
{
    private static DiaryDayInput WithNotes(string? notes) => new() { Date = DiaryFixture.Today, Notes = notes };

    [Fact]
    public void Validate_Notes_Trimmed()
    {
        var day = DiaryFixture.Valid(DiaryFixture.Validate(WithNotes("  Bad night.\nBetter by noon.  ")));

        Assert.Equal("Bad night.\nBetter by noon.", day.Notes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Validate_BlankNotes_StoredAsNull(string? notes)
    {
        var day = DiaryFixture.Valid(DiaryFixture.Validate(WithNotes(notes)));

        Assert.Null(day.Notes);
    }

    [Fact]
    public void Validate_NotesOfMaximumLength_Accepted()
    {
        var day = DiaryFixture.Valid(DiaryFixture.Validate(WithNotes(new string('x', DiaryLimits.MaxNotesLength))));

        Assert.Equal(DiaryLimits.MaxNotesLength, day.Notes!.Length);
    }

    [Fact]
    public void Validate_NotesTooLong_RefusedNamingNotes()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.Validate(WithNotes(new string('x', DiaryLimits.MaxNotesLength + 1))));

        Assert.Equal("notes", error.Field);
        Assert.Contains("4001", error.Message);
    }
}
