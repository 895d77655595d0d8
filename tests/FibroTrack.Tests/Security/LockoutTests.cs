using System.Net;
using System.Net.Http.Json;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Security;

/// <summary>Ten wrong passwords lock an account for ten minutes, through the API and through the sign-in form alike.</summary>
public sealed class LockoutTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiLogin_TenWrongPasswords_RightPasswordRefusedAsLockedOut()
    {
        var client = factory.CreateClient();
        var email = $"lock-api-{Guid.NewGuid():N}@example.test";
        await SignInForm.RegisterAsync(client, email, Accounts.Password);
        for (var i = 0; i < 10; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "not the password" }, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal("LockedOut", (await right.JsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ApiLogin_NineWrongPasswords_RightPasswordStillWorks()
    {
        var client = factory.CreateClient();
        var email = $"nearly-{Guid.NewGuid():N}@example.test";
        await SignInForm.RegisterAsync(client, email, Accounts.Password);
        for (var i = 0; i < 9; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "not the password" }, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var right = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Accounts.Password }, Ct);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task LoginForm_TenWrongPasswords_RightPasswordShowsLockedAndNoSession()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var email = $"lock-form-{Guid.NewGuid():N}@example.test";
        await SignInForm.RegisterAsync(client, email, Accounts.Password);
        for (var i = 0; i < 10; i++)
        {
            using var wrong = await SignInForm.PostLoginAsync(client, email, "not the password");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await SignInForm.PostLoginAsync(client, email, Accounts.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("this account is locked", await right.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var page = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/login", page.Headers.Location?.AbsolutePath);
    }
}
