using System.Net;
using System.Net.Http.Json;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Security;

/// <summary>NIST SP 800-63B password rules: at least 8 characters, no composition rules, no blocklisted or own-email passwords.</summary>
public sealed class PasswordRulesTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("password123", "PasswordTooCommon")]
    [InlineData("QWERTYUIOP", "PasswordTooCommon")]
    [InlineData(" 12345678 ", "PasswordTooCommon")]
    [InlineData("seven77", "PasswordTooShort")]
    public async Task Register_WeakPassword_400NamingTheRule(string password, string rule)
    {
        using var response = await RegisterAsync($"weak-{Guid.NewGuid():N}@example.test", password);

        Assert.Contains(rule, await ApiCalls.ValidationFieldsAsync(response));
    }

    [Fact]
    public async Task Register_PasswordIsTheEmail_400()
    {
        var email = $"Same-{Guid.NewGuid():N}@example.test";

        using var response = await RegisterAsync(email, email.ToUpperInvariant());

        Assert.Contains("PasswordIsEmail", await ApiCalls.ValidationFieldsAsync(response));
    }

    [Fact]
    public async Task Register_PasswordIsTheEmailsLocalPart_400()
    {
        var local = $"fibrofriend{Guid.NewGuid():N}"[..16];

        using var response = await RegisterAsync($"{local}@example.test", local);

        Assert.Contains("PasswordIsEmail", await ApiCalls.ValidationFieldsAsync(response));
    }

    [Theory]
    [InlineData("correct horse battery")]
    [InlineData("alllowercaseletters")]
    [InlineData("ünïcödé-pässwörd")]
    public async Task Register_LongPasswordWithoutDigitsOrSymbols_Accepted(string password)
    {
        using var response = await RegisterAsync($"ok-{Guid.NewGuid():N}@example.test", password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RegisterForm_CommonPassword_ShowsWhy()
    {
        var browser = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await SignInForm.PostFormAsync(browser, "/account/register", "register",
        [
            new("Input.Email", $"form-{Guid.NewGuid():N}@example.test"), new("Input.Password", "iloveyou1"), new("Input.ConfirmPassword", "iloveyou1"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("one of the first that anyone guessing would try", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> RegisterAsync(string email, string password) =>
        factory.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password }, Ct);
}
