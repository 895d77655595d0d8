using FibroTrack.Data;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Account;

/// <summary>
/// Role membership read from the database on each request. A bearer token or cookie carries the roles the account had
/// when it signed in; reading them here makes an administrator's grant or removal count from the next request.
/// </summary>
public static class RoleChecks
{
    public static async Task<bool> HasRoleAsync(FibroTrackDbContext db, string? userId, string role, CancellationToken ct = default)
    {
        if (userId is null)
        {
            return false;
        }

        var normalised = role.ToUpperInvariant();
        return await db.UserRoles.AnyAsync(ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalised), ct);
    }
}
