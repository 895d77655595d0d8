using System.CommandLine;
using FibroTrack.Hosting;

namespace FibroTrack.Cli;

/// <summary><c>fibrotrack serve</c>: the web app and API (also the default command).</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command(
            "serve",
            "Run the web app and API (the default). Listens on http://localhost:5080 unless --urls says otherwise; " +
            "listening on other addresses must be asked for explicitly, e.g. --urls http://0.0.0.0:5080.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(RunAsync);
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var app = FibroTrackApp.Build(FibroTrackCli.HostArgs(parse));
        try
        {
            await app.RunAsync(ct);
            return 0;
        }
        catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            await Console.Error.WriteLineAsync($"{ex.Message} Is FibroTrack already running? Choose another address with --urls, e.g. --urls http://localhost:5081.");
            return 1;
        }
    }
}
