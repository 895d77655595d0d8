using System.Net;
using System.Text;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Api;

/// <summary>Input that is almost right is refused rather than guessed at.</summary>
public sealed class StrictInputTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    [Fact]
    public async Task CreateRegimenItem_DoseAsString_Returns400NamingDose()
    {
        var client = await Accounts.SignUpAsync(factory);
        var response = await client.PostJsonAsync("/api/v1/regimen", new { builtIn = "duloxetine", dose = "30" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("dose", await ApiCalls.ValidationFieldsAsync(response));
    }

    [Fact]
    public async Task PutDay_EmptyBody_Returns400AskingForJsonBody()
    {
        var client = await Accounts.SignUpAsync(factory);
        using var content = new StringContent(string.Empty, Encoding.UTF8, "application/json");
        var response = await client.PutAsync($"/api/v1/days/{ApiCalls.Date(1)}", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await ApiCalls.ValidationErrorsAsync(response);
        Assert.Equal("A JSON body is required.", Assert.Single(errors["body"]));
    }

    [Fact]
    public async Task Vocabulary_ArchivedCustomVariable_ListedAndFlagged()
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.AddScaleAsync("Weather pain");
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/v1/custom-variables/custom.weather-pain", TestContext.Current.CancellationToken)).StatusCode);

        var vocabulary = await client.GetJsonAsync("/api/v1/vocabulary");
        var variable = vocabulary.GetProperty("variables").EnumerateArray().Single(v => v.GetProperty("code").GetString() == "custom.weather-pain");
        Assert.True(variable.GetProperty("archived").GetBoolean());
    }
}
