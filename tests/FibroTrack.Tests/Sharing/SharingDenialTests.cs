using System.Net;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;
using FibroTrack.Tests.Report;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Sharing;

/// <summary>Everything short of an active grant of the right scope is refused, and refused reads leave no log entry.</summary>
public sealed class SharingDenialTests(SharingFactory factory) : IClassFixture<SharingFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        return response.StatusCode;
    }

    [Fact]
    public async Task ReportOnlyGrant_DeniesWeeklyAndInsights_AllowsReport()
    {
        var (person, _, personId) = await factory.PersonAsync();
        var (clinician, _) = await factory.ClinicianAsync();
        await factory.ShareAndAcceptAsync(person, clinician, "reportOnly");

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(clinician, $"/api/v1/clinician/people/{personId}/weekly"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(clinician, $"/api/v1/clinician/people/{personId}/insights"));
        var pdf = await PdfText.DownloadAsync(clinician, $"/api/v1/clinician/people/{personId}/report.pdf");

        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        Assert.Equal(["report.pdf"], (await SharingFactory.AuditAsync(person)).Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task RevokedGrant_DeniedOnTheVeryNextRequest()
    {
        var (person, _, personId) = await factory.PersonAsync();
        var (clinician, _) = await factory.ClinicianAsync();
        var id = await factory.ShareAndAcceptAsync(person, clinician);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(clinician, $"/api/v1/clinician/people/{personId}/weekly"));

        using var revoked = await person.PostAsync($"/api/v1/sharing/grants/{id}/revoke", null, Ct);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(clinician, $"/api/v1/clinician/people/{personId}/weekly"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(clinician, $"/api/v1/clinician/people/{personId}/report.pdf"));
        Assert.Empty((await clinician.GetJsonAsync("/api/v1/clinician/people")).EnumerateArray());
        Assert.Single(await SharingFactory.AuditAsync(person));
        Assert.Equal("revoked", Assert.Single((await person.GetJsonAsync("/api/v1/sharing/grants")).EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ClinicianWithoutGrant_404ForAnExistingAndAMadeUpPerson()
    {
        var (_, _, personId) = await factory.PersonAsync();
        var (clinician, _) = await factory.ClinicianAsync();

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(clinician, $"/api/v1/clinician/people/{personId}/report.pdf"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(clinician, $"/api/v1/clinician/people/{Guid.NewGuid()}/report.pdf"));
    }

    [Fact]
    public async Task NonClinicianWithCode_403AndTheCodeStaysUnused()
    {
        var (person, _, personId) = await factory.PersonAsync();
        var notClinician = await Accounts.SignUpAsync(factory);
        var (_, code) = await factory.ShareByCodeAsync(person);

        using var accept = await notClinician.PostJsonAsync("/api/v1/clinician/grants/accept", new { code });

        Assert.Equal(HttpStatusCode.Forbidden, accept.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(notClinician, $"/api/v1/clinician/people/{personId}/report.pdf"));
        Assert.Equal("pending", Assert.Single((await person.GetJsonAsync("/api/v1/sharing/grants")).EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task SecondClinician_CannotReuseTheCodeNorReadThroughAnotherClinicianGrant()
    {
        var (person, _, personId) = await factory.PersonAsync();
        var (first, _) = await factory.ClinicianAsync();
        var (second, _) = await factory.ClinicianAsync();
        var (_, code) = await factory.ShareByCodeAsync(person);
        using var firstAccept = await first.PostJsonAsync("/api/v1/clinician/grants/accept", new { code });
        Assert.Equal(HttpStatusCode.OK, firstAccept.StatusCode);

        using var secondAccept = await second.PostJsonAsync("/api/v1/clinician/grants/accept", new { code });

        Assert.Equal(["code"], await ApiCalls.ValidationFieldsAsync(secondAccept));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(second, $"/api/v1/clinician/people/{personId}/report.pdf"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(second, $"/api/v1/clinician/people/{personId}/weekly"));
        Assert.Empty(await SharingFactory.AuditAsync(person));
    }

    [Fact]
    public async Task ClinicianRoleRemoved_DeniedOnTheNextRequest()
    {
        var (person, _, personId) = await factory.PersonAsync();
        var (clinician, email) = await factory.ClinicianAsync();
        await factory.ShareAndAcceptAsync(person, clinician);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await users.RemoveFromRoleAsync((await users.FindByEmailAsync(email))!, Roles.Clinician)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(clinician, $"/api/v1/clinician/people/{personId}/weekly"));
    }

    [Fact]
    public async Task Person_CannotRevokeAnotherPersonsGrant()
    {
        var (person, _, _) = await factory.PersonAsync();
        var (other, _, _) = await factory.PersonAsync();
        var (id, _) = await factory.ShareByCodeAsync(person);

        using var revoke = await other.PostAsync($"/api/v1/sharing/grants/{id}/revoke", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Empty((await other.GetJsonAsync("/api/v1/sharing/grants")).EnumerateArray());
        Assert.Equal("pending", Assert.Single((await person.GetJsonAsync("/api/v1/sharing/grants")).EnumerateArray()).GetProperty("status").GetString());
    }
}
