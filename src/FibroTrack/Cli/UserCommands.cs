using System.CommandLine;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace FibroTrack.Cli;

/// <summary><c>fibrotrack user …</c>: account administration.</summary>
public static class UserCommands
{
    public static Command Create()
    {
        var user = new Command("user", "Manage accounts.");
        user.Subcommands.Add(CreateAdd());
        return user;
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
