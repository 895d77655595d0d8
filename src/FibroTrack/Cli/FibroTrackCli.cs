using System.CommandLine;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Hosting;
using Microsoft.AspNetCore.Identity;

namespace FibroTrack.Cli;

/// <summary>The <c>fibrotrack</c> command line.</summary>
public static class FibroTrackCli
{
    /// <summary>Overrides <c>Database:Path</c> for any command.</summary>
    public static readonly Option<string?> DatabaseOption = new("--database")
    {
        Description = "SQLite database file (default: data/fibrotrack.db under the working directory).",
        Recursive = true,
    };

    /// <summary>Overrides <c>Database:Provider</c> for any command.</summary>
    public static readonly Option<string?> ProviderOption = new("--database-provider")
    {
        Description = "Sqlite (default) or PostgreSQL.",
        HelpName = "provider",
        Recursive = true,
    };

    /// <summary>Overrides <c>Database:ConnectionString</c> for any command.</summary>
    public static readonly Option<string?> ConnectionStringOption = new("--connection-string")
    {
        Description = "Database connection string (required for PostgreSQL; environment: Database__ConnectionString).",
        HelpName = "connection-string",
        Recursive = true,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand(
            "FibroTrack: a private fibromyalgia diary and insight tracker. Without a command, runs the web server.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Options.Add(DatabaseOption);
        root.Options.Add(ProviderOption);
        root.Options.Add(ConnectionStringOption);
        root.SetAction(ServeCommand.RunAsync);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(UserCommands.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        var export = ExportCommand.Create();
        export.Subcommands.Add(ExportFhirCommand.Create());
        root.Subcommands.Add(export);
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        return root;
    }

    /// <summary>Host arguments for a parse: ASP.NET Core's own (<c>--urls</c>, …) plus the database override.</summary>
    public static string[] HostArgs(ParseResult parse)
    {
        var args = new List<string>(parse.UnmatchedTokens);
        if (parse.GetValue(DatabaseOption) is { } path)
        {
            args.Add($"--Database:Path={path}");
        }

        if (parse.GetValue(ProviderOption) is { } provider)
        {
            args.Add($"--Database:Provider={provider}");
        }

        if (parse.GetValue(ConnectionStringOption) is { } connection)
        {
            args.Add($"--Database:ConnectionString={connection}");
        }

        return [.. args];
    }

    /// <summary>Builds the app's services without starting the server, with the database migrated.</summary>
    public static async Task<WebApplication> BuildServicesAsync(ParseResult parse, CancellationToken ct)
    {
        var app = FibroTrackApp.CreateBuilder(HostArgs(parse)).Build();
        await Storage.DatabaseMigrator.MigrateAsync(app.Services, app.Logger, ct);
        return app;
    }

    /// <summary>
    /// Makes <paramref name="services"/>' scope act as the person with <paramref name="email"/>, so the owner filter and
    /// guard apply to the command as to a signed-in request; false (with the reason printed) when there is no such account.
    /// </summary>
    public static async Task<bool> ActAsPersonAsync(IServiceProvider services, string email)
    {
        if (await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email) is not { } user)
        {
            await Console.Error.WriteLineAsync($"No account with the email {email}.");
            return false;
        }

        services.GetRequiredService<OwnerScope>().ActAs(user.Id);
        return true;
    }
}
