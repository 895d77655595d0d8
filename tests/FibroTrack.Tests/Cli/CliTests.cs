using System.Net;
using System.Net.Http.Json;
using FibroTrack.Core.Demo;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Cli;

/// <summary>
/// The <c>fibrotrack</c> command line against a real SQLite file. Each test gets an unstarted
/// <see cref="FibroTrackFactory"/> only for its database path and, after the command ran, to
/// open that database through the app's own services.
/// </summary>
[Collection(RedirectedConsole.Name)]
public sealed class CliTests
{
    private const string Email = "cli@example.test";
    private const string Password = "a long enough password";
    private const int DemoDays = 120;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<CliResult> UserAddAsync(FibroTrackFactory factory, string email, string stdin = Password + "\n") =>
        CliRun.RunAsync(stdin, ["user", "add", "--email", email, "--password-stdin", .. factory.DatabaseArgs]);

    private static Task<CliResult> DemoAsync(FibroTrackFactory factory, params string[] extra) =>
        CliRun.RunAsync(Password + "\n", ["demo", .. factory.DatabaseArgs, "--days", DemoDays.ToString(System.Globalization.CultureInfo.InvariantCulture), "--password-stdin", .. extra]);

    [Fact]
    public async Task UserAdd_PasswordOnStdin_CreatesAccount()
    {
        using var factory = new FibroTrackFactory();

        var result = await UserAddAsync(factory, Email);

        Assert.Equal(0, result.ExitCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(Email);
        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, Password));
    }

    [Fact]
    public async Task UserAdd_FirstAccount_IsAdministrator()
    {
        using var factory = new FibroTrackFactory();

        var result = await UserAddAsync(factory, Email);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("(administrator)", result.Output, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await users.IsInRoleAsync((await users.FindByEmailAsync(Email))!, Roles.Administrator));
    }

    [Fact]
    public async Task UserAdd_SecondAccount_IsNotAdministrator()
    {
        using var factory = new FibroTrackFactory();
        Assert.Equal(0, (await UserAddAsync(factory, Email)).ExitCode);

        var result = await UserAddAsync(factory, "second@example.test");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("(administrator)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserAdd_ThenLoginThroughApi_Succeeds()
    {
        using var factory = new FibroTrackFactory();
        Assert.Equal(0, (await UserAddAsync(factory, Email)).ExitCode);
        var client = factory.CreateClient();

        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = Email, password = Password }, Ct);

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task UserAdd_EmptyStdin_ExitCode2AndNoAccount()
    {
        using var factory = new FibroTrackFactory();

        var result = await UserAddAsync(factory, Email, stdin: string.Empty);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No password", result.Error, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(Email));
    }

    [Fact]
    public async Task UserAdd_SameEmailTwice_SecondExitCode1()
    {
        using var factory = new FibroTrackFactory();
        Assert.Equal(0, (await UserAddAsync(factory, Email)).ExitCode);

        var result = await UserAddAsync(factory, Email);

        Assert.Equal(1, result.ExitCode);
        Assert.NotEmpty(result.Error);
    }

    [Fact]
    public async Task UserAdd_ShortPassword_ExitCode1()
    {
        using var factory = new FibroTrackFactory();

        var result = await UserAddAsync(factory, Email, stdin: "short\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("PasswordTooShort", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_120Days_CreatesAccountWithDiaryAndFourRegimenItems()
    {
        using var factory = new FibroTrackFactory();

        var result = await DemoAsync(factory);

        Assert.Equal(0, result.ExitCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var user = await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("demo@fibrotrack.local");
        Assert.NotNull(user);
        services.GetRequiredService<OwnerScope>().ActAs(user.Id);
        var db = services.GetRequiredService<FibroTrackDbContext>();

        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
        var expected = DemoDiaryGenerator.Generate(today, DemoDays).Days.Count;
        var days = await db.DiaryEntries.CountAsync(Ct);
        Assert.InRange(days, DemoDays * 3 / 4, DemoDays);
        Assert.Equal(expected, days);
        Assert.Equal(4, await db.RegimenItems.CountAsync(Ct));
        Assert.Equal(today, await db.DiaryEntries.MaxAsync(e => e.Date, Ct));
    }

    [Fact]
    public async Task Demo_PasswordOnStdin_CanSignInThroughApi()
    {
        using var factory = new FibroTrackFactory();
        Assert.Equal(0, (await DemoAsync(factory)).ExitCode);
        var client = factory.CreateClient();

        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "demo@fibrotrack.local", password = Password }, Ct);

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task Demo_RunTwiceWithoutReplace_SecondExitCode1()
    {
        using var factory = new FibroTrackFactory();
        Assert.Equal(0, (await DemoAsync(factory)).ExitCode);

        var result = await DemoAsync(factory);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--replace", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_RunTwiceWithReplace_SucceedsWithOneAccountsWorthOfData()
    {
        using var factory = new FibroTrackFactory();
        Assert.Equal(0, (await DemoAsync(factory)).ExitCode);

        var result = await DemoAsync(factory, "--replace");

        Assert.Equal(0, result.ExitCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        Assert.Equal(4, await db.RegimenItems.IgnoreQueryFilters().CountAsync(Ct));
        Assert.Single(await db.Users.ToListAsync(Ct));
    }

    [Theory]
    [InlineData("119")]
    [InlineData("3661")]
    public async Task Demo_DaysOutOfRange_ExitCode2(string days)
    {
        using var factory = new FibroTrackFactory();

        var result = await CliRun.RunAsync(Password + "\n", ["demo", .. factory.DatabaseArgs, "--days", days, "--password-stdin"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--days", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_OnePerson_StoresTheirInsights()
    {
        using var factory = new FibroTrackFactory();
        Assert.Equal(0, (await DemoAsync(factory)).ExitCode);

        var result = await CliRun.RunAsync(string.Empty, ["analyze", "--email", "demo@fibrotrack.local", .. factory.DatabaseArgs]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Analysed 1 of 1", result.Output, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        var snapshot = Assert.Single(await db.InsightSnapshots.IgnoreQueryFilters().ToListAsync(Ct));
        Assert.Contains("\"associations\"", snapshot.ReportJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_AllAsAdministrator_AnalysesEverybodyAndCountsEmptyDiaries()
    {
        using var factory = new FibroTrackFactory();
        Assert.Equal(0, (await DemoAsync(factory)).ExitCode); // the first account: an administrator
        Assert.Equal(0, (await UserAddAsync(factory, Email)).ExitCode);

        var result = await CliRun.RunAsync(string.Empty, ["analyze", "--all", "--as", "demo@fibrotrack.local", .. factory.DatabaseArgs]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Analysed 1 of 2", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 without diary days yet", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_AllAsSomeoneWhoIsNotAnAdministrator_Refused()
    {
        using var factory = new FibroTrackFactory();
        Assert.Equal(0, (await DemoAsync(factory)).ExitCode);
        Assert.Equal(0, (await UserAddAsync(factory, Email)).ExitCode);

        var result = await CliRun.RunAsync(string.Empty, ["analyze", "--all", "--as", Email, .. factory.DatabaseArgs]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not an administrator", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_NeitherEmailNorAll_ExplainsUsage()
    {
        using var factory = new FibroTrackFactory();

        var result = await CliRun.RunAsync(string.Empty, ["analyze", .. factory.DatabaseArgs]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Give either --email", result.Error, StringComparison.Ordinal);
    }
}
