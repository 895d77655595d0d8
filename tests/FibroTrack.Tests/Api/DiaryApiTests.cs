using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Api;

public sealed class DiaryApiTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static readonly string Today = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task PutThenGet_FullDay_RoundTrips()
    {
        var client = await Accounts.SignUpAsync(factory);
        var day = new
        {
            values = new Dictionary<string, object>
            {
                ["symptom.pain"] = 6,
                ["symptom.fatigue"] = 7,
                ["sleep.hours"] = 6.5,
                ["sleep.bedtime"] = "23:30",
                ["diet.omega3"] = true,
                ["event.infection-type"] = "covid-19",
            },
            painAreas = new[] { "wpi.neck", "wpi.shoulder-left" },
            activities = new[] { new { type = "activity.walking", minutes = 30, intensity = "light" } },
            tags = new[] { "visitors" },
            notes = "Rough morning.",
        };

        var put = await client.PutAsJsonAsync($"/api/v1/days/{Today}", day, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var got = await client.GetFromJsonAsync<JsonElement>($"/api/v1/days/{Today}", TestContext.Current.CancellationToken);
        Assert.Equal(6, got.GetProperty("values").GetProperty("symptom.pain").GetDouble());
        Assert.Equal("23:30", got.GetProperty("values").GetProperty("sleep.bedtime").GetString());
        Assert.True(got.GetProperty("values").GetProperty("diet.omega3").GetBoolean());
        Assert.False(got.GetProperty("values").TryGetProperty("symptom.fibro-fog", out _));
        Assert.Equal(["wpi.shoulder-left", "wpi.neck"], got.GetProperty("painAreas").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(30, got.GetProperty("activities")[0].GetProperty("minutes").GetInt32());
        Assert.Equal("Rough morning.", got.GetProperty("notes").GetString());
    }

    [Fact]
    public async Task Put_PainEleven_Returns400NamingFieldAndStoresNothing()
    {
        var client = await Accounts.SignUpAsync(factory);
        var put = await client.PutAsJsonAsync($"/api/v1/days/{Today}",
            new { values = new Dictionary<string, object> { ["symptom.pain"] = 11, ["symptom.fatigue"] = 4 } },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
        var problem = await put.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty("values[symptom.pain]", out _));

        var get = await client.GetAsync($"/api/v1/days/{Today}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }
}
