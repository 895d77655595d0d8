using System.Data.Common;
using System.Runtime.CompilerServices;
using FibroTrack.Data.Entities;
using FibroTrack.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace FibroTrack.Features.Vocabulary;

/// <summary>
/// Sees every saved change to a vocabulary (custom variables, regimen items, doses), whichever service or import made
/// it, and makes every instance forget that person's cached vocabulary (<see cref="VocabularyCache"/>): this instance
/// at once and again when the change's transaction commits, the others through a PostgreSQL notification. The
/// notification is sent in the change's own transaction when there is one, so it goes out only if the change commits,
/// and never before it.
/// </summary>
public sealed partial class VocabularyChanges(VocabularyCache cache, StorageConnection storage, ILogger<VocabularyChanges> logger)
    : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>The PostgreSQL notification channel; the payload is the person's account id, or <see cref="VocabularyCache.Everyone"/>.</summary>
    public const string Channel = "fibrotrack_vocabulary";

    // Keyed weakly by the context and the transaction: they are per request, this interceptor is one per app.
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _saving = [];
    private readonly ConditionalWeakTable<DbTransaction, HashSet<string>> _uncommitted = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Saved(eventData.Context) is { } owners)
        {
            foreach (var owner in owners)
            {
                Notify(eventData.Context!, owner);
            }
        }

        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Saved(eventData.Context) is { } owners)
        {
            foreach (var owner in owners)
            {
                await NotifyAsync(eventData.Context!, owner, cancellationToken);
            }
        }

        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(transaction);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _uncommitted.Remove(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _uncommitted.Remove(transaction);
        return Task.CompletedTask;
    }

    /// <summary>Notes whose vocabulary this save changes, before it runs (afterwards deleted rows are gone from the tracker).</summary>
    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        HashSet<string>? owners = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var owner = entry.Entity switch
            {
                CustomVariable variable => variable.OwnerId,
                RegimenItem item => item.OwnerId,
                // A dose is the person's through its item, which the regimen service always tracks with it.
                RegimenDose dose => context.ChangeTracker.Entries<RegimenItem>()
                    .FirstOrDefault(i => i.Entity.Id == dose.RegimenItemId)?.Entity.OwnerId ?? VocabularyCache.Everyone,
                _ => null,
            };
            if (owner is not null)
            {
                (owners ??= new HashSet<string>(StringComparer.Ordinal)).Add(owner);
            }
        }

        if (owners is null)
        {
            _saving.Remove(context);
        }
        else
        {
            _saving.AddOrUpdate(context, owners);
        }
    }

    /// <summary>After a save: forgets here at once, and again at commit when the save is part of a larger transaction.</summary>
    private HashSet<string>? Saved(DbContext? context)
    {
        if (context is null || !_saving.TryGetValue(context, out var owners))
        {
            return null;
        }

        _saving.Remove(context);
        foreach (var owner in owners)
        {
            cache.Invalidate(owner);
        }

        if (context.Database.CurrentTransaction?.GetDbTransaction() is { } transaction)
        {
            _uncommitted.GetOrCreateValue(transaction).UnionWith(owners);
        }

        return owners;
    }

    private void Committed(DbTransaction transaction)
    {
        if (_uncommitted.TryGetValue(transaction, out var owners))
        {
            _uncommitted.Remove(transaction);
            foreach (var owner in owners)
            {
                cache.Invalidate(owner);
            }
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _saving.Remove(context);
        }
    }

    private void Notify(DbContext context, string owner)
    {
        if (!storage.IsPostgreSql)
        {
            return;
        }

        try
        {
            context.Database.ExecuteSql($"SELECT pg_notify({Channel}, {owner})");
        }
        catch (DbException ex) when (context.Database.CurrentTransaction is null)
        {
            LogNotifyFailed(logger, ex);
        }
    }

    // The change is committed by now, so the save does not fail for this: other instances keep the old vocabulary for
    // at most VocabularyCache.MaxAge. Inside a transaction the exception propagates and the whole change rolls back.
    private async Task NotifyAsync(DbContext context, string owner, CancellationToken cancellationToken)
    {
        if (!storage.IsPostgreSql)
        {
            return;
        }

        try
        {
            await context.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {owner})", cancellationToken);
        }
        catch (DbException ex) when (context.Database.CurrentTransaction is null)
        {
            LogNotifyFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A saved vocabulary change could not be announced to other instances; they may use the old vocabulary for up to 5 minutes.")]
    private static partial void LogNotifyFailed(ILogger logger, Exception exception);
}
