using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace FibroTrack.Tests.Infrastructure;

/// <summary>
/// The real app on a real SQLite file in a fresh temporary folder, deleted afterwards. One factory
/// (one database) per test class via IClassFixture; tests inside a class use distinct accounts.
/// </summary>
public class FibroTrackFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fibrotrack-tests", Guid.NewGuid().ToString("N"));

    public FibroTrackFactory()
    {
        Directory.CreateDirectory(_folder);
    }

    public string DatabasePath => Path.Combine(_folder, "fibrotrack.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Path", DatabasePath);
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
                // A file still held open by a finishing request: the OS temp cleaner takes it later.
            }
        }
    }
}
