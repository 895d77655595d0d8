using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Api;

/// <summary>Replacing and deleting lab results, and keeping one person's results from another.</summary>
public sealed class LabsEditTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Put_ReplacesTheWholeResult()
    {
        var client = await Accounts.SignUpAsync(factory);
        var id = (await client.CreateAsync("/api/v1/labs",
                new { analyte = "CRP", value = 12, unit = "mg/L", rangeLow = 0, rangeHigh = 5, source = "City lab", specimenDate = ApiCalls.Date(20) }))
            .GetProperty("id").GetInt64();

        using var put = await client.PutAsJsonAsync($"/api/v1/labs/{id}",
            new { analyte = "CRP", value = 0.3, unit = "mg/dL", specimenDate = ApiCalls.Date(19) }, Ct);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var replaced = await put.JsonAsync();
        Assert.Equal(id, replaced.GetProperty("id").GetInt64());
        Assert.Equal("normal", replaced.GetProperty("flag").GetString());

        var stored = await client.GetJsonAsync($"/api/v1/labs/{id}");
        Assert.Equal(ApiCalls.Date(19), stored.GetProperty("specimenDate").GetString());
        Assert.Equal(0.3, stored.GetProperty("value").GetDouble());
        Assert.Equal("mg/dL", stored.GetProperty("unit").GetString());
        Assert.Equal(3, stored.GetProperty("canonicalValue").GetDouble(), 9);
        Assert.Equal("normal", stored.GetProperty("flag").GetString());
        Assert.Equal(10, stored.GetProperty("rangeUsed").GetProperty("high").GetDouble());

        // Replaced, not merged: the lab range and source given before are gone.
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("rangeLow").ValueKind);
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("rangeHigh").ValueKind);
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("source").ValueKind);
        Assert.Single((await client.GetJsonAsync("/api/v1/labs")).EnumerateArray());
    }

    [Fact]
    public async Task Put_Unknown_404()
    {
        var client = await Accounts.SignUpAsync(factory);
        using var put = await client.PutAsJsonAsync("/api/v1/labs/987654",
            new { analyte = "CRP", value = 2, unit = "mg/L", specimenDate = ApiCalls.Date(2) }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Empty((await client.GetJsonAsync("/api/v1/labs")).EnumerateArray());
    }

    [Fact]
    public async Task Delete_204ThenGone()
    {
        var client = await Accounts.SignUpAsync(factory);
        var id = (await client.CreateAsync("/api/v1/labs", new { analyte = "TSH", value = 1.9, unit = "mIU/L", specimenDate = ApiCalls.Date(5) }))
            .GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/labs/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/labs/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/v1/labs/{id}", Ct)).StatusCode);
        Assert.Empty((await client.GetJsonAsync("/api/v1/labs")).EnumerateArray());
    }

    [Fact]
    public async Task OtherPerson_Gets404ForEveryActionAndSeesNothing()
    {
        var owner = await Accounts.SignUpAsync(factory);
        var other = await Accounts.SignUpAsync(factory);
        var id = (await owner.CreateAsync("/api/v1/labs",
                new { analyte = "CRP", value = 12, unit = "mg/L", rangeLow = 0, rangeHigh = 5, specimenDate = ApiCalls.Date(8) }))
            .GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/labs/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/labs/{id}",
            new { analyte = "CRP", value = 1, unit = "mg/L", specimenDate = ApiCalls.Date(8) }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/labs/{id}", Ct)).StatusCode);
        Assert.Empty((await other.GetJsonAsync("/api/v1/labs")).EnumerateArray());
        Assert.Empty((await other.GetJsonAsync("/api/v1/red-flags")).EnumerateArray());

        var mine = await owner.GetJsonAsync($"/api/v1/labs/{id}");
        Assert.Equal(12, mine.GetProperty("value").GetDouble());
        Assert.Single((await owner.GetJsonAsync("/api/v1/labs")).EnumerateArray());
    }
}
