using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Api;

/// <summary>
/// The first account on a server becomes its administrator. Each test starts its own server on a
/// fresh database, so which account is first does not depend on other tests.
/// </summary>
public sealed class AdministratorTests
{
    private const string First = "first@example.test";
    private const string Second = "second@example.test";

    private static async Task<FibroTrackFactory> ServerWithTwoAccountsAsync()
    {
        var factory = new FibroTrackFactory();
        try
        {
            await Accounts.SignUpAsync(factory, First);
            await Accounts.SignUpAsync(factory, Second);
            return factory;
        }
        catch
        {
            await factory.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> IsAdministratorAsync(FibroTrackFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.NotNull(user);
        return await users.IsInRoleAsync(user, Roles.Administrator);
    }

    [Fact]
    public async Task SignUp_FirstAccountOnServer_BecomesAdministrator()
    {
        using var factory = await ServerWithTwoAccountsAsync();

        Assert.True(await IsAdministratorAsync(factory, First));
    }

    [Fact]
    public async Task SignUp_SecondAccountOnServer_IsNotAdministrator()
    {
        using var factory = await ServerWithTwoAccountsAsync();

        Assert.False(await IsAdministratorAsync(factory, Second));
    }

    [Fact]
    public async Task SignUp_TwoAccounts_ExactlyOneAdministrator()
    {
        using var factory = await ServerWithTwoAccountsAsync();
        await using var scope = factory.Services.CreateAsyncScope();

        var admins = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().GetUsersInRoleAsync(Roles.Administrator);

        Assert.Equal([First], admins.Select(a => a.Email));
    }

    [Fact]
    public async Task SignUp_SecondAccountAtTheSameInstantWithALowerId_IsNotAdministrator()
    {
        // A clock that stands still: both accounts get the same creation time, so only the id orders them.
        using var factory = new Sharing.SharingFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        Assert.True((await users.CreateAsync(new AppUser { Id = "z-first", UserName = First, Email = First })).Succeeded);
        Assert.True((await users.CreateAsync(new AppUser { Id = "a-second", UserName = Second, Email = Second })).Succeeded);

        Assert.True(await IsAdministratorAsync(factory, First));
        Assert.False(await IsAdministratorAsync(factory, Second));
    }
}
