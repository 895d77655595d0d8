using System.Globalization;
using System.Text.RegularExpressions;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Demo;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;

namespace FibroTrack.Tests.Browser;

/// <summary>On a phone, a person with a year of diary opens Insights from the menu and follows a pattern down to one day.</summary>
public sealed class InsightsBrowserTests(KestrelFactory server) : IClassFixture<KestrelFactory>
{
    private const string Email = "insights-browser@example.test";

    [Fact]
    public async Task Insights_FromNavToFindingDaysToCheckIn_OpensThatDay()
    {
        try
        {
            await FromNavToFindingDaysToCheckInAsync();
        }
        catch (TimeoutException timeout)
        {
            // This test has hung twice in CI on PostgreSQL (a page that never finished loading) and never alone: say
            // what the server was doing when the wait ran out.
            throw new TimeoutException($"{timeout.Message}\n{await ServerStateAsync()}", timeout);
        }
    }

    private async Task FromNavToFindingDaysToCheckInAsync()
    {
        await using var session = await PhoneSession.StartAsync(server.BaseAddress);
        await SeedDemoAccountAsync();
        var page = session.Page;
        await session.SignInAsync(Email);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Insights" }).ClickAsync();
        await page.WaitForPageAsync("/insights");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Insights");
        await Assertions.Expect(page.Locator(".flare-calendar")).ToBeVisibleAsync();

        var finding = page.Locator("article.finding", new() { HasText = "Processed food and overall pain" });
        await finding.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^See the \\d+ days behind this$") }).ClickAsync();
        await page.WaitForPageAsync("/insights/days");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Processed food and overall pain");

        var day = page.Locator("table.days-behind tbody a").First;
        var href = await day.GetAttributeAsync("href");
        Assert.Matches("^/checkin/\\d{4}-\\d{2}-\\d{2}$", href);
        await day.ClickAsync();
        await page.WaitForPageAsync(href!);
        var date = DateOnly.ParseExact(href!["/checkin/".Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture));
    }

    /// <summary>The thread pool's state and, on PostgreSQL, every session on the test database with what it waits for.</summary>
    private async Task<string> ServerStateAsync()
    {
        var state = new System.Text.StringBuilder(
            $"thread pool: {ThreadPool.ThreadCount} threads, {ThreadPool.PendingWorkItemCount} work items queued\n");
        if (server.Database.PostgresConnection is { } connection)
        {
            await using var db = new NpgsqlConnection(connection);
            await db.OpenAsync();
            await using var sessions = new NpgsqlCommand(
                "SELECT pid, application_name, state, wait_event_type, wait_event, now() - xact_start, left(query, 200) " +
                "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", db);
            await using var reader = await sessions.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = new object[reader.FieldCount];
                reader.GetValues(row);
                state.AppendLine(string.Join(" | ", row));
            }
        }

        return state.ToString();
    }

    private async Task SeedDemoAccountAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = Email, Email = Email };
        var created = await users.CreateAsync(user, Accounts.Password);
        Assert.True(created.Succeeded);
        var today = DateOnly.FromDateTime(DateTime.Now);
        var errors = await DemoSeeder.SeedAsync(scope.ServiceProvider, user.Id, DemoPerson.WithHeadline(today), TestContext.Current.CancellationToken);
        Assert.Empty(errors);
    }
}
