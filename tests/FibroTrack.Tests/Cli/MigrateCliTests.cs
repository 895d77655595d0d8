using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Cli;

/// <summary><c>fibrotrack migrate [--list]</c> on a database that has never been migrated.</summary>
public sealed class MigrateCliTests
{
    [Fact]
    public async Task Migrate_FreshDatabase_ListsAppliesThenIsUpToDate()
    {
        using var database = TestDatabase.Create();

        var before = await CliRun.RunAsync(string.Empty, ["migrate", "--list", .. database.CliArgs]);
        var applied = await CliRun.RunAsync(string.Empty, ["migrate", .. database.CliArgs]);
        var again = await CliRun.RunAsync(string.Empty, ["migrate", .. database.CliArgs]);
        var after = await CliRun.RunAsync(string.Empty, ["migrate", "--list", .. database.CliArgs]);

        Assert.Equal((0, 0, 0, 0), (before.ExitCode, applied.ExitCode, again.ExitCode, after.ExitCode));
        var pending = Lines(before.Output, "pending  ");
        Assert.Contains(pending, m => m.EndsWith("_InitialCreate", StringComparison.Ordinal));
        Assert.Empty(Lines(before.Output, "applied  "));
        Assert.Contains($"Applied {pending.Count} migration(s)", applied.Output, StringComparison.Ordinal);
        Assert.Contains("is up to date", again.Output, StringComparison.Ordinal);
        Assert.Equal(pending, Lines(after.Output, "applied  "));
        Assert.Empty(Lines(after.Output, "pending  "));
    }

    private static List<string> Lines(string output, string prefix) =>
        [.. output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l[prefix.Length..])];
}
