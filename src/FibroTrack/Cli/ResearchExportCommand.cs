using System.CommandLine;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Research;
using Microsoft.AspNetCore.Identity;

namespace FibroTrack.Cli;

/// <summary>
/// <c>fibrotrack export research --as ADMIN --out FILE.parquet</c>: the de-identified research file of every consenting
/// person, the same as <c>GET /api/v1/admin/research/export.parquet</c>. Administrators only.
/// </summary>
public static class ResearchExportCommand
{
    public static Command Create()
    {
        var asAdmin = new Option<string>("--as") { Description = "The email of an administrator account.", HelpName = "email", Required = true };
        var output = new Option<string>("--out") { Description = "The Parquet file to write (replaced if it exists).", HelpName = "file", Required = true };
        var command = new Command(
            "research",
            "De-identified Parquet of everybody who opted in to research: random pseudonyms, 10-year age bands, dates shifted per person, no free text.")
        {
            asAdmin, output,
        };

        command.SetAction(async (parse, ct) =>
        {
            var path = Path.GetFullPath(parse.GetValue(output)!);
            await using var app = await FibroTrackCli.BuildServicesAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var address = parse.GetValue(asAdmin)!;
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var admin = await users.FindByEmailAsync(address);
            if (admin is null || !await users.IsInRoleAsync(admin, Roles.Administrator))
            {
                await Console.Error.WriteLineAsync($"{address} is not an administrator account.");
                return 1;
            }

            var (ok, written) = await PartialFile.WriteAsync(path, file => services.GetRequiredService<DeidentifiedExport>().WriteAsync(file, ct));
            if (!ok)
            {
                return 1;
            }

            Console.WriteLine($"Wrote {written.Rows} rows of {written.People} consenting {(written.People == 1 ? "person" : "people")} to {path}.");
            return 0;
        });
        return command;
    }
}
