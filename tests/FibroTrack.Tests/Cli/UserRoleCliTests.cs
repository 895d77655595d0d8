using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Cli;

/// <summary><c>fibrotrack user role add|remove</c>: whoever runs the server grants and removes the Clinician and Researcher roles.</summary>
[Collection(RedirectedConsole.Name)]
public sealed class UserRoleCliTests
{
    private const string Email = "doctor@example.test";

    private static Task<CliResult> RoleAsync(FibroTrackFactory factory, string verb, string email, string role) =>
        CliRun.RunAsync(string.Empty, ["user", "role", verb, "--email", email, "--role", role, .. factory.DatabaseArgs]);

    private static async Task<IList<string>> RolesOfAsync(FibroTrackFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(Email))!);
    }

    private static async Task<FibroTrackFactory> ServerWithDoctorAsync()
    {
        var factory = new FibroTrackFactory();
        await Accounts.SignUpAsync(factory, "admin@example.test");
        await Accounts.SignUpAsync(factory, Email);
        return factory;
    }

    [Fact]
    public async Task RoleAdd_ThenRemove_ChangesTheAccountsRoles()
    {
        using var factory = await ServerWithDoctorAsync();

        var added = await RoleAsync(factory, "add", Email, "clinician");
        Assert.Equal(0, added.ExitCode);
        Assert.Equal([Roles.Clinician], await RolesOfAsync(factory));
        Assert.Contains("Clinician", added.Output, StringComparison.Ordinal);

        var removed = await RoleAsync(factory, "remove", Email, "Clinician");
        Assert.Equal(0, removed.ExitCode);
        Assert.Empty(await RolesOfAsync(factory));
    }

    [Fact]
    public async Task RoleAdd_UnknownRoleOrAccount_NonZeroExitAndNothingChanged()
    {
        using var factory = await ServerWithDoctorAsync();

        var unknownRole = await RoleAsync(factory, "add", Email, "Administrator");
        var unknownAccount = await RoleAsync(factory, "add", "nobody@example.test", "Clinician");

        Assert.Equal(2, unknownRole.ExitCode);
        Assert.Equal(1, unknownAccount.ExitCode);
        Assert.Contains("nobody@example.test", unknownAccount.Error, StringComparison.Ordinal);
        Assert.Empty(await RolesOfAsync(factory));
    }
}
