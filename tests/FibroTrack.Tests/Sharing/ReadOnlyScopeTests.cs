using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Sharing;

/// <summary>
/// The DbContext itself, under <see cref="OwnerScope.ReadAs"/>: it shows the person's rows and refuses every write of
/// personal data, whoever's it is, while the access log may still be appended to.
/// </summary>
public sealed class ReadOnlyScopeTests(SharingFactory factory) : IClassFixture<SharingFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(AsyncServiceScope Scope, FibroTrackDbContext Db, string PersonId)> ReadingAsPersonAsync()
    {
        var (_, _, personId) = await factory.PersonAsync();
        var (_, clinicianEmail) = await factory.ClinicianAsync();
        var scope = factory.Services.CreateAsyncScope();
        var owner = scope.ServiceProvider.GetRequiredService<OwnerScope>();
        owner.ActAs(await factory.IdOfAsync(clinicianEmail));
        owner.ReadAs(personId);
        return (scope, scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>(), personId);
    }

    [Fact]
    public async Task ReadAs_QueriesSeeThePersonsRows()
    {
        var (scope, db, personId) = await ReadingAsPersonAsync();
        await using var _ = scope;

        var owners = await db.DiaryEntries.Select(e => e.OwnerId).Distinct().ToListAsync(Ct);

        Assert.Equal([personId], owners);
    }

    [Fact]
    public async Task ReadAs_AddingAPersonalRow_Refused()
    {
        var (scope, db, _) = await ReadingAsPersonAsync();
        await using var _ = scope;
        db.InfectionEpisodes.Add(new InfectionEpisode { Type = "covid-19", StartDate = new DateOnly(2025, 1, 1), CreatedAt = DateTime.UtcNow });

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task ReadAs_WritingADiaryDay_RefusedAndNothingWritten()
    {
        var (scope, db, _) = await ReadingAsPersonAsync();
        await using var _ = scope;
        var entry = await db.DiaryEntries.FirstAsync(Ct);
        var before = await db.Observations.CountAsync(Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            db.WriteDiaryDayAsync(entry.Date, DateTime.UtcNow, [new Core.Diary.Observation(entry.Date, "symptom.pain", 9, null)], Ct));
        Assert.Equal(before, await db.Observations.CountAsync(Ct));
    }

    [Fact]
    public async Task ReadAs_ChangingThePersonsRow_Refused()
    {
        var (scope, db, _) = await ReadingAsPersonAsync();
        await using var _ = scope;
        var entry = await db.DiaryEntries.FirstAsync(Ct);
        entry.UpdatedAt = DateTime.UtcNow;

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task ReadAs_DeletingThePersonsRow_RefusedAndRowKept()
    {
        var (scope, db, personId) = await ReadingAsPersonAsync();
        await using var _ = scope;
        var entry = await db.DiaryEntries.FirstAsync(Ct);
        db.DiaryEntries.Remove(entry);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
        db.ChangeTracker.Clear();
        Assert.True(await db.DiaryEntries.AnyAsync(e => e.Id == entry.Id && e.OwnerId == personId, Ct));
    }

    [Fact]
    public async Task ReadAs_CreatingAGrant_Refused()
    {
        var (scope, db, _) = await ReadingAsPersonAsync();
        await using var _ = scope;
        db.CareGrants.Add(new CareGrant { Scope = ShareScope.ReadAll, CreatedAt = DateTime.UtcNow, ExpiresAt = DateTime.UtcNow.AddDays(1), CodeHash = new string('a', 64) });

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task AccessLog_ChangingAnEntry_Refused()
    {
        var (person, _, personId) = await factory.PersonAsync();
        var (clinician, _) = await factory.ClinicianAsync();
        await factory.ShareAndAcceptAsync(person, clinician);
        await clinician.GetJsonAsync($"/api/v1/clinician/people/{personId}/weekly");
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OwnerScope>().ActAs(personId);
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        var entry = await db.AccessAudit.SingleAsync(Ct);
        entry.Action = "nothing";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task NobodySignedIn_SeesNoGrantNotEvenAnUnacceptedOne()
    {
        var (person, _, _) = await factory.PersonAsync();
        await factory.ShareByCodeAsync(person);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();

        Assert.Equal(0, await db.CareGrants.CountAsync(Ct));
        Assert.True(await db.CareGrants.IgnoreQueryFilters().AnyAsync(g => g.ClinicianId == null, Ct));
    }
}
