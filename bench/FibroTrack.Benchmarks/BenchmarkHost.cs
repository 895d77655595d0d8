using System.Net.Http.Headers;
using System.Net.Http.Json;
using FibroTrack.Core.Diary;
using FibroTrack.Data;
using FibroTrack.Data.Entities;
using FibroTrack.Features.Diary;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace FibroTrack.Benchmarks;

/// <summary>
/// The real app, in process, on a real SQLite file in a fresh temporary folder that is deleted afterwards.
/// Requests go through TestServer: no sockets, so a timing is the server-side pipeline (routing,
/// authentication, JSON, validation, EF Core, the SQLite commit) plus a thin in-memory client.
/// </summary>
public sealed class BenchmarkHost : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fibrotrack-bench", Guid.NewGuid().ToString("N"));

    public BenchmarkHost()
    {
        Directory.CreateDirectory(_folder);
    }

    public string DatabasePath => Path.Combine(_folder, "fibrotrack.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Production settings (appsettings.json as shipped); only the database file and log noise differ.
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Path", DatabasePath);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
    }

    /// <summary>Registers a person through the Identity API and returns a client holding their bearer token, and their user id.</summary>
    public async Task<(HttpClient Client, string UserId)> SignUpAsync(string email)
    {
        using var anonymous = CreateClient();
        using (var register = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email, password = Password }))
        {
            register.EnsureSuccessStatusCode();
        }

        using var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
        login.EnsureSuccessStatusCode();
        var token = await login.Content.ReadFromJsonAsync<LoginResponse>()
            ?? throw new InvalidOperationException("The login response had no body.");

        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);

        await using var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"{email} was registered but cannot be found.");
        return (client, user.Id);
    }

    /// <summary>Stores days for a person in one transaction through <see cref="DiaryService.SaveAllAsync"/>, as the demo command does.</summary>
    public async Task SaveDaysAsync(string userId, IReadOnlyList<DiaryDay> days)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OwnerScope>().ActAs(userId);
        var refused = await scope.ServiceProvider.GetRequiredService<DiaryService>().SaveAllAsync(days);
        if (refused.Count > 0)
        {
            throw new InvalidOperationException($"Seeding failed: {refused[0].Field}: {refused[0].Message}");
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open: the OS temp cleaner takes it later.
            }
        }
    }

    private sealed record LoginResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
}
