using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FibroTrack.Data.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a server (adding a migration never connects).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<FibroTrackDbContext>
{
    public FibroTrackDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<FibroTrackDbContext>();
        options.UseFibroTrackPostgres("Host=localhost;Database=fibrotrack_design");
        return new FibroTrackDbContext(options.Options, new OwnerScope());
    }
}
