using System.Net;
using System.Text.Json;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Api;

/// <summary>What a self-hoster and an API client find without signing in: the health check and the OpenAPI document.</summary>
public sealed class HostingTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_DatabaseReachable_Returns200Healthy()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task OpenApi_Get_Returns200Json()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/days/{date}")]
    [InlineData("/api/v1/days")]
    [InlineData("/api/v1/vocabulary")]
    [InlineData("/api/v1/regimen")]
    [InlineData("/api/v1/regimen/{id}")]
    [InlineData("/api/v1/regimen/{id}/doses")]
    [InlineData("/api/v1/regimen/{id}/stop")]
    [InlineData("/api/v1/custom-variables")]
    [InlineData("/api/v1/custom-variables/{code}")]
    [InlineData("/api/v1/custom-variables/{code}/restore")]
    [InlineData("/api/v1/auth/register")]
    [InlineData("/api/v1/auth/login")]
    public async Task OpenApi_Get_ListsApiPath(string path)
    {
        var paths = await PathsAsync();

        Assert.Contains(path, paths);
    }

    [Fact]
    public async Task OpenApi_Get_ListsNoPagesOrAccountForms()
    {
        var paths = await PathsAsync();

        Assert.All(paths, p => Assert.StartsWith("/api/", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenApi_Get_DescribesBearerSecurity()
    {
        var client = factory.CreateClient();

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Ct)).RootElement;

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
    }

    private async Task<IReadOnlyList<string>> PathsAsync()
    {
        var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Ct));
        return [.. document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name)];
    }
}
