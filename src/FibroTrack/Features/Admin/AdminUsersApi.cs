using FibroTrack.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using FibroTrack.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace FibroTrack.Features.Admin;

/// <summary><c>/api/v1/admin/users</c>: an administrator lists accounts and grants or removes the Clinician and Researcher roles.</summary>
public static class AdminUsersApi
{
    public sealed record AdminUserDto(string Id, string? Email, DateTime CreatedAt, IReadOnlyList<string> Roles);

    public static RouteGroupBuilder MapAdminUsersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admin/users").WithTags("Administration").AddEndpointFilter(new RequireRoleFilter(Roles.Administrator));
        group.MapGet("/", async (FibroTrackDbContext db, CancellationToken ct) =>
            {
                var users = await db.Users.AsNoTracking().OrderBy(u => u.CreatedAt).ThenBy(u => u.Id)
                    .Select(u => new { u.Id, u.Email, u.CreatedAt }).ToListAsync(ct);
                var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
                return TypedResults.Ok(users.Select(u => new AdminUserDto(u.Id, u.Email, u.CreatedAt,
                    [.. roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order(StringComparer.Ordinal)])).ToList());
            })
            .WithName("ListUsers")
            .WithSummary("Every account with its roles. Administrators only.");
        group.MapPut("/{id}/roles/{role}", async Task<Results<NoContent, NotFound, ValidationProblem>> (
                string id, string role, UserRoleService roles) => Answer(await roles.ChangeAsync(id, role, add: true)))
            .WithName("AddUserRole")
            .WithSummary("Grants the Clinician or Researcher role. Administrators only.");
        group.MapDelete("/{id}/roles/{role}", async Task<Results<NoContent, NotFound, ValidationProblem>> (
                string id, string role, UserRoleService roles) => Answer(await roles.ChangeAsync(id, role, add: false)))
            .WithName("RemoveUserRole")
            .WithSummary("Removes the Clinician or Researcher role. Administrators only.");
        return api;
    }

    private static Results<NoContent, NotFound, ValidationProblem> Answer(UserRoleService.Outcome outcome) => outcome switch
    {
        UserRoleService.Outcome.Done => TypedResults.NoContent(),
        UserRoleService.Outcome.NoSuchUser => TypedResults.NotFound(),
        _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["role"] = [$"Choose one of: {string.Join(", ", Roles.Assignable)}."] }),
    };
}
