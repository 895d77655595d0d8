using System.CommandLine;
using FibroTrack.Data;
using FibroTrack.Features.Fhir;
using FibroTrack.Fhir;

namespace FibroTrack.Cli;

/// <summary>
/// <c>fibrotrack export fhir</c>: writes one person's data as a FHIR R4 Bundle (JSON). The person's data is read
/// in their own scope (<see cref="OwnerScope.ActAs"/>), so the owner filter applies exactly as on the web.
/// </summary>
public static class ExportFhirCommand
{
    /// <summary>The <c>fhir</c> subcommand, for the parent <c>export</c> command.</summary>
    public static Command Create() => Create("fhir");

    private static Command Create(string name)
    {
        var email = new Option<string>("--email") { Description = "Whose data to export.", HelpName = "email", Required = true };
        var output = new Option<string?>("--out") { Description = "File to write (default: standard output).", HelpName = "file" };
        var type = new Option<string>("--type")
        {
            Description = "Bundle type: collection or transaction.",
            HelpName = "type",
            DefaultValueFactory = _ => "collection",
        };
        type.AcceptOnlyFromAmong("collection", "transaction");
        var from = new Option<DateOnly?>("--from") { Description = "First date included (yyyy-MM-dd).", HelpName = "date" };
        var to = new Option<DateOnly?>("--to") { Description = "Last date included (yyyy-MM-dd).", HelpName = "date" };
        var command = new Command(name, "Export one person's data as a FHIR R4 Bundle (application/fhir+json).") { email, output, type, from, to };
        command.Validators.Add(result =>
        {
            if (result.GetValue(from) is { } f && result.GetValue(to) is { } t && f > t)
            {
                result.AddError("--from must not be after --to.");
            }
        });

        command.SetAction(async (parse, ct) =>
        {
            await using var app = await FibroTrackCli.BuildServicesAsync(parse, ct);
            await using var scope = app.Services.CreateAsyncScope();
            if (!await FibroTrackCli.ActAsPersonAsync(scope.ServiceProvider, parse.GetValue(email)!))
            {
                return 1;
            }

            var kind = parse.GetValue(type) == "transaction" ? FhirBundleKind.Transaction : FhirBundleKind.Collection;
            var bundle = await ActivatorUtilities.CreateInstance<FhirExportService>(scope.ServiceProvider)
                .ExportAsync(kind, parse.GetValue(from), parse.GetValue(to), ct);

            if (parse.GetValue(output) is { } path)
            {
                await using var file = File.Create(path);
                await FhirJson.SerializeAsync(file, bundle, pretty: true, ct);
                await Console.Error.WriteLineAsync($"Wrote {bundle.Entry.Count} resources to {path}.");
            }
            else
            {
                await using var stdout = Console.OpenStandardOutput();
                await FhirJson.SerializeAsync(stdout, bundle, pretty: true, ct);
            }

            return 0;
        });
        return command;
    }
}
