using System.Net;
using System.Text;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Security;

/// <summary>
/// Kestrel's 1 MB request body limit, on a real socket (the in-memory test server does not enforce it): JSON and form
/// posts above it are refused with 413, while the imports raise their own limit and read larger files whole.
/// </summary>
public sealed class RequestSizeTests(KestrelFactory server) : IClassFixture<KestrelFactory>
{
    private const int TwoMegabytes = 2 * 1024 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApiJson_Over1MB_413Problem()
    {
        var client = await Accounts.SignUpAsync(server);
        var json = "{\"notes\":\"" + new string('x', TwoMegabytes) + "\"}";

        using var response = await client.PutAsync($"/api/v1/days/{ApiCalls.Date(1)}", new StringContent(json, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task FormPost_Over1MB_RefusedBeforeTheForm()
    {
        var browser = server.CreateClient();

        HttpResponseMessage response;
        try
        {
            response = await SignInForm.PostFormAsync(browser, "/account/login", "login",
                [new("Input.Email", "big@example.test"), new("Input.Password", new string('x', TwoMegabytes))]);
        }
        catch (HttpRequestException sending) when (sending.InnerException is IOException)
        {
            // Kestrel answers once the limit is passed and then closes the connection with the rest of the body unread,
            // so a client still sending may meet the close (a broken pipe) before it reads the answer: refused as well.
            // The server must still be serving.
            using var health = await browser.GetAsync("/health", Ct);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            return;
        }

        using var _ = response;

        // The antiforgery check reads the form first and reports a body it could not read as a failed check (400); the
        // sign-in itself never runs. 413 is what any other body reader answers.
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}");
        Assert.DoesNotContain("do not match an account", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPreview_Over1MB_ReadToTheEnd()
    {
        var client = await Accounts.SignUpAsync(server);
        var csv = new StringBuilder("date,variable,value\n");
        var lines = 0;
        while (csv.Length < TwoMegabytes)
        {
            // Every line is wrong the same way, so the error count says how far the importer read.
            csv.Append("not-a-date,symptom.pain,5\n");
            lines++;
        }

        using var response = await client.PostAsync("/api/v1/imports/csv/preview", new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(lines, (await response.JsonAsync()).GetProperty("errorCount").GetInt32());
    }
}
