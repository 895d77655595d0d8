using System.CommandLine;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Admin;
using Microsoft.AspNetCore.Identity;

namespace FibroTrack.Cli;

/// <summary><c>fibrotrack user …</c>: account administration.</summary>
public static class UserCommands
{
    public static Command Create()
    {
        var user = new Command("user", "Manage accounts.");
        user.Subcommands.Add(CreateAdd());
        user.Subcommands.Add(CreateRole());
        return user;
    }

    /// <summary><c>fibrotrack user role add|remove --email X --role Clinician</c>: whoever runs the server administers it.</summary>
    private static Command CreateRole()
    {
        var role = new Command("role", $"Grant or remove a role: {string.Join(" or ", Roles.Assignable)}.");
        role.Subcommands.Add(CreateRoleChange("add", "Grant the role to an account.", add: true));
        role.Subcommands.Add(CreateRoleChange("remove", "Remove the role from an account.", add: false));
        return role;
    }

    private static Command CreateRoleChange(string name, string description, bool add)
    {
        var email = new Option<string>("--email") { Description = "The account's email address.", Required = true };
        var roleName = new Option<string>("--role") { Description = string.Join(" or ", Roles.Assignable) + ".", Required = true };
        var command = new Command(name, description) { email, roleName };
        command.SetAction(async (parse, ct) =>
        {
            await using var app = await FibroTrackCli.BuildServicesAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var address = parse.GetValue(email)!;
            var account = await users.FindByEmailAsync(address);
            if (account is null)
            {
                await Console.Error.WriteLineAsync($"No account has the email address {address}.");
                return 1;
            }

            var outcome = await scope.ServiceProvider.GetRequiredService<UserRoleService>().ChangeAsync(account, parse.GetValue(roleName)!, add);
            if (outcome == UserRoleService.Outcome.UnknownRole)
            {
                await Console.Error.WriteLineAsync($"Unknown role. Choose {string.Join(" or ", Roles.Assignable)}.");
                return 2;
            }

            var roles = await users.GetRolesAsync(account);
            Console.WriteLine($"{address}: {(roles.Count == 0 ? "no roles" : string.Join(", ", roles.Order(StringComparer.Ordinal)))}.");
            return 0;
        });
        return command;
    }

    private static Command CreateAdd()
    {
        var email = new Option<string>("--email") { Description = "The person's email address, used to sign in.", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = "Read the password from the first line of standard input instead of prompting.",
        };
        var admin = new Option<bool>("--admin") { Description = "Make the account an administrator." };
        var add = new Command("add", "Create an account. The first account on a server is always an administrator.")
        {
            email, passwordStdin, admin,
        };
        add.SetAction(async (parse, ct) =>
        {
            var password = parse.GetValue(passwordStdin)
                ? Console.In.ReadLine()
                : ConsolePrompt.ReadSecret("Password: ");
            if (string.IsNullOrEmpty(password))
            {
                await Console.Error.WriteLineAsync("No password given.");
                return 2;
            }

            await using var app = await FibroTrackCli.BuildServicesAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var address = parse.GetValue(email)!;
            var account = new AppUser { UserName = address, Email = address };
            var result = await users.CreateAsync(account, password);
            if (result.Succeeded && parse.GetValue(admin) && !await users.IsInRoleAsync(account, Roles.Administrator))
            {
                var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
                if (!await roles.RoleExistsAsync(Roles.Administrator))
                {
                    await roles.CreateAsync(new IdentityRole(Roles.Administrator));
                }

                result = await users.AddToRoleAsync(account, Roles.Administrator);
            }

            if (!result.Succeeded)
            {
                foreach (var error in result.Errors)
                {
                    await Console.Error.WriteLineAsync($"{error.Code}: {error.Description}");
                }

                return 1;
            }

            var isAdmin = await users.IsInRoleAsync(account, Roles.Administrator);
            Console.WriteLine($"Created {address}{(isAdmin ? " (administrator)" : string.Empty)}.");
            return 0;
        });
        return add;
    }
}
