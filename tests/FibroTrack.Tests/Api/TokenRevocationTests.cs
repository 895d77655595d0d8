using System.Net;
using FibroTrack.Data.Entities;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Api;

/// <summary>A bearer token stops working as soon as the account behind it changes its security stamp or is deleted.</summary>
public sealed class TokenRevocationTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    [Fact]
    public async Task Token_AfterAccountDeleted_Returns401()
    {
        var email = $"gone-{Guid.NewGuid():N}@example.test";
        var client = await Accounts.SignUpAsync(factory, email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/vocabulary", TestContext.Current.CancellationToken)).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await users.DeleteAsync((await users.FindByEmailAsync(email))!)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/vocabulary", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PutDayAsync(ApiCalls.Date(1), new { values = new { } })).StatusCode);
    }

    [Fact]
    public async Task Token_AfterSecurityStampRenewed_Returns401()
    {
        var email = $"renewed-{Guid.NewGuid():N}@example.test";
        var client = await Accounts.SignUpAsync(factory, email);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(email))!);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/days", TestContext.Current.CancellationToken)).StatusCode);
    }
}
