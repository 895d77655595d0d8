using System.Net.Http.Headers;
using System.Net.Http.Json;
using FibroTrack.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Tests.Infrastructure;

/// <summary>Creates people through the real Identity API endpoints and gives back clients holding their bearer tokens.</summary>
public static class Accounts
{
    public const string Password = "correct horse battery";

    private sealed record LoginResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

    /// <summary>Registers a new person with a unique email and returns an HttpClient that acts as them.</summary>
    public static async Task<HttpClient> SignUpAsync(FibroTrackFactory factory, string? email = null)
    {
        email ??= $"person-{Guid.NewGuid():N}@example.test";
        var anonymous = factory.CreateClient();
        var register = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email, password = Password });
        register.EnsureSuccessStatusCode();

        var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
        login.EnsureSuccessStatusCode();
        var token = await login.Content.ReadFromJsonAsync<LoginResponse>();

        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>A service scope that acts as the person registered with <paramref name="email"/>, for tests below the API.</summary>
    public static async Task<AsyncServiceScope> ScopeActingAsAsync(FibroTrackFactory factory, string email)
    {
        var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FibroTrackDbContext>();
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
        scope.ServiceProvider.GetRequiredService<OwnerScope>().ActAs(id);
        return scope;
    }
}
