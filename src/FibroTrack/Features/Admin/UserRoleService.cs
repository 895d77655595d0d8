using FibroTrack.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace FibroTrack.Features.Admin;

/// <summary>Grants and removes the assignable roles; the admin API and <c>fibrotrack user role</c> share it.</summary>
public sealed class UserRoleService(UserManager<AppUser> users, RoleManager<IdentityRole> roles)
{
    public enum Outcome
    {
        Done,
        NoSuchUser,
        UnknownRole,
    }

    /// <summary>Adds or removes <paramref name="role"/> for the account with id <paramref name="userId"/>; idempotent.</summary>
    public async Task<Outcome> ChangeAsync(string userId, string role, bool add) =>
        await users.FindByIdAsync(userId) is { } user ? await ChangeAsync(user, role, add) : Outcome.NoSuchUser;

    public async Task<Outcome> ChangeAsync(AppUser user, string role, bool add)
    {
        if (Data.Roles.FindAssignable(role) is not { } name)
        {
            return Outcome.UnknownRole;
        }

        if (!await roles.RoleExistsAsync(name))
        {
            await roles.CreateAsync(new IdentityRole(name));
        }

        var has = await users.IsInRoleAsync(user, name);
        var result = add == has ? IdentityResult.Success : add ? await users.AddToRoleAsync(user, name) : await users.RemoveFromRoleAsync(user, name);
        return result.Succeeded
            ? Outcome.Done
            : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
