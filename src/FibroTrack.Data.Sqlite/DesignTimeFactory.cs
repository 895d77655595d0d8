using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FibroTrack.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the app.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<FibroTrackDbContext>
{
    public FibroTrackDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<FibroTrackDbContext>();
        options.UseFibroTrackSqlite("Data Source=design-time.db");
        return new FibroTrackDbContext(options.Options, new OwnerScope());
    }
}
