using FibroTrack.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Sharing;

/// <summary>The DbContext's rules for grants: the clinician may only accept, the person may only revoke, once.</summary>
public sealed class CareGrantWriteRulesTests(SharingFactory factory) : IClassFixture<SharingFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An accepted grant, then a scope acting as <paramref name="asClinician"/> ? the clinician : the person.</summary>
    private async Task<(AsyncServiceScope Scope, FibroTrackDbContext Db, long GrantId)> AcceptedGrantAsync(bool asClinician, bool revoked = false)
    {
        var (person, personEmail, _) = await factory.PersonAsync();
        var (clinician, clinicianEmail) = await factory.ClinicianAsync();
        var id = await factory.ShareAndAcceptAsync(person, clinician);
        if (revoked)
        {
            using var revoke = await person.PostAsync($"/api/v1/sharing/grants/{id}/revoke", null, Ct);
            revoke.EnsureSuccessStatusCode();
        }

        var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OwnerScope>().ActAs(await factory.IdOfAsync(asClinician ? clinicianEmail : personEmail));
        return (scope, scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>(), id);
    }

    [Fact]
    public async Task Clinician_UndoingARevocation_Refused()
    {
        var (scope, db, id) = await AcceptedGrantAsync(asClinician: true, revoked: true);
        await using var _ = scope;
        var grant = await db.CareGrants.SingleAsync(g => g.Id == id, Ct);
        grant.RevokedAt = null;

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task Clinician_WideningTheScopeOrExpiry_Refused()
    {
        var (scope, db, id) = await AcceptedGrantAsync(asClinician: true);
        await using var _ = scope;
        var grant = await db.CareGrants.SingleAsync(g => g.Id == id, Ct);
        grant.ExpiresAt = grant.ExpiresAt.AddYears(5);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task Person_RevokingAgainWithAnotherTime_Refused()
    {
        var (scope, db, id) = await AcceptedGrantAsync(asClinician: false, revoked: true);
        await using var _ = scope;
        var grant = await db.CareGrants.SingleAsync(g => g.Id == id, Ct);
        grant.RevokedAt = null;

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task Person_Revoking_Saved()
    {
        var (scope, db, id) = await AcceptedGrantAsync(asClinician: false);
        await using var _ = scope;
        var grant = await db.CareGrants.SingleAsync(g => g.Id == id, Ct);
        grant.RevokedAt = DateTime.UtcNow;

        Assert.Equal(1, await db.SaveChangesAsync(Ct));
    }
}
