using FibroTrack.Data.Postgres;
using Npgsql;

namespace FibroTrack.Tests.Storage;

/// <summary><see cref="PostgresStorage.WithDefaults"/>: FibroTrack's Npgsql settings fill gaps and never override the operator.</summary>
public sealed class PostgresDefaultsTests
{
    [Fact]
    public void Unset_GetsAutoPrepareAndNoReset_AndKeepsEverythingElse()
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresStorage.WithDefaults("Host=db.example;Port=5433;Database=ft;Username=u;Password=p w;Maximum Pool Size=12"));

        Assert.Equal((64, true), (result.MaxAutoPrepare, result.NoResetOnClose));
        Assert.Equal(("db.example", 5433, "ft", "u", "p w", 12), (result.Host, result.Port, result.Database, result.Username, result.Password, result.MaxPoolSize));
    }

    [Theory]
    [InlineData("Host=h;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=h;maxautoprepare=0;NORESETONCLOSE=false")]
    public void Explicit_Settings_Win(string connectionString)
    {
        var result = new NpgsqlConnectionStringBuilder(PostgresStorage.WithDefaults(connectionString));

        Assert.Equal((0, false), (result.MaxAutoPrepare, result.NoResetOnClose));
    }
}
