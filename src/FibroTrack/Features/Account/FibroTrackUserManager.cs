using FibroTrack.Data;
using FibroTrack.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FibroTrack.Features.Account;

/// <summary>
/// Identity's user manager with one rule added where every sign-up passes (web form, API, command
/// line): the first account on a server becomes its administrator.
/// </summary>
public sealed class FibroTrackUserManager(
    IUserStore<AppUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<AppUser> passwordHasher,
    IEnumerable<IUserValidator<AppUser>> userValidators,
    IEnumerable<IPasswordValidator<AppUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<AppUser>> logger,
    RoleManager<IdentityRole> roles,
    TimeProvider clock)
    : UserManager<AppUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> CreateAsync(AppUser user)
    {
        user.CreatedAt = clock.GetUtcNow().UtcDateTime;
        var result = await base.CreateAsync(user);
        if (!result.Succeeded)
        {
            return result;
        }

        // Only the very first account: the lowest (creation time, id) wins if two sign up at once, and an account
        // created later at the same microsecond with a lower id does not become a second administrator.
        var first = await Users.OrderBy(u => u.CreatedAt).ThenBy(u => u.Id).Select(u => u.Id).FirstAsync();
        if (first == user.Id && (await GetUsersInRoleAsync(Roles.Administrator)).Count == 0)
        {
            if (!await roles.RoleExistsAsync(Roles.Administrator))
            {
                await roles.CreateAsync(new IdentityRole(Roles.Administrator));
            }

            return await AddToRoleAsync(user, Roles.Administrator);
        }

        return result;
    }
}
