using System.Net;
using FibroTrack.Tests.Api;

namespace FibroTrack.Tests.Sharing;

/// <summary>A grant ends with the last day the person chose (UTC), without anybody revoking it. Each test moves its own server's clock.</summary>
public sealed class SharingExpiryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExpiredGrant_Denied_AndShownExpiredToThePerson()
    {
        using var factory = new SharingFactory();
        var (person, personEmail, personId) = await factory.PersonAsync();
        var (clinician, clinicianEmail) = await factory.ClinicianAsync();
        await factory.ShareAndAcceptAsync(person, clinician, days: 0);
        using (var today = await clinician.GetAsync($"/api/v1/clinician/people/{personId}/weekly", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, today.StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromDays(1));
        // Fresh tokens at the new time, so the answer is about the grant and not an expired sign-in.
        clinician = await factory.SignInAsync(clinicianEmail);
        person = await factory.SignInAsync(personEmail);

        using var after = await clinician.GetAsync($"/api/v1/clinician/people/{personId}/weekly", Ct);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Empty((await clinician.GetJsonAsync("/api/v1/clinician/people")).EnumerateArray());
        Assert.Equal("expired", Assert.Single((await person.GetJsonAsync("/api/v1/sharing/grants")).EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ExpiredCode_CannotBeAccepted()
    {
        using var factory = new SharingFactory();
        var (person, _, _) = await factory.PersonAsync();
        var (_, clinicianEmail) = await factory.ClinicianAsync();
        var (_, code) = await factory.ShareByCodeAsync(person, days: 0);

        factory.Clock.Advance(TimeSpan.FromDays(1));
        var clinician = await factory.SignInAsync(clinicianEmail);
        using var accept = await clinician.PostJsonAsync("/api/v1/clinician/grants/accept", new { code });

        Assert.Equal(["code"], await ApiCalls.ValidationFieldsAsync(accept));
    }
}
