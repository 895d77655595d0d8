using System.Net;
using System.Text.Json;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Report;

namespace FibroTrack.Tests.Sharing;

/// <summary>Invite, accept, read as the clinician, and the person sees each read in their log.</summary>
public sealed class SharingFlowTests(SharingFactory factory) : IClassFixture<SharingFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CodeInvite_ClinicianAccepts_PersonListedWithScopeAndGrantActive()
    {
        var (person, personEmail, personId) = await factory.PersonAsync();
        var (clinician, _) = await factory.ClinicianAsync();
        var (_, code) = await factory.ShareByCodeAsync(person, "readAll");

        var accepted = await clinician.PostJsonAsync("/api/v1/clinician/grants/accept", new { code = code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal) });

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var people = (await clinician.GetJsonAsync("/api/v1/clinician/people")).EnumerateArray().ToList();
        var listed = Assert.Single(people);
        Assert.Equal(personId, listed.GetProperty("personId").GetString());
        Assert.Equal(personEmail, listed.GetProperty("name").GetString());
        Assert.Equal("readAll", listed.GetProperty("scope").GetString());
        var grant = Assert.Single((await person.GetJsonAsync("/api/v1/sharing/grants")).EnumerateArray());
        Assert.Equal("active", grant.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReadAllGrant_ClinicianReadsWeeklyInsightsAndReport_PersonSeesEachReadInAudit()
    {
        var (person, personEmail, personId) = await factory.PersonAsync();
        var (clinician, clinicianEmail) = await factory.ClinicianAsync();
        await factory.ShareAndAcceptAsync(person, clinician);

        var weekly = await clinician.GetJsonAsync($"/api/v1/clinician/people/{personId}/weekly");
        var insights = await clinician.GetJsonAsync($"/api/v1/clinician/people/{personId}/insights");
        var pdf = await PdfText.DownloadAsync(clinician, $"/api/v1/clinician/people/{personId}/report.pdf");

        Assert.Equal(3, weekly.GetProperty("recordedDays").GetInt32());
        Assert.True(insights.TryGetProperty("method", out _));
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        PdfText.ContainsText(personEmail, PdfText.Squashed(pdf));
        var audit = await SharingFactory.AuditAsync(person);
        Assert.Equal(["report.pdf", "insights", "weekly"], audit.Select(e => e.GetProperty("action").GetString()));
        Assert.All(audit, e => Assert.Equal(clinicianEmail, e.GetProperty("actorEmail").GetString()));
        Assert.Equal($"/api/v1/clinician/people/{personId}/weekly", audit[2].GetProperty("resource").GetString());
    }

    [Fact]
    public async Task ClinicianRead_StoresNothingOfThePerson_AuditOnlyInPersonsLog()
    {
        var (person, _, personId) = await factory.PersonAsync();
        var (clinician, _) = await factory.ClinicianAsync();
        await factory.ShareAndAcceptAsync(person, clinician);

        await clinician.GetJsonAsync($"/api/v1/clinician/people/{personId}/insights");

        // The clinician's own log is empty: the entry is the person's, and nothing was written under the clinician.
        Assert.Empty(await SharingFactory.AuditAsync(clinician));
        Assert.Single(await SharingFactory.AuditAsync(person));
        using var ownInsights = await clinician.GetAsync("/api/v1/insights", Ct);
        Assert.Equal(HttpStatusCode.NotFound, ownInsights.StatusCode);
    }

    [Fact]
    public async Task EmailInvite_ShownToClinicianWithThatAddress_AcceptedThenListed()
    {
        var (person, _, personId) = await factory.PersonAsync();
        var (clinician, clinicianEmail) = await factory.ClinicianAsync();
        var (other, _) = await factory.ClinicianAsync();
        var created = await person.CreateAsync("/api/v1/sharing/grants", new { email = clinicianEmail.ToUpperInvariant(), scope = "reportOnly", expiresOn = factory.InDays(10) });
        Assert.Equal(JsonValueKind.Null, created.GetProperty("code").ValueKind);

        var invite = Assert.Single((await clinician.GetJsonAsync("/api/v1/clinician/invites")).EnumerateArray());
        var id = invite.GetProperty("id").GetInt64();
        Assert.Empty((await other.GetJsonAsync("/api/v1/clinician/invites")).EnumerateArray());
        using var stolen = await other.PostAsync($"/api/v1/clinician/invites/{id}/accept", null, Ct);
        using var accepted = await clinician.PostAsync($"/api/v1/clinician/invites/{id}/accept", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        var listed = Assert.Single((await clinician.GetJsonAsync("/api/v1/clinician/people")).EnumerateArray());
        Assert.Equal(personId, listed.GetProperty("personId").GetString());
        Assert.Equal("reportOnly", listed.GetProperty("scope").GetString());
        Assert.Empty((await clinician.GetJsonAsync("/api/v1/clinician/invites")).EnumerateArray());
    }
}
