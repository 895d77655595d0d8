using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Import;
using FibroTrack.Tests.Cli;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static FibroTrack.Tests.Import.ImportFiles;

namespace FibroTrack.Tests.Import;

/// <summary><c>fibrotrack import</c> against a real SQLite file.</summary>
[Collection(RedirectedConsole.Name)]
public sealed class ImportCliTests
{
    private const string Admin = "admin@example.test";
    private const string Person = "person@example.test";
    private const string Password = "a long enough password";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string File3 = Flaredown(
        Row("u-A", Date(5), "Symptom", "Pain", "2"),
        Row("u-B", Date(5), "Symptom", "Pain", "4"),
        Row("u-B", Date(4), "Symptom", "Fatigue", "1"),
        Row("u-C", Date(5), "Tag", "travel day", string.Empty));

    private static async Task<string> WriteAsync(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fibrotrack-import-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, text, Ct);
        return path;
    }

    private static Task<CliResult> UserAddAsync(FibroTrackFactory factory, string email) =>
        CliRun.RunAsync(Password + "\n", ["user", "add", "--email", email, "--password-stdin", .. factory.DatabaseArgs]);

    [Fact]
    public async Task AllUsers_AsAdministrator_CreatesOneAccountPerUserIdWithItsOwnData()
    {
        using var factory = new FibroTrackFactory();
        Assert.Equal(0, (await UserAddAsync(factory, Admin)).ExitCode);
        var path = await WriteAsync(File3);

        var result = await CliRun.RunAsync(string.Empty, ["import", "flaredown", "--file", path, "--all-users", "--as", Admin, .. factory.DatabaseArgs]);

        Assert.Equal(0, result.ExitCode);
        foreach (var id in new[] { "u-A", "u-B", "u-C" })
        {
            Assert.Contains($"Created {FlaredownAccounts.EmailFor(id)} for user_id {id}; password: ", result.Output, StringComparison.Ordinal);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var b = await users.FindByEmailAsync(FlaredownAccounts.EmailFor("u-B"));
        Assert.NotNull(b);
        scope.ServiceProvider.GetRequiredService<OwnerScope>().ActAs(b.Id);
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        Assert.Equal(2, await db.DiaryEntries.CountAsync(Ct));
        Assert.Equal(10, (await db.Observations.SingleAsync(o => o.Code == "symptom.pain", Ct)).Value);
        Assert.Equal(4, await db.Users.CountAsync(Ct));
        File.Delete(path);
    }

    [Fact]
    public async Task AllUsers_RunTwice_SecondCreatesNothingAndWritesNothing()
    {
        using var factory = new FibroTrackFactory();
        Assert.Equal(0, (await UserAddAsync(factory, Admin)).ExitCode);
        var path = await WriteAsync(File3);
        Assert.Equal(0, (await CliRun.RunAsync(string.Empty, ["import", "flaredown", "--file", path, "--all-users", "--as", Admin, .. factory.DatabaseArgs])).ExitCode);

        var second = await CliRun.RunAsync(string.Empty, ["import", "flaredown", "--file", path, "--all-users", "--as", Admin, .. factory.DatabaseArgs]);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Already imported", second.Output, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        Assert.Equal(4, await db.Users.CountAsync(Ct));
        Assert.Equal(4, await db.DiaryEntries.IgnoreQueryFilters().CountAsync(Ct)); // u-A 1 day, u-B 2, u-C 1
        File.Delete(path);
    }

    [Fact]
    public async Task AllUsers_AsSomeoneWhoIsNotAnAdministrator_RefusedAndNoAccounts()
    {
        using var factory = new FibroTrackFactory();
        Assert.Equal(0, (await UserAddAsync(factory, Admin)).ExitCode);
        Assert.Equal(0, (await UserAddAsync(factory, Person)).ExitCode);
        var path = await WriteAsync(File3);

        var result = await CliRun.RunAsync(string.Empty, ["import", "flaredown", "--file", path, "--all-users", "--as", Person, .. factory.DatabaseArgs]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not an administrator", result.Error, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>().Users.CountAsync(Ct));
        File.Delete(path);
    }

    [Fact]
    public async Task OneUser_DryRun_PrintsPlanAndWritesNothing()
    {
        using var factory = new FibroTrackFactory();
        Assert.Equal(0, (await UserAddAsync(factory, Person)).ExitCode);
        var path = await WriteAsync(File3);

        var result = await CliRun.RunAsync(string.Empty, ["import", "flaredown", "--file", path, "--email", Person, "--user-id", "u-B", "--dry-run", .. factory.DatabaseArgs]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 new days", result.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run", result.Output, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>().DiaryEntries.IgnoreQueryFilters().CountAsync(Ct));
        File.Delete(path);
    }

    [Fact]
    public async Task OneUser_Commit_WritesOnlyThatUsersRowsIntoTheAccount()
    {
        using var factory = new FibroTrackFactory();
        Assert.Equal(0, (await UserAddAsync(factory, Person)).ExitCode);
        var path = await WriteAsync(File3);

        var result = await CliRun.RunAsync(string.Empty, ["import", "flaredown", "--file", path, "--email", Person, "--user-id", "u-A", .. factory.DatabaseArgs]);

        Assert.Equal(0, result.ExitCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        var row = Assert.Single(await db.Observations.IgnoreQueryFilters().ToListAsync(Ct));
        Assert.Equal(("symptom.pain", 5.0), (row.Code, row.Value!.Value));
        File.Delete(path);
    }
}
