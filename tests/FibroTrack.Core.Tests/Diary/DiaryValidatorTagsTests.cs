using FibroTrack.Core.Diary;

namespace FibroTrack.Core.Tests.Diary;

public sealed class DiaryValidatorTagsTests
{
    [Fact]
    public void Validate_Tags_Trimmed()
    {
        var day = DiaryFixture.Valid(DiaryFixture.ValidateTags("  long shift ", "\tvisitors\n"));

        Assert.Equal(["long shift", "visitors"], day.Tags);
    }

    [Fact]
    public void Validate_TagsDifferingOnlyInCase_FirstSpellingKept()
    {
        var day = DiaryFixture.Valid(DiaryFixture.ValidateTags("Work", "work", " WORK ", "garden"));

        Assert.Equal(["Work", "garden"], day.Tags);
    }

    [Fact]
    public void Validate_BlankTags_Dropped()
    {
        var day = DiaryFixture.Valid(DiaryFixture.ValidateTags("", "   ", "rain"));

        Assert.Equal(["rain"], day.Tags);
    }

    [Fact]
    public void Validate_TagOfMaximumLength_Accepted()
    {
        var tag = new string('a', DiaryLimits.MaxTagLength);

        var day = DiaryFixture.Valid(DiaryFixture.ValidateTags(tag));

        Assert.Equal([tag], day.Tags);
    }

    [Fact]
    public void Validate_TagTooLong_RefusedNamingIndex()
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateTags("ok", new string('a', DiaryLimits.MaxTagLength + 1)));

        Assert.Equal("tags[1]", error.Field);
        Assert.Contains("50", error.Message);
    }

    [Fact]
    public void Validate_TagLongOnlyBeforeTrimming_Accepted()
    {
        var day = DiaryFixture.Valid(DiaryFixture.ValidateTags("   " + new string('a', DiaryLimits.MaxTagLength) + "   "));

        Assert.Equal(DiaryLimits.MaxTagLength, Assert.Single(day.Tags).Length);
    }

    [Theory]
    [InlineData("late\tnight")]
    [InlineData("two\nlines")]
    [InlineData("bell\u0007")]
    public void Validate_TagWithControlCharacter_Refused(string tag)
    {
        var error = DiaryFixture.SingleError(DiaryFixture.ValidateTags(tag));

        Assert.Equal("tags[0]", error.Field);
        Assert.Contains("control characters", error.Message);
    }

    [Fact]
    public void Validate_TwentyDistinctTags_Accepted()
    {
        var tags = Enumerable.Range(0, DiaryLimits.MaxTags).Select(i => $"tag{i}").ToArray();

        var day = DiaryFixture.Valid(DiaryFixture.ValidateTags(tags));

        Assert.Equal(20, day.Tags.Count);
    }

    [Fact]
    public void Validate_TwentyOneDistinctTags_RefusedNamingTags()
    {
        var tags = Enumerable.Range(0, DiaryLimits.MaxTags + 1).Select(i => $"tag{i}").ToArray();

        var error = DiaryFixture.SingleError(DiaryFixture.ValidateTags(tags));

        Assert.Equal("tags", error.Field);
    }

    [Fact]
    public void Validate_TwentyOneEntriesOfTwentyDistinctTags_AcceptedAfterDeduplication()
    {
        var tags = Enumerable.Range(0, DiaryLimits.MaxTags).Select(i => $"tag{i}").Append("TAG0").ToArray();

        var day = DiaryFixture.Valid(DiaryFixture.ValidateTags(tags));

        Assert.Equal(20, day.Tags.Count);
    }
}
