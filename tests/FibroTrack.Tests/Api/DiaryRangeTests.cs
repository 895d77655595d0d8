using System.Net;
using FibroTrack.Tests.Infrastructure;
using static FibroTrack.Tests.Api.ApiCalls;

namespace FibroTrack.Tests.Api;

/// <summary><c>GET /api/v1/days?from=&amp;to=</c>: inclusive bounds, date order, and ranges it refuses.</summary>
public sealed class DiaryRangeTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task SaveAsync(HttpClient client, params int[] daysAgo)
    {
        foreach (var d in daysAgo)
        {
            using var put = await client.PutDayAsync(Date(d), new { values = new Dictionary<string, object> { ["symptom.pain"] = d % 11 } });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }
    }

    private static async Task<IReadOnlyList<string>> DatesAsync(HttpClient client, string query) =>
        [.. (await client.GetJsonAsync($"/api/v1/days{query}")).EnumerateArray().Select(d => d.GetProperty("date").GetString()!)];

    [Fact]
    public async Task ListDays_SavedOutOfOrder_ReturnsDateOrder()
    {
        var client = await Accounts.SignUpAsync(factory);
        await SaveAsync(client, 3, 9, 1, 6);

        var dates = await DatesAsync(client, $"?from={Date(10)}&to={Date(0)}");

        Assert.Equal([Date(9), Date(6), Date(3), Date(1)], dates);
    }

    [Fact]
    public async Task ListDays_DaysOnTheBounds_AreIncludedAndOutsideExcluded()
    {
        var client = await Accounts.SignUpAsync(factory);
        await SaveAsync(client, 8, 7, 5, 3, 2);

        var dates = await DatesAsync(client, $"?from={Date(7)}&to={Date(3)}");

        Assert.Equal([Date(7), Date(5), Date(3)], dates);
    }

    [Fact]
    public async Task ListDays_FromEqualsTo_ReturnsThatDay()
    {
        var client = await Accounts.SignUpAsync(factory);
        await SaveAsync(client, 4, 5);

        var dates = await DatesAsync(client, $"?from={Date(4)}&to={Date(4)}");

        Assert.Equal([Date(4)], dates);
    }

    [Fact]
    public async Task ListDays_NoRange_ReturnsRecentDaysOnly()
    {
        var client = await Accounts.SignUpAsync(factory);
        await SaveAsync(client, 45, 5);

        var dates = await DatesAsync(client, string.Empty);

        Assert.Equal([Date(5)], dates);
    }

    [Fact]
    public async Task ListDays_NothingRecorded_ReturnsEmptyList()
    {
        var client = await Accounts.SignUpAsync(factory);

        Assert.Empty(await DatesAsync(client, $"?from={Date(100)}&to={Date(0)}"));
    }

    [Fact]
    public async Task ListDays_ToBeforeFrom_Returns400NamingTo()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var response = await client.GetAsync($"/api/v1/days?from={Date(2)}&to={Date(5)}", Ct);

        Assert.Equal(["to"], await ValidationFieldsAsync(response));
    }

    [Fact]
    public async Task ListDays_Over3660Days_Returns400NamingFrom()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var response = await client.GetAsync("/api/v1/days?from=2010-01-01&to=2020-12-31", Ct);

        Assert.Equal(["from"], await ValidationFieldsAsync(response));
    }

    [Fact]
    public async Task ListDays_Exactly3660Days_Returns200()
    {
        var client = await Accounts.SignUpAsync(factory);
        await SaveAsync(client, 1);

        // 3660 days inclusive end at the 3659th day after the first.
        var dates = await DatesAsync(client, $"?from={Date(3659)}&to={Date(0)}");

        Assert.Equal([Date(1)], dates);
    }

    [Fact]
    public async Task ListDays_3661Days_Returns400NamingFrom()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var response = await client.GetAsync($"/api/v1/days?from={Date(3660)}&to={Date(0)}", Ct);

        Assert.Equal(["from"], await ValidationFieldsAsync(response));
    }

    [Theory]
    [InlineData("from", "?from=2024-1-1&to=2024-02-01")]
    [InlineData("to", "?from=2024-01-01&to=Feb")]
    public async Task ListDays_MalformedBound_Returns400NamingIt(string field, string query)
    {
        var client = await Accounts.SignUpAsync(factory);

        using var response = await client.GetAsync($"/api/v1/days{query}", Ct);

        Assert.Equal([field], await ValidationFieldsAsync(response));
    }
}
