using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace FibroTrack.Tests.Security;

/// <summary>Posts the web app's forms as a browser does: read the page for its antiforgery token, then post the fields.</summary>
internal static partial class SignInForm
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The sign-in form (<c>/account/login</c>); the client keeps cookies, so the session follows.</summary>
    public static Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password) =>
        PostFormAsync(client, "/account/login", "login", [new("Input.Email", email), new("Input.Password", password), new("Input.RememberMe", "false")]);

    /// <summary>Any form of a page, named by its form name (Blazor's <c>_handler</c>).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(path, Ct);
        var token = TokenRegex().Match(page).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"{path} has no antiforgery token.");
        var form = new List<KeyValuePair<string, string>>(fields) { new("_handler", formName), new("__RequestVerificationToken", token) };
        return await client.PostAsync(path, new FormUrlEncodedContent(form), Ct);
    }

    /// <summary>A new account through the API (which the API's own tests cover), for the forms to sign in to.</summary>
    public static async Task RegisterAsync(HttpClient client, string email, string password)
    {
        using var register = await client.PostAsJsonAsync("/api/v1/auth/register", new { email, password }, Ct);
        register.EnsureSuccessStatusCode();
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
