using FibroTrack.Data;
using FibroTrack.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Storage;

/// <summary>This process's name on leases: machine, process id and a random part (a restarted process is a new holder).</summary>
public sealed record LeaseHolder(string Id)
{
    public static LeaseHolder ForThisProcess()
    {
        var id = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return new(id.Length <= 200 ? id : id[^200..]);
    }
}

/// <summary>
/// Claims named background work in the database so that several instances (or command-line jobs) sharing it never do
/// the same work at once. A claim is one atomic statement — take over a lease that expired or is ours, otherwise insert
/// one and lose to a concurrent insert through the primary key — so it needs no advisory locks and works on SQLite and
/// PostgreSQL alike.
/// </summary>
public sealed class WorkLeases(FibroTrackDbContext db, TimeProvider clock, LeaseHolder holder)
{
    public string Holder => holder.Id;

    /// <summary>Claims <paramref name="name"/> for <paramref name="duration"/>; false when another holder has a live claim.</summary>
    public async Task<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        var me = holder.Id;
        var taken = await db.WorkLeases
            .Where(l => l.Name == name && (l.ExpiresAt <= now || l.Holder == me))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, me).SetProperty(l => l.ExpiresAt, until), ct);
        if (taken == 1)
        {
            return true;
        }

        db.WorkLeases.Add(new WorkLease { Name = name, Holder = me, ExpiresAt = until });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Someone holds it (or inserted it a moment ago).
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Gives up our claim; a claim that expired and was taken over by another holder is left alone.</summary>
    public Task ReleaseAsync(string name, CancellationToken ct = default)
    {
        var me = holder.Id;
        return db.WorkLeases.Where(l => l.Name == name && l.Holder == me).ExecuteDeleteAsync(ct);
    }
}
