using FibroTrack.Data;

namespace FibroTrack.Features.Account;

/// <summary>Answers 403 unless the signed-in account holds one of <paramref name="roles"/> now (read from the database).</summary>
internal sealed class RequireRoleFilter(params string[] roles) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var db = http.RequestServices.GetRequiredService<FibroTrackDbContext>();
        var owner = http.RequestServices.GetRequiredService<OwnerScope>();
        foreach (var role in roles)
        {
            if (await RoleChecks.HasRoleAsync(db, owner.AccountId, role, http.RequestAborted))
            {
                return await next(context);
            }
        }

        return TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: $"This needs the {string.Join(" or ", roles)} role, which an administrator grants.");
    }
}
