using FibroTrack.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace FibroTrack.Features.Account;

/// <summary>
/// Bearer tokens are self-contained and stay valid until they expire. This filter checks each API
/// request's token against the account as it is now, so a deleted account, a changed password or a
/// "sign out everywhere" (all of which renew the security stamp) ends API access at once.
/// </summary>
internal sealed class SecurityStampFilter(SignInManager<AppUser> signIn) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated == true && await signIn.ValidateSecurityStampAsync(user) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Your sign-in is no longer valid. Please sign in again.");
        }

        return await next(context);
    }
}
