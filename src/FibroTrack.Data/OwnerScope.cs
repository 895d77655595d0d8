using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace FibroTrack.Data;

/// <summary>
/// Whose personal data this unit of work may touch: the signed-in person on a web request, or the
/// person a command-line job names with <see cref="ActAs"/>. The DbContext reads it for every query
/// and every save of an <see cref="Entities.IOwned"/> row, so isolation is enforced in this one place.
/// A clinician with an active care grant reads one person's data through <see cref="ReadAs"/>, which
/// makes every write of personal data fail for the rest of the scope.
/// </summary>
public sealed class OwnerScope(IHttpContextAccessor? http = null)
{
    private string? _explicitOwner;
    private string? _readAs;

    /// <summary>The account doing the work: the signed-in person, or the person named with <see cref="ActAs"/>.</summary>
    public string? AccountId
    {
        get
        {
            if (_explicitOwner is not null)
            {
                return _explicitOwner;
            }

            // Read late, not cached: the endpoint's own authentication scheme (bearer for the API,
            // cookie for pages) has replaced HttpContext.User by the time data is queried.
            var user = http?.HttpContext?.User;
            return user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        }
    }

    /// <summary>The person whose rows are visible, or <c>null</c> when nobody is signed in (then nothing is).</summary>
    public string? OwnerId => AccountId is null ? null : _readAs ?? AccountId;

    /// <summary>True while reading another person's data: no personal row may be written.</summary>
    public bool IsReadOnly => _readAs is not null;

    /// <summary>Acts for one named person for the rest of this scope (command line, background jobs, tests).</summary>
    public void ActAs(string ownerId)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        _explicitOwner = ownerId;
    }

    /// <summary>
    /// Reads one other person's data, read-only, for the rest of this scope. Only the sharing feature calls this, after
    /// it has found an active care grant for the signed-in clinician in the database.
    /// </summary>
    public void ReadAs(string personId)
    {
        ArgumentException.ThrowIfNullOrEmpty(personId);
        if (AccountId is null)
        {
            throw new InvalidOperationException("Nobody is signed in: there is no reader to read as somebody else.");
        }

        _readAs = personId;
    }

    /// <summary>The current owner, or an exception when there is none: for writes, which must never go unowned.</summary>
    public string RequireOwner() =>
        OwnerId ?? throw new InvalidOperationException("No person is signed in: personal data cannot be written.");

    /// <summary>The acting account, or an exception when nobody is signed in.</summary>
    public string RequireAccount() =>
        AccountId ?? throw new InvalidOperationException("Nobody is signed in.");
}
