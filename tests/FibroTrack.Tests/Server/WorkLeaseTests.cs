using FibroTrack.Cli;
using FibroTrack.Data;
using FibroTrack.Storage;
using FibroTrack.Tests.Cli;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FibroTrack.Tests.Server;

/// <summary>Leases on background work in the real database, as two instances would take them.</summary>
[Collection(RedirectedConsole.Name)]
public sealed class WorkLeaseTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    /// <summary>One instance's view: its own context and holder name, on the shared database.</summary>
    private async Task<T> AsInstanceAsync<T>(string holder, Func<WorkLeases, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        return await work(new WorkLeases(db, _clock, new LeaseHolder(holder)));
    }

    [Fact]
    public async Task TryAcquire_HeldByAnotherInstance_RefusedUntilItExpires()
    {
        var name = $"job-{Guid.NewGuid():N}";

        Assert.True(await AsInstanceAsync("a", l => l.TryAcquireAsync(name, TimeSpan.FromMinutes(5), Ct)));
        Assert.False(await AsInstanceAsync("b", l => l.TryAcquireAsync(name, TimeSpan.FromMinutes(5), Ct)));
        Assert.True(await AsInstanceAsync("a", l => l.TryAcquireAsync(name, TimeSpan.FromMinutes(5), Ct)));

        _clock.Advance(TimeSpan.FromMinutes(6));

        Assert.True(await AsInstanceAsync("b", l => l.TryAcquireAsync(name, TimeSpan.FromMinutes(5), Ct)));
        Assert.False(await AsInstanceAsync("a", l => l.TryAcquireAsync(name, TimeSpan.FromMinutes(5), Ct)));
    }

    [Fact]
    public async Task Release_OnlyTheHoldersOwnClaim()
    {
        var name = $"job-{Guid.NewGuid():N}";
        Assert.True(await AsInstanceAsync("a", l => l.TryAcquireAsync(name, TimeSpan.FromMinutes(5), Ct)));

        await AsInstanceAsync("b", async l => { await l.ReleaseAsync(name, Ct); return 0; });
        Assert.False(await AsInstanceAsync("b", l => l.TryAcquireAsync(name, TimeSpan.FromMinutes(5), Ct)));

        await AsInstanceAsync("a", async l => { await l.ReleaseAsync(name, Ct); return 0; });
        Assert.True(await AsInstanceAsync("b", l => l.TryAcquireAsync(name, TimeSpan.FromMinutes(5), Ct)));
    }

    [Fact]
    public async Task TryAcquire_ManyInstancesAtOnce_ExactlyOneWins()
    {
        var name = $"job-{Guid.NewGuid():N}";

        var wins = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            AsInstanceAsync($"racer-{i}", l => l.TryAcquireAsync(name, TimeSpan.FromMinutes(5), Ct))));

        Assert.Equal(1, wins.Count(w => w));
    }

    [Fact]
    public async Task AnalyzeAll_PersonClaimedByAnotherInstance_IsSkippedAndReported()
    {
        using var server = new FibroTrackFactory();
        Assert.Equal(0, (await CliRun.RunAsync("a long enough password\n", ["demo", .. server.DatabaseArgs, "--days", "120", "--password-stdin"])).ExitCode);
        string demoId;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Data.Entities.AppUser>>();
            demoId = (await users.FindByEmailAsync("demo@fibrotrack.local"))!.Id;
            var leases = new WorkLeases(scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>(), TimeProvider.System, new LeaseHolder("another-instance"));
            Assert.True(await leases.TryAcquireAsync(AnalyzeCommand.LeaseName(demoId), TimeSpan.FromMinutes(5), Ct));
        }

        var result = await CliRun.RunAsync(string.Empty, ["analyze", "--all", "--as", "demo@fibrotrack.local", .. server.DatabaseArgs]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Analysed 0 of 1", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 being analysed by another instance (skipped)", result.Output, StringComparison.Ordinal);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
            Assert.False(await db.InsightSnapshots.IgnoreQueryFilters().AnyAsync(s => s.OwnerId == demoId, Ct));
            Assert.Equal("another-instance", (await db.WorkLeases.SingleAsync(Ct)).Holder);
        }
    }
}
