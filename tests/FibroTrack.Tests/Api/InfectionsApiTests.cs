using System.Net;
using System.Net.Http.Json;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Api;

public sealed class InfectionsApiTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_ValidEpisode_ListedWithLabel()
    {
        var client = await Accounts.SignUpAsync(factory);
        var created = await client.CreateAsync("/api/v1/infections",
            new { type = "covid-19", startDate = ApiCalls.Date(40), endDate = ApiCalls.Date(30), confirmedByTest = true });

        var list = await client.GetJsonAsync("/api/v1/infections");
        var episode = Assert.Single(list.EnumerateArray());
        Assert.Equal(created.GetProperty("id").GetInt64(), episode.GetProperty("id").GetInt64());
        Assert.Equal("COVID-19", episode.GetProperty("typeLabel").GetString());
        Assert.True(episode.GetProperty("confirmedByTest").GetBoolean());
    }

    [Theory]
    [InlineData("measles", 10, null, "type")]
    [InlineData("lyme", -5, null, "startDate")]
    [InlineData("lyme", 10, 20, "endDate")]
    public async Task Create_Invalid_Returns400NamingField(string type, int startDaysAgo, int? endDaysAgo, string field)
    {
        var client = await Accounts.SignUpAsync(factory);
        var response = await client.PostJsonAsync("/api/v1/infections", new
        {
            type,
            startDate = ApiCalls.Date(startDaysAgo),
            endDate = endDaysAgo is { } e ? ApiCalls.Date(e) : null,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await ApiCalls.ValidationFieldsAsync(response));
        Assert.Empty((await client.GetJsonAsync("/api/v1/infections")).EnumerateArray());
    }

    [Fact]
    public async Task UpdateAndDelete_OtherPersonsEpisode_Return404AndLeaveItUntouched()
    {
        var owner = await Accounts.SignUpAsync(factory);
        var other = await Accounts.SignUpAsync(factory);
        var id = (await owner.CreateAsync("/api/v1/infections", new { type = "ebv", startDate = ApiCalls.Date(100) })).GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/infections/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/infections/{id}", new { type = "lyme", startDate = ApiCalls.Date(5) }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/infections/{id}", Ct)).StatusCode);
        Assert.Empty((await other.GetJsonAsync("/api/v1/infections")).EnumerateArray());

        var mine = await owner.GetJsonAsync($"/api/v1/infections/{id}");
        Assert.Equal("ebv", mine.GetProperty("type").GetString());
    }
}
