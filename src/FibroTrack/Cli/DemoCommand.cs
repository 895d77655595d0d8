using System.CommandLine;
using System.Security.Cryptography;
using FibroTrack.Core.Demo;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Demo;
using Microsoft.AspNetCore.Identity;

namespace FibroTrack.Cli;

/// <summary>
/// <c>fibrotrack demo</c>: an account holding a year of synthetic diary data from
/// <see cref="DemoDiaryGenerator"/> (seasonal drift, weekly rhythm, flares, processed food raising
/// next-day pain, low-dose naltrexone started with two dose increases). The ground truth is
/// documented on <see cref="DemoTruth"/>.
/// </summary>
public static class DemoCommand
{
    public const string DefaultEmail = "demo@fibrotrack.local";

    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "Email of the demo account.", DefaultValueFactory = _ => DefaultEmail };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input; otherwise a random one is printed." };
        var days = new Option<int>("--days")
        {
            Description = $"Days of diary ({DemoDiaryGenerator.MinDays}–{DemoDiaryGenerator.MaxDays}).",
            DefaultValueFactory = _ => DemoDiaryGenerator.DefaultDays,
        };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same data.", DefaultValueFactory = _ => DemoDiaryGenerator.DefaultSeed };
        var replace = new Option<bool>("--replace") { Description = "Delete an existing account with that email first, with all its data." };
        var command = new Command("demo", "Create a demo account with realistic synthetic diary data ending today.")
        {
            email, passwordStdin, days, seed, replace,
        };

        command.SetAction(async (parse, ct) =>
        {
            var dayCount = parse.GetValue(days);
            if (dayCount is < DemoDiaryGenerator.MinDays or > DemoDiaryGenerator.MaxDays)
            {
                await Console.Error.WriteLineAsync($"--days must be from {DemoDiaryGenerator.MinDays} to {DemoDiaryGenerator.MaxDays}.");
                return 2;
            }

            var password = parse.GetValue(passwordStdin) ? Console.In.ReadLine() : RandomPassword();
            if (string.IsNullOrEmpty(password))
            {
                await Console.Error.WriteLineAsync("No password given on standard input.");
                return 2;
            }

            await using var app = await FibroTrackCli.BuildServicesAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var address = parse.GetValue(email)!;

            if (await users.FindByEmailAsync(address) is { } existing)
            {
                if (!parse.GetValue(replace))
                {
                    await Console.Error.WriteLineAsync($"{address} already exists. Use --replace to delete it and start again.");
                    return 1;
                }

                await users.DeleteAsync(existing);
            }

            var user = new AppUser { UserName = address, Email = address, DisplayName = "Demo" };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                {
                    await Console.Error.WriteLineAsync($"{error.Code}: {error.Description}");
                }

                return 1;
            }

            var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
            var data = DemoDiaryGenerator.Generate(today, dayCount, parse.GetValue(seed));
            var errors = await DemoSeeder.SeedAsync(services, user.Id, data, ct);
            if (errors.Count > 0)
            {
                foreach (var error in errors.Take(10))
                {
                    await Console.Error.WriteLineAsync($"{error.Field}: {error.Message}");
                }

                return 1;
            }

            Console.WriteLine($"Demo account ready: {address}");
            if (!parse.GetValue(passwordStdin))
            {
                Console.WriteLine($"Password: {password}");
            }

            Console.WriteLine($"{data.Days.Count} diary days from {data.Truth.FirstDay:yyyy-MM-dd} to {data.Truth.LastDay:yyyy-MM-dd}, {data.Regimen.Count} regimen items.");
            return 0;
        });
        return command;
    }

    private static string RandomPassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', '-').Replace('+', '_');
}
