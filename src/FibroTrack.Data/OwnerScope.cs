using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace FibroTrack.Data;

/// <summary>
/// Whose personal data this unit of work may touch: the signed-in person on a web request, or the
/// person a command-line job names with <see cref="ActAs"/>. The DbContext reads it for every query
/// and every save of an <see cref="Entities.IOwned"/> row, so isolation is enforced in this one place.
/// </summary>
public sealed class OwnerScope(IHttpContextAccessor? http = null)
{
    private string? _explicitOwner;

    /// <summary>The person whose rows are visible, or <c>null</c> when nobody is signed in (then nothing is).</summary>
    public string? OwnerId
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

    /// <summary>Acts for one named person for the rest of this scope (command line, background jobs, tests).</summary>
    public void ActAs(string ownerId)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        _explicitOwner = ownerId;
    }

    /// <summary>The current owner, or an exception when there is none: for writes, which must never go unowned.</summary>
    public string RequireOwner() =>
        OwnerId ?? throw new InvalidOperationException("No person is signed in: personal data cannot be written.");
}
