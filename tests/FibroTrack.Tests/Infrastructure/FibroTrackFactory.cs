using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FibroTrack.Tests.Infrastructure;

/// <summary>
/// The real app on a real, empty database (<see cref="TestDatabase"/>: a SQLite file, or a PostgreSQL database in the
/// PostgreSQL build of the tests), deleted afterwards. One factory (one database) per test class via IClassFixture;
/// tests inside a class use distinct accounts.
/// </summary>
public class FibroTrackFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database = TestDatabase.Create();

    public TestDatabase Database => _database;

    /// <summary>A temporary folder for the test's own files (reports, exports), deleted with the database.</summary>
    public string Folder => _database.Folder;

    /// <summary>The options that point the command line at this server's database.</summary>
    public string[] DatabaseArgs => _database.CliArgs;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _database.Settings)
        {
            builder.UseSetting(key, value);
        }

        // Every test signs people up and in from the same address; the limits' own tests lower them again.
        builder.UseSetting("RateLimiting:SignIn:PermitLimitPerClient", "100000");
        builder.UseSetting("RateLimiting:SignIn:PermitLimitPerAccount", "100000");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
