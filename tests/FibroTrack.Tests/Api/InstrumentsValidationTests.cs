using System.Net;
using FibroTrack.Tests.Infrastructure;
using static FibroTrack.Tests.Api.ApiCalls;

namespace FibroTrack.Tests.Api;

/// <summary>
/// A questionnaire response the API cannot accept is refused with a 400 problem naming the field,
/// and nothing is stored. Raw JSON on purpose: these are bodies a careless client really sends.
/// </summary>
public sealed class InstrumentsValidationTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>POSTs a raw body on a fresh account, asserts the problem names <paramref name="field"/>, and that nothing was stored.</summary>
    /// <returns>The messages for that field.</returns>
    private async Task<string[]> AssertRefusedAsync(string instrument, string json, string field)
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostRawAsync($"/api/v1/instruments/{instrument}/responses", json);

        var errors = await ValidationErrorsAsync(post);
        Assert.True(errors.ContainsKey(field), $"No error for '{field}'; got: {string.Join(", ", errors.Keys)}.");
        Assert.Empty((await client.GetJsonAsync($"/api/v1/instruments/{instrument}/responses")).EnumerateArray());
        var status = InstrumentForms.Status(await client.GetJsonAsync("/api/v1/instruments/status"), instrument);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, status.GetProperty("lastDate").ValueKind);
        return errors[field];
    }

    [Fact]
    public async Task SubmitFiqr_AnswerAboveTen_Returns400NamingItem()
    {
        var messages = await AssertRefusedAsync("fiqr", InstrumentForms.FiqrJson(Date(1), ("fiqr.f1", "11")), "answers[fiqr.f1]");

        Assert.Contains("0 to 10", Assert.Single(messages));
    }

    [Fact]
    public Task SubmitFiqr_NegativeAnswer_Returns400NamingItem() =>
        AssertRefusedAsync("fiqr", InstrumentForms.FiqrJson(Date(1), ("fiqr.s3", "-1")), "answers[fiqr.s3]");

    [Fact]
    public async Task SubmitPhq9_AnswerFour_Returns400NamingItem()
    {
        var messages = await AssertRefusedAsync("phq9", $$$"""{"date":"{{{Date(1)}}}","answers":{"phq9.1":4,"phq9.2":0}}""", "answers[phq9.1]");

        Assert.Contains("0 to 3", Assert.Single(messages));
    }

    [Fact]
    public async Task SubmitFiqr_NonWholeAnswer_Returns400NamingItem()
    {
        var messages = await AssertRefusedAsync("fiqr", InstrumentForms.FiqrJson(Date(1), ("fiqr.f1", "2.5")), "answers[fiqr.f1]");

        Assert.Contains("whole number", Assert.Single(messages));
    }

    [Fact]
    public Task SubmitFiqr_UnknownItemCode_Returns400NamingIt() =>
        AssertRefusedAsync("fiqr", InstrumentForms.FiqrJson(Date(1), ("fiqr.f10", "3")), "answers[fiqr.f10]");

    [Fact]
    public Task SubmitPeg_ItemOfAnotherInstrument_Returns400NamingIt() =>
        AssertRefusedAsync("peg", $$$"""{"date":"{{{Date(1)}}}","answers":{"peg.1":3,"peg.2":3,"peg.3":3,"phq9.1":1}}""", "answers[phq9.1]");

    [Fact]
    public Task SubmitFiqr_FutureDate_Returns400NamingDate() =>
        AssertRefusedAsync("fiqr", InstrumentForms.FiqrJson("2100-01-01"), "date");

    [Fact]
    public Task SubmitFiqr_DateBeforeEarliest_Returns400NamingDate() =>
        AssertRefusedAsync("fiqr", InstrumentForms.FiqrJson("1899-12-31"), "date");

    [Fact]
    public Task SubmitFiqr_DateNotADate_Returns400NamingDate() =>
        AssertRefusedAsync("fiqr", InstrumentForms.FiqrJson("last week"), "date");

    [Fact]
    public Task SubmitFiqr_AnswerAsString_Returns400NamingItem() =>
        AssertRefusedAsync("fiqr", InstrumentForms.FiqrJson(Date(1), ("fiqr.f1", "\"5\"")), "answers[fiqr.f1]");

    [Fact]
    public Task SubmitFiqr_AnswersNotAnObject_Returns400NamingAnswers() =>
        AssertRefusedAsync("fiqr", $$$"""{"date":"{{{Date(1)}}}","answers":[5,6,4]}""", "answers");

    [Fact]
    public Task SubmitFiqr_UnknownTopLevelProperty_Returns400NamingIt() =>
        AssertRefusedAsync("fiqr", $$$"""{"date":"{{{Date(1)}}}","answer":{"fiqr.f1":5}}""", "answer");

    [Fact]
    public Task SubmitFiqr_EmptyBody_Returns400NamingBody() =>
        AssertRefusedAsync("fiqr", string.Empty, "body");

    [Fact]
    public async Task SubmitFiqr_SeveralProblems_NamesEveryField()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostRawAsync("/api/v1/instruments/fiqr/responses",
            InstrumentForms.FiqrJson("2100-01-01", ("fiqr.f1", "11"), ("fiqr.s2", "0.5"), ("fiqr.x", "1")));

        var fields = await ValidationFieldsAsync(post);
        Assert.Equal(["answers[fiqr.f1]", "answers[fiqr.s2]", "answers[fiqr.x]", "date"], fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SubmitFiqr_InvalidOverStoredResponse_LeavesStoredResponseAsBefore()
    {
        var client = await Accounts.SignUpAsync(factory);
        var date = Date(1);
        await client.CreateAsync("/api/v1/instruments/fiqr/responses", new { date, answers = InstrumentForms.Fiqr() });
        var before = (await client.GetJsonAsync("/api/v1/instruments/fiqr/responses")).GetRawText();

        using var post = await client.PostRawAsync("/api/v1/instruments/fiqr/responses", InstrumentForms.FiqrJson(date, ("fiqr.f1", "11")));

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(before, (await client.GetJsonAsync("/api/v1/instruments/fiqr/responses")).GetRawText());
    }

    [Fact]
    public async Task SubmitResponse_UnknownInstrument_Returns404()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostJsonAsync("/api/v1/instruments/fiq/responses", new { date = Date(1), answers = InstrumentForms.Fiqr() });
        using var list = await client.GetAsync("/api/v1/instruments/fiq/responses", Ct);
        using var schedule = await client.PutAsync("/api/v1/instruments/fiq/schedule", System.Net.Http.Json.JsonContent.Create(new { everyDays = 28 }), Ct);

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, schedule.StatusCode);
    }

    [Fact]
    public async Task GetResponse_UnknownId_Returns404()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var get = await client.GetAsync("/api/v1/instrument-responses/987654321", Ct);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task InstrumentsApi_NoToken_Returns401()
    {
        var anonymous = factory.CreateClient();

        using var list = await anonymous.GetAsync("/api/v1/instruments/fiqr/responses", Ct);
        using var post = await anonymous.PostJsonAsync("/api/v1/instruments/fiqr/responses", new { date = Date(1), answers = InstrumentForms.Fiqr() });

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }
}
