using System.Net.Http.Headers;
using System.Net.Http.Json;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Tests.Infrastructure;
using FibroTrack.Tests.Sharing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Security;

/// <summary>Somebody the walk sends every request as. None of them has any right to person B's data.</summary>
/// <param name="Name">What the test output calls them.</param>
/// <param name="SignedIn">False for the caller without a token, who must get 401 from every non-public operation.</param>
/// <param name="CreateAsync">A client acting as them, made after B is seeded (so a grant to or from B can be set up here).</param>
internal sealed record WalkActor(string Name, bool SignedIn, Func<SharingFactory, Victim, Task<HttpClient>> CreateAsync);

/// <summary>
/// The rows of the walk's table of actors × operations. Add an actor here and every operation is walked as them.
/// The clinicians whose grant from B expired or was revoked are set up by <see cref="Victim.SeedAsync"/> and only
/// signed in again here (at the server clock's time, so the token itself is valid).
/// </summary>
internal static class WalkActors
{
    public static readonly IReadOnlyList<WalkActor> All =
    [
        new("another person", SignedIn: true, (factory, _) => Accounts.SignUpAsync(factory)),
        new("anonymous", SignedIn: false, (factory, _) => Task.FromResult(factory.CreateClient())),
        // B opted in, but the cohort shows only groups of 10 or more consenting people: nothing of B's alone.
        new("researcher", SignedIn: true, (factory, _) => WithRoleAsync(factory, Roles.Researcher)),
        new("clinician without a grant", SignedIn: true, (factory, _) => WithRoleAsync(factory, Roles.Clinician)),
        new("clinician with an expired grant", SignedIn: true, (factory, b) => factory.SignInAsync(b.ExpiredClinicianEmail)),
        new("clinician whose grant was revoked", SignedIn: true, (factory, b) => factory.SignInAsync(b.RevokedClinicianEmail)),
    ];

    public static WalkActor Named(string name) => All.Single(a => a.Name == name);

    private sealed record LoginResponse(string AccessToken);

    /// <summary>A new account in <paramref name="role"/>, signed in after the role was given so the token carries it.</summary>
    public static async Task<HttpClient> WithRoleAsync(FibroTrackFactory factory, string role)
    {
        var ct = TestContext.Current.CancellationToken;
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        var anonymous = factory.CreateClient();
        using (var register = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email, password = Accounts.Password }, ct))
        {
            register.EnsureSuccessStatusCode();
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(role))
            {
                Assert.True((await roles.CreateAsync(new IdentityRole(role))).Succeeded);
            }

            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, role)).Succeeded);
        }

        using var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password }, ct);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<LoginResponse>(ct))!.AccessToken;
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
