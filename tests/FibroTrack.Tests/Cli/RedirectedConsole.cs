namespace FibroTrack.Tests.Cli;

/// <summary>
/// Tests that redirect the process-wide console (standard input, output, error). They run alone,
/// after the parallel tests, so no other test reads or writes a redirected console.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RedirectedConsole
{
    public const string Name = "Console";
}
