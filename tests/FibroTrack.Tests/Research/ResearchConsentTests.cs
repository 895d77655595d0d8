using System.Net.Http.Json;
using System.Text.Json;
using FibroTrack.Data;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Research;

/// <summary>Opting in and out through /api/v1/research/consent, and what that does to the researcher's next result.</summary>
public sealed class ResearchConsentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Consent_NewPerson_NotConsentedAndNoHistory()
    {
        using var factory = new FibroTrackFactory();
        var person = await ResearchPeople.SignUpAsync(factory, "new@example.test");

        var status = await person.Client.GetFromJsonAsync<JsonElement>("/api/v1/research/consent", Ct);

        Assert.False(status.GetProperty("consented").GetBoolean());
        Assert.Equal(0, status.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Consent_OptInOutAndInAgain_KeepsEveryPeriod()
    {
        using var factory = new FibroTrackFactory();
        var person = await ResearchPeople.SignUpAsync(factory, "history@example.test");

        await ResearchPeople.SetConsentAsync(person, true);
        await ResearchPeople.SetConsentAsync(person, true);
        await ResearchPeople.SetConsentAsync(person, false);
        await ResearchPeople.SetConsentAsync(person, true);
        var status = await person.Client.GetFromJsonAsync<JsonElement>("/api/v1/research/consent", Ct);

        Assert.True(status.GetProperty("consented").GetBoolean());
        var history = status.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal(JsonValueKind.Null, history[0].GetProperty("withdrawnAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, history[1].GetProperty("withdrawnAt").ValueKind);
    }

    [Fact]
    public async Task Consent_MissingChoice_400NamingConsented()
    {
        using var factory = new FibroTrackFactory();
        var person = await ResearchPeople.SignUpAsync(factory, "missing@example.test");

        using var response = await person.Client.PutAsJsonAsync("/api/v1/research/consent", new { }, Ct);

        Assert.Contains("consented", await ApiCalls.ValidationFieldsAsync(response));
    }

    [Fact]
    public async Task Consent_IsThePersonsOwn_AnotherPersonStillNotConsented()
    {
        using var factory = new FibroTrackFactory();
        var a = await ResearchPeople.SignUpAsync(factory, "a@example.test");
        var b = await ResearchPeople.SignUpAsync(factory, "b@example.test");

        await ResearchPeople.SetConsentAsync(a, true);
        var status = await b.Client.GetFromJsonAsync<JsonElement>("/api/v1/research/consent", Ct);

        Assert.False(status.GetProperty("consented").GetBoolean());
    }

    [Fact]
    public async Task Cohort_NineConsenting_NothingButFewerThanTen()
    {
        using var factory = new FibroTrackFactory();
        var researcher = await ResearchPeople.WithRoleAsync(factory, "researcher@example.test", Roles.Researcher);
        for (var i = 0; i < 9; i++)
        {
            var person = await ResearchPeople.SignUpAsync(factory, $"p{i}@example.test");
            await ResearchPeople.SetConsentAsync(person, true);
            await ResearchPeople.AsPersonAsync(factory, person.Id, db => db.AddFiqr(ResearchCohortFixture.Today, 30));
        }

        await ResearchPeople.SignUpAsync(factory, "private@example.test");
        var report = await researcher.Client.GetFromJsonAsync<JsonElement>("/api/v1/research/cohort", Ct);

        Assert.Equal(JsonValueKind.Null, report.GetProperty("people").ValueKind);
        Assert.Contains("Fewer than 10", report.GetProperty("suppressed").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, report.GetProperty("distributions").GetArrayLength());
        Assert.Equal(0, report.GetProperty("markers").GetArrayLength());
        Assert.Equal(0, report.GetProperty("onset").GetArrayLength());
    }

    [Fact]
    public async Task Cohort_OneOfTenWithdraws_LeavesTheNextResult()
    {
        using var factory = new FibroTrackFactory();
        var researcher = await ResearchPeople.WithRoleAsync(factory, "researcher@example.test", Roles.Researcher);
        var people = new List<ResearchPerson>();
        for (var i = 0; i < 10; i++)
        {
            var person = await ResearchPeople.SignUpAsync(factory, $"p{i}@example.test");
            await ResearchPeople.SetConsentAsync(person, true);
            people.Add(person);
        }

        var before = await researcher.Client.GetFromJsonAsync<JsonElement>("/api/v1/research/cohort", Ct);
        await ResearchPeople.SetConsentAsync(people[3], false);
        var after = await researcher.Client.GetFromJsonAsync<JsonElement>("/api/v1/research/cohort", Ct);

        Assert.Equal(10, before.GetProperty("people").GetInt32());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("people").ValueKind);
    }
}
