using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FibroTrack.Tests.Infrastructure;
using static FibroTrack.Tests.Api.ApiCalls;

namespace FibroTrack.Tests.Api;

/// <summary>Reminder schedules and when a questionnaire is due, and one person's responses kept from another.</summary>
public sealed class InstrumentsScheduleTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> PutScheduleAsync(HttpClient client, string instrument, object body) =>
        client.PutAsJsonAsync($"/api/v1/instruments/{instrument}/schedule", body, Ct);

    private static async Task<JsonElement> StatusAsync(HttpClient client, string instrument) =>
        InstrumentForms.Status(await client.GetJsonAsync("/api/v1/instruments/status"), instrument);

    [Fact]
    public async Task Status_NewPerson_NothingScheduledNothingDue()
    {
        var client = await Accounts.SignUpAsync(factory);

        var statuses = await client.GetJsonAsync("/api/v1/instruments/status");

        Assert.Equal(["acr2016", "fiqr", "peg", "phq9", "gad7"], statuses.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.All(statuses.EnumerateArray(), s =>
        {
            Assert.Equal(0, s.GetProperty("everyDays").GetInt32());
            Assert.False(s.GetProperty("due").GetBoolean());
            Assert.Equal(JsonValueKind.Null, s.GetProperty("lastDate").ValueKind);
        });
    }

    [Fact]
    public async Task SetSchedule_NeverFilledIn_DueUntilAResponseToday()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var put = await PutScheduleAsync(client, "phq9", new { everyDays = 28 });

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        var status = await StatusAsync(client, "phq9");
        Assert.Equal(28, status.GetProperty("everyDays").GetInt32());
        Assert.True(status.GetProperty("due").GetBoolean());
        Assert.False((await StatusAsync(client, "gad7")).GetProperty("due").GetBoolean());

        // No date: the server's today.
        var created = await client.CreateAsync("/api/v1/instruments/phq9/responses", new { answers = InstrumentForms.AllSame("phq9", 9, 1) });

        status = await StatusAsync(client, "phq9");
        Assert.False(status.GetProperty("due").GetBoolean());
        Assert.Equal(created.GetProperty("date").GetString(), status.GetProperty("lastDate").GetString());
        Assert.Equal(9, status.GetProperty("lastTotal").GetDouble());
        Assert.Equal("Mild", status.GetProperty("lastBand").GetString());
    }

    [Fact]
    public async Task SetSchedule_LastResponseOlderThanInterval_IsDue()
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.CreateAsync("/api/v1/instruments/gad7/responses", new { date = Date(30), answers = InstrumentForms.AllSame("gad7", 7, 0) });
        await client.CreateAsync("/api/v1/instruments/peg/responses", new { date = Date(3), answers = InstrumentForms.AllSame("peg", 3, 5) });

        Assert.Equal(HttpStatusCode.NoContent, (await PutScheduleAsync(client, "gad7", new { everyDays = 28 })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await PutScheduleAsync(client, "peg", new { everyDays = 7 })).StatusCode);

        Assert.True((await StatusAsync(client, "gad7")).GetProperty("due").GetBoolean());
        Assert.False((await StatusAsync(client, "peg")).GetProperty("due").GetBoolean());
    }

    [Fact]
    public async Task SetSchedule_Zero_TurnsReminderOff()
    {
        var client = await Accounts.SignUpAsync(factory);
        Assert.Equal(HttpStatusCode.NoContent, (await PutScheduleAsync(client, "fiqr", new { everyDays = 14 })).StatusCode);
        Assert.True((await StatusAsync(client, "fiqr")).GetProperty("due").GetBoolean());

        using var put = await PutScheduleAsync(client, "fiqr", new { everyDays = 0 });

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        var status = await StatusAsync(client, "fiqr");
        Assert.Equal(0, status.GetProperty("everyDays").GetInt32());
        Assert.False(status.GetProperty("due").GetBoolean());
    }

    [Fact]
    public async Task SetSchedule_FiveDays_Returns400NamingEveryDaysAndKeepsSchedule()
    {
        var client = await Accounts.SignUpAsync(factory);
        Assert.Equal(HttpStatusCode.NoContent, (await PutScheduleAsync(client, "phq9", new { everyDays = 28 })).StatusCode);

        using var put = await PutScheduleAsync(client, "phq9", new { everyDays = 5 });

        var errors = await ValidationErrorsAsync(put);
        Assert.Contains("28", Assert.Single(errors["everyDays"]));
        Assert.Equal(28, (await StatusAsync(client, "phq9")).GetProperty("everyDays").GetInt32());
    }

    [Fact]
    public async Task SetSchedule_EveryDaysAsString_Returns400NamingEveryDays()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var put = await PutScheduleAsync(client, "phq9", new { everyDays = "28" });

        Assert.Contains("everyDays", await ValidationFieldsAsync(put));
        Assert.Equal(0, (await StatusAsync(client, "phq9")).GetProperty("everyDays").GetInt32());
    }

    [Fact]
    public async Task OtherPerson_CannotReadDeleteOrListResponse()
    {
        var a = await Accounts.SignUpAsync(factory);
        var b = await Accounts.SignUpAsync(factory);
        var created = await a.CreateAsync("/api/v1/instruments/fiqr/responses", new { date = Date(1), answers = InstrumentForms.Fiqr() });
        var id = created.GetProperty("id").GetInt64();

        using var get = await b.GetAsync($"/api/v1/instrument-responses/{id}", Ct);
        using var delete = await b.DeleteAsync($"/api/v1/instrument-responses/{id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Empty((await b.GetJsonAsync("/api/v1/instruments/fiqr/responses")).EnumerateArray());
        Assert.Equal(JsonValueKind.Null, (await StatusAsync(b, "fiqr")).GetProperty("lastDate").ValueKind);
        var stillThere = await a.GetJsonAsync($"/api/v1/instrument-responses/{id}");
        Assert.Equal(58.5, stillThere.GetProperty("total").GetDouble());
    }

    [Fact]
    public async Task OtherPerson_SameInstrumentAndDate_DoesNotReplaceTheirs()
    {
        var a = await Accounts.SignUpAsync(factory);
        var b = await Accounts.SignUpAsync(factory);
        var date = Date(2);
        var mine = await a.CreateAsync("/api/v1/instruments/fiqr/responses", new { date, answers = InstrumentForms.Fiqr() });
        var before = (await a.GetJsonAsync("/api/v1/instruments/fiqr/responses")).GetRawText();

        var theirs = await b.CreateAsync("/api/v1/instruments/fiqr/responses", new { date, answers = InstrumentForms.Fiqr().ToDictionary(p => p.Key, _ => 0) });

        Assert.NotEqual(mine.GetProperty("id").GetInt64(), theirs.GetProperty("id").GetInt64());
        Assert.Equal(0, theirs.GetProperty("total").GetDouble());
        Assert.Equal(before, (await a.GetJsonAsync("/api/v1/instruments/fiqr/responses")).GetRawText());
        Assert.Single((await b.GetJsonAsync("/api/v1/instruments/fiqr/responses")).EnumerateArray());
    }

    [Fact]
    public async Task OtherPerson_ScheduleIsTheirOwn()
    {
        var a = await Accounts.SignUpAsync(factory);
        var b = await Accounts.SignUpAsync(factory);

        Assert.Equal(HttpStatusCode.NoContent, (await PutScheduleAsync(a, "phq9", new { everyDays = 28 })).StatusCode);

        var statusB = await StatusAsync(b, "phq9");
        Assert.Equal(0, statusB.GetProperty("everyDays").GetInt32());
        Assert.False(statusB.GetProperty("due").GetBoolean());
    }
}
