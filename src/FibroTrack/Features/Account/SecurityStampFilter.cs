using System.Security.Claims;
using FibroTrack.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FibroTrack.Features.Account;

/// <summary>
/// Bearer tokens are self-contained and stay valid until they expire. This filter checks each API
/// request's token against the account as it is now, so a deleted account, a changed password or a
/// "sign out everywhere" (all of which renew the security stamp) ends API access at once.
/// </summary>
/// <remarks>
/// The same rule as <see cref="SignInManager{TUser}.ValidateSecurityStampAsync(ClaimsPrincipal)"/> (the account exists and
/// its stamp equals the token's), read as one compiled query of the stamp column instead of loading and tracking the user:
/// it runs on every API request, so it is read from the database every time rather than cached.
/// </remarks>
internal sealed class SecurityStampFilter(FibroTrackDbContext db, IOptions<IdentityOptions> identity) : IEndpointFilter
{
    private static readonly Func<FibroTrackDbContext, string, Task<string?>> StampOf = EF.CompileAsyncQuery(
        (FibroTrackDbContext db, string id) => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefault());

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated == true && !await IsCurrentAsync(user))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Your sign-in is no longer valid. Please sign in again.");
        }

        return await next(context);
    }

    private async Task<bool> IsCurrentAsync(ClaimsPrincipal user)
    {
        var claims = identity.Value.ClaimsIdentity;
        var id = user.FindFirstValue(claims.UserIdClaimType);
        var claimed = user.FindFirstValue(claims.SecurityStampClaimType);
        return id is not null && claimed is not null && string.Equals(await StampOf(db, id), claimed, StringComparison.Ordinal);
    }
}
