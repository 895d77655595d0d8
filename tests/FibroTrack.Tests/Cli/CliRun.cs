using FibroTrack.Cli;

namespace FibroTrack.Tests.Cli;

/// <summary>What one run of the <c>fibrotrack</c> command line gave back.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error);

/// <summary>Runs the real command line in this process with the console redirected. Only from <see cref="RedirectedConsole"/> tests.</summary>
internal static class CliRun
{
    public static async Task<CliResult> RunAsync(string stdin, params string[] args)
    {
        var (input, output, error) = (Console.In, Console.Out, Console.Error);
        using var stdIn = new StringReader(stdin);
        using var stdOut = new StringWriter();
        using var stdErr = new StringWriter();
        Console.SetIn(stdIn);
        Console.SetOut(stdOut);
        Console.SetError(stdErr);
        try
        {
            var exit = await FibroTrackCli.Build().Parse(args).InvokeAsync(cancellationToken: TestContext.Current.CancellationToken);
            return new CliResult(exit, stdOut.ToString(), stdErr.ToString());
        }
        finally
        {
            Console.SetIn(input);
            Console.SetOut(output);
            Console.SetError(error);
        }
    }
}
