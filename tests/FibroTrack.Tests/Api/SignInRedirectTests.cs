using System.Net;
using FibroTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FibroTrack.Tests.Api;

/// <summary>Somebody not signed in who opens a page is sent to the sign-in page; the API answers 401.</summary>
public sealed class SignInRedirectTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/history")]
    [InlineData("/labs")]
    [InlineData("/instruments/fiqr")]
    public async Task Page_NotSignedIn_RedirectsToSignInWithReturnUrl(string path)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location?.AbsolutePath);
        Assert.Contains("ReturnUrl=" + Uri.EscapeDataString(path), response.Headers.Location?.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_NotSignedIn_Returns401WithoutRedirect()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/api/v1/days", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
