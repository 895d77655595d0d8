using System.Net;
using FibroTrack.Tests.Infrastructure;
using static FibroTrack.Tests.Api.ApiCalls;

namespace FibroTrack.Tests.Api;

/// <summary>
/// A day the API cannot accept is refused with a 400 problem naming the field, and nothing is stored.
/// Raw JSON on purpose: these are bodies a careless client really sends.
/// </summary>
public sealed class DiaryValidationTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static readonly string Day = Date(1);

    /// <summary>PUTs a raw body on a fresh account, asserts the problem names <paramref name="field"/>, and that GET finds nothing.</summary>
    /// <returns>The messages for that field.</returns>
    private async Task<string[]> AssertRefusedAsync(string json, string field, string? date = null)
    {
        var client = await Accounts.SignUpAsync(factory);
        date ??= Day;

        using var put = await client.PutRawDayAsync(date, json);

        var errors = await ValidationErrorsAsync(put);
        Assert.True(errors.ContainsKey(field), $"No error for '{field}'; got: {string.Join(", ", errors.Keys)}.");
        using var get = await client.GetDayAsync(date);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        return errors[field];
    }

    [Fact]
    public Task PutDay_PainNegative_Returns400NamingPain() =>
        AssertRefusedAsync("""{"values":{"symptom.pain":-1}}""", "values[symptom.pain]");

    [Fact]
    public Task PutDay_PainFraction_Returns400NamingPain() =>
        AssertRefusedAsync("""{"values":{"symptom.pain":6.5}}""", "values[symptom.pain]");

    [Fact]
    public Task PutDay_NegativeActivityMinutes_Returns400NamingMinutes() =>
        AssertRefusedAsync(
            """{"activities":[{"type":"activity.walking","minutes":-20,"intensity":"light"}]}""",
            "activities[0].minutes");

    [Fact]
    public Task PutDay_UnknownActivityType_Returns400NamingType() =>
        AssertRefusedAsync(
            """{"activities":[{"type":"activity.skydiving","minutes":20,"intensity":"light"}]}""",
            "activities[0].type");

    [Fact]
    public Task PutDay_FutureDate_Returns400NamingDate() =>
        AssertRefusedAsync("""{"values":{"symptom.pain":3}}""", "date", date: "2100-01-01");

    [Fact]
    public Task PutDay_UnknownCode_Returns400NamingValue() =>
        AssertRefusedAsync("""{"values":{"symptom.pain":3,"symptom.nope":2}}""", "values[symptom.nope]");

    [Fact]
    public Task PutDay_UnknownBodyArea_Returns400NamingPainArea() =>
        AssertRefusedAsync("""{"painAreas":["wpi.neck","wpi.tail"]}""", "painAreas[1]");

    [Fact]
    public Task PutDay_PainAsString_Returns400NamingPain() =>
        AssertRefusedAsync("""{"values":{"symptom.pain":"6"}}""", "values[symptom.pain]");

    [Fact]
    public Task PutDay_ValueIsObject_Returns400NamingValue() =>
        AssertRefusedAsync("""{"values":{"symptom.pain":{"value":6}}}""", "values[symptom.pain]");

    [Fact]
    public Task PutDay_ValueIsList_Returns400NamingValue() =>
        AssertRefusedAsync("""{"values":{"symptom.pain":[6]}}""", "values[symptom.pain]");

    [Fact]
    public Task PutDay_YesNoAsNumber_Returns400NamingValue() =>
        AssertRefusedAsync("""{"values":{"diet.omega3":1}}""", "values[diet.omega3]");

    [Fact]
    public async Task PutDay_NumberBeyondDoubleRange_Returns400SayingOutOfRange()
    {
        var messages = await AssertRefusedAsync("""{"values":{"symptom.pain":1e400}}""", "values[symptom.pain]");

        Assert.Contains("out of range", Assert.Single(messages));
    }

    [Fact]
    public async Task PutDay_ActivityMinutesBeyondDoubleRange_Returns400SayingOutOfRange()
    {
        var messages = await AssertRefusedAsync(
            """{"activities":[{"type":"activity.walking","minutes":-1e400,"intensity":"light"}]}""",
            "activities[0].minutes");

        Assert.Contains("out of range", Assert.Single(messages));
    }

    [Fact]
    public Task PutDay_TagsNotAList_Returns400NamingTags() =>
        AssertRefusedAsync("""{"tags":"visitors"}""", "tags");

    [Fact]
    public async Task PutDay_MalformedJson_Returns400NamingJsonPath()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var put = await client.PutRawDayAsync(Day, """{"values":{"symptom.pain":6""");

        // The JSON path of the break, named the way the validators name the value.
        Assert.Equal(["values[symptom.pain]"], await ValidationFieldsAsync(put));
        using var get = await client.GetDayAsync(Day);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task PutDay_MalformedJsonAtTopLevel_Returns400NamingBody()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var put = await client.PutRawDayAsync(Day, "not json");

        Assert.Equal(["body"], await ValidationFieldsAsync(put));
    }

    [Fact]
    public async Task PutDay_ActivityMinutesIsObject_Returns400SayingObject()
    {
        var messages = await AssertRefusedAsync(
            """{"activities":[{"type":"activity.walking","minutes":{"n":20},"intensity":"light"}]}""",
            "activities[0].minutes");

        Assert.Contains("an object", Assert.Single(messages));
    }

    [Fact]
    public Task PutDay_EmptyBody_Returns400NamingBody() =>
        AssertRefusedAsync(string.Empty, "body");

    [Fact]
    public Task PutDay_UnknownTopLevelProperty_Returns400NamingIt() =>
        AssertRefusedAsync("""{"pian":3}""", "pian");

    [Fact]
    public Task PutDay_UnknownPropertyInActivity_Returns400NamingIt() =>
        AssertRefusedAsync(
            """{"activities":[{"type":"activity.walking","minutes":20,"intensity":"light","mood":"great"}]}""",
            "activities[0].mood");

    [Fact]
    public Task PutDay_BodyDateNotADate_Returns400NamingDate() =>
        AssertRefusedAsync("""{"date":"yesterday"}""", "date");

    [Theory]
    [InlineData("2024-1-5")]
    [InlineData("05-01-2024")]
    [InlineData("2024-02-30")]
    [InlineData("20240105")]
    [InlineData("today")]
    public async Task PutDay_PathDateNotIsoDate_Returns400NamingDate(string date)
    {
        var client = await Accounts.SignUpAsync(factory);

        using var put = await client.PutRawDayAsync(date, """{"values":{"symptom.pain":3}}""");

        Assert.Equal(["date"], await ValidationFieldsAsync(put));
    }

    [Fact]
    public async Task GetDay_PathDateNotIsoDate_Returns400NamingDate()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var get = await client.GetDayAsync("2024-13-01");

        Assert.Equal(["date"], await ValidationFieldsAsync(get));
    }

    [Fact]
    public Task PutDay_BodyDateDiffersFromPath_Returns400NamingDate() =>
        AssertRefusedAsync($$$"""{"date":"{{{Date(2)}}}","values":{"symptom.pain":3}}""", "date");

    [Fact]
    public async Task PutDay_BodyDateEqualsPath_IsAccepted()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var put = await client.PutRawDayAsync(Day, $$$"""{"date":"{{{Day}}}","values":{"symptom.pain":3}}""");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }

    [Fact]
    public async Task PutDay_SeveralProblems_NamesEveryField()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var put = await client.PutRawDayAsync(Day, """
            {"values":{"symptom.pain":11,"symptom.fatigue":"high"},
             "activities":[{"type":"activity.walking","minutes":0,"intensity":"extreme"}],
             "painAreas":["wpi.neck","wpi.neck"]}
            """);

        var fields = await ValidationFieldsAsync(put);
        Assert.Equal(
            ["activities[0].intensity", "activities[0].minutes", "painAreas[1]", "values[symptom.fatigue]", "values[symptom.pain]"],
            fields.Order(StringComparer.Ordinal));
    }

    /// <summary>Each body is wrong in a different layer: value rules, JSON syntax, JSON shape, the date check, one bad part in an otherwise good day.</summary>
    public static TheoryData<string> InvalidUpdates => new()
    {
        """{"values":{"symptom.pain":11}}""",
        """{"values":{"symptom.pain":4""",
        """{"values":{"symptom.pain":4},"pian":3}""",
        """{"date":"2000-01-01","values":{"symptom.pain":4}}""",
        """{"values":{"symptom.pain":4},"activities":[{"type":"activity.walking","minutes":-5,"intensity":"light"}]}""",
        """{"values":{"symptom.pain":4,"symptom.fatigue":{"n":1}},"notes":"replaced?"}""",
    };

    [Theory]
    [MemberData(nameof(InvalidUpdates))]
    public async Task PutDay_InvalidBodyOverStoredDay_LeavesStoredDayExactlyAsBefore(string json)
    {
        var client = await Accounts.SignUpAsync(factory);
        using (var first = await client.PutDayAsync(Day, new
        {
            values = new Dictionary<string, object> { ["symptom.pain"] = 6, ["symptom.fatigue"] = 7, ["sleep.hours"] = 6.5 },
            painAreas = new[] { "wpi.neck" },
            activities = new[] { new { type = "activity.walking", minutes = 30, intensity = "light" } },
            tags = new[] { "visitors" },
            notes = "The original.",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var before = (await client.GetStoredDayAsync(Day)).GetRawText();

        using var put = await client.PutRawDayAsync(Day, json);

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal(before, (await client.GetStoredDayAsync(Day)).GetRawText());
    }
}
