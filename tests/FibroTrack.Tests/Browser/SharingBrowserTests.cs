using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Admin;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FibroTrack.Tests.Browser;

/// <summary>Sharing in the browser: a person makes a one-time code, a clinician enters it and opens the person, and the person sees it in the log.</summary>
public sealed class SharingBrowserTests(KestrelFactory server) : IClassFixture<KestrelFactory>
{
    [Fact]
    public async Task CodeShared_ClinicianAcceptsAndOpensThePerson_PersonSeesTheRead()
    {
        var personEmail = $"sharer-{Guid.NewGuid():N}@example.test";
        var clinicianEmail = $"doctor-{Guid.NewGuid():N}@example.test";
        await using var person = await PhoneSession.StartAsync(server.BaseAddress);
        await person.SignUpAsync(personEmail);
        await person.Page.GotoAsync("/sharing");
        await person.Page.GetByLabel("Everything: the weekly summary, insights and the report").CheckAsync();
        await person.Page.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }).ClickAsync();
        var code = (await person.Page.Locator("#grant-code").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$", code);
        await Assertions.Expect(person.Page.Locator("#h-grants + table")).ToContainTextAsync("pending");

        await using var clinician = await PhoneSession.StartAsync(server.BaseAddress);
        await clinician.SignUpAsync(clinicianEmail);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await scope.ServiceProvider.GetRequiredService<UserRoleService>().ChangeAsync((await users.FindByEmailAsync(clinicianEmail))!, Roles.Clinician, add: true);
        }

        await clinician.Page.GotoAsync("/clinician/accept");
        await clinician.Page.Locator("#code").FillAsync(code);
        await clinician.Page.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Assertions.Expect(clinician.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Accepted");
        await clinician.Page.GetByRole(AriaRole.Link, new() { Name = personEmail }).ClickAsync();
        await Assertions.Expect(clinician.Page.Locator("h1")).ToHaveTextAsync(personEmail);
        await Assertions.Expect(clinician.Page.GetByRole(AriaRole.Heading, new() { Name = "Their last week" })).ToBeVisibleAsync();
        var download = await clinician.Page.RunAndWaitForDownloadAsync(() =>
            clinician.Page.GetByRole(AriaRole.Button, new() { Name = "Download the PDF" }).ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var nobody = await clinician.Page.GotoAsync($"/clinician/people/{Guid.NewGuid()}");
        Assert.Equal(404, nobody!.Status);

        await person.Page.GotoAsync("/sharing");
        await Assertions.Expect(person.Page.Locator("#h-audit + table")).ToContainTextAsync(clinicianEmail);
        await Assertions.Expect(person.Page.Locator("#h-audit + table")).ToContainTextAsync("your clinician report (PDF)");
        await Assertions.Expect(person.Page.Locator("#h-audit + table")).ToContainTextAsync("your weekly summary");
        await Assertions.Expect(person.Page.Locator("#h-grants + table")).ToContainTextAsync("active");
    }
}
