using FibroTrack.Tests.Cli;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Research;

/// <summary><c>fibrotrack export research --as ADMIN --out FILE</c> on a real SQLite file.</summary>
[Collection(RedirectedConsole.Name)]
public sealed class ResearchExportCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fibrotrack-research-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ExportResearch_Administrator_WritesConsentingPeopleOnly()
    {
        using var factory = new FibroTrackFactory();
        await ResearchPeople.SignUpAsync(factory, "admin@example.test");
        foreach (var (email, consents) in new[] { ("yes1@example.test", true), ("yes2@example.test", true), ("no@example.test", false) })
        {
            var person = await ResearchPeople.SignUpAsync(factory, email);
            await ResearchPeople.AsPersonAsync(factory, person.Id, db => db.AddPainDay(ResearchCohortFixture.Today.AddDays(-1), 4, "a private note"));
            if (consents)
            {
                await ResearchPeople.SetConsentAsync(person, true);
            }
        }

        var path = Path.Combine(_folder, "research.parquet");

        var result = await CliRun.RunAsync(string.Empty, ["export", "research", "--as", "admin@example.test", "--out", path, .. factory.DatabaseArgs]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 consenting people", result.Output, StringComparison.Ordinal);
        var table = await ExportTable.ReadAsync(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
        Assert.Equal(2, table.Strings("pseudonym").Distinct().Count());
        Assert.All(table.Strings("code"), c => Assert.Equal("symptom.pain", c));
        Assert.Equal(2, table.Rows);
    }

    [Fact]
    public async Task ExportResearch_NotAnAdministrator_Exit1AndNoFile()
    {
        using var factory = new FibroTrackFactory();
        await ResearchPeople.SignUpAsync(factory, "admin@example.test");
        await ResearchPeople.SignUpAsync(factory, "person@example.test");
        var path = Path.Combine(_folder, "research.parquet");

        var result = await CliRun.RunAsync(string.Empty, ["export", "research", "--as", "person@example.test", "--out", path, .. factory.DatabaseArgs]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not an administrator", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
