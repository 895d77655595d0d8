using System.Net;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Sharing;

/// <summary>Only an administrator lists accounts and grants or removes roles; the check is made on the server, per request.</summary>
public sealed class AdminRolesApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(FibroTrackFactory Factory, HttpClient Admin, HttpClient Person, string PersonId)> ServerAsync()
    {
        var factory = new FibroTrackFactory();
        var admin = await Accounts.SignUpAsync(factory, "admin@example.test");
        var person = await Accounts.SignUpAsync(factory, "person@example.test");
        var users = (await admin.GetJsonAsync("/api/v1/admin/users")).EnumerateArray().ToList();
        var id = users.Single(u => u.GetProperty("email").GetString() == "person@example.test").GetProperty("id").GetString()!;
        return (factory, admin, person, id);
    }

    [Fact]
    public async Task NonAdministrator_403OnEveryAdminEndpoint()
    {
        var (factory, _, person, personId) = await ServerAsync();
        using var _ = factory;

        using var list = await person.GetAsync("/api/v1/admin/users", Ct);
        using var put = await person.PutAsync($"/api/v1/admin/users/{personId}/roles/Clinician", null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        using var clinicianOnly = await person.GetAsync("/api/v1/clinician/people", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, clinicianOnly.StatusCode);
    }

    [Fact]
    public async Task Administrator_GrantsThenRemovesClinician_EffectiveOnTheNextRequest()
    {
        var (factory, admin, person, personId) = await ServerAsync();
        using var _ = factory;

        using var put = await admin.PutAsync($"/api/v1/admin/users/{personId}/roles/clinician", null, Ct);
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        using var asClinician = await person.GetAsync("/api/v1/clinician/people", Ct);
        Assert.Equal(HttpStatusCode.OK, asClinician.StatusCode);
        var listed = (await admin.GetJsonAsync("/api/v1/admin/users")).EnumerateArray().Single(u => u.GetProperty("id").GetString() == personId);
        Assert.Equal(["Clinician"], listed.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        using var delete = await admin.DeleteAsync($"/api/v1/admin/users/{personId}/roles/Clinician", Ct);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        using var after = await person.GetAsync("/api/v1/clinician/people", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
    }

    [Fact]
    public async Task Administrator_UnknownRoleOrAdministrator_400NamingRole_UnknownUser404()
    {
        var (factory, admin, _, personId) = await ServerAsync();
        using var _ = factory;

        using var unknown = await admin.PutAsync($"/api/v1/admin/users/{personId}/roles/Surgeon", null, Ct);
        using var administrator = await admin.PutAsync($"/api/v1/admin/users/{personId}/roles/Administrator", null, Ct);
        using var nobody = await admin.PutAsync($"/api/v1/admin/users/{Guid.NewGuid()}/roles/Clinician", null, Ct);

        Assert.Equal(["role"], await ApiCalls.ValidationFieldsAsync(unknown));
        Assert.Equal(["role"], await ApiCalls.ValidationFieldsAsync(administrator));
        Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
    }
}
