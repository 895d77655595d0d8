using System.Net;
using System.Net.Http.Json;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Api;

public sealed class ProfileApiTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_NothingSaved_Unspecified()
    {
        var client = await Accounts.SignUpAsync(factory);
        var profile = await client.GetJsonAsync("/api/v1/profile");

        Assert.Equal("unspecified", profile.GetProperty("sex").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, profile.GetProperty("birthDate").ValueKind);
    }

    [Fact]
    public async Task Put_ThenGet_RoundTripsAndIsPrivate()
    {
        var client = await Accounts.SignUpAsync(factory);
        var other = await Accounts.SignUpAsync(factory);
        var put = await client.PutAsJsonAsync("/api/v1/profile",
            new { sex = "female", birthDate = "1979-06-14", symptomOnsetDate = "2019-03-01", onsetTrigger = "ebv", onsetNotes = "After glandular fever." }, Ct);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var profile = await client.GetJsonAsync("/api/v1/profile");
        Assert.Equal("female", profile.GetProperty("sex").GetString());
        Assert.Equal("2019-03-01", profile.GetProperty("symptomOnsetDate").GetString());
        Assert.Equal("ebv", profile.GetProperty("onsetTrigger").GetString());
        Assert.Equal("unspecified", (await other.GetJsonAsync("/api/v1/profile")).GetProperty("sex").GetString());
    }

    [Theory]
    [InlineData("{\"sex\":\"other\"}", "sex")]
    [InlineData("{\"birthDate\":\"2100-01-01\"}", "birthDate")]
    [InlineData("{\"birthDate\":\"1980-01-01\",\"symptomOnsetDate\":\"1970-01-01\"}", "symptomOnsetDate")]
    [InlineData("{\"onsetTrigger\":\"moon\"}", "onsetTrigger")]
    public async Task Put_Invalid_Returns400NamingFieldAndKeepsPrevious(string json, string field)
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.PutAsJsonAsync("/api/v1/profile", new { sex = "male" }, Ct);

        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var response = await client.PutAsync("/api/v1/profile", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await ApiCalls.ValidationFieldsAsync(response));
        Assert.Equal("male", (await client.GetJsonAsync("/api/v1/profile")).GetProperty("sex").GetString());
    }
}
