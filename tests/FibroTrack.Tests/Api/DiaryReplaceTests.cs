using System.Net;
using System.Text.Json;
using FibroTrack.Tests.Infrastructure;
using static FibroTrack.Tests.Api.ApiCalls;

namespace FibroTrack.Tests.Api;

/// <summary>One diary entry per person per date: saving a date again replaces the whole day.</summary>
public sealed class DiaryReplaceTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static readonly string Day = Date(2);

    private static readonly object FullDay = new
    {
        values = new Dictionary<string, object> { ["symptom.pain"] = 6, ["symptom.fatigue"] = 7, ["diet.omega3"] = true },
        painAreas = new[] { "wpi.neck", "wpi.hip-left" },
        activities = new[] { new { type = "activity.walking", minutes = 30, intensity = "light" } },
        tags = new[] { "visitors" },
        notes = "First save.",
    };

    private async Task<HttpClient> PersonWithFullDayAsync()
    {
        var client = await Accounts.SignUpAsync(factory);
        using var put = await client.PutDayAsync(Day, FullDay);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        return client;
    }

    [Fact]
    public async Task PutDay_SameDateAgain_ChangedValueIsReplaced()
    {
        var client = await PersonWithFullDayAsync();

        using var put = await client.PutDayAsync(Day, new { values = new Dictionary<string, object> { ["symptom.pain"] = 3 } });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var day = await client.GetStoredDayAsync(Day);
        Assert.Equal(3, day.GetProperty("values").GetProperty("symptom.pain").GetDouble());
    }

    [Fact]
    public async Task PutDay_SameDateAgainWithoutAValue_ValueIsGone()
    {
        var client = await PersonWithFullDayAsync();

        using var put = await client.PutDayAsync(Day, new { values = new Dictionary<string, object> { ["symptom.pain"] = 3 } });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var values = (await client.GetStoredDayAsync(Day)).GetProperty("values");
        Assert.Equal(["symptom.pain"], values.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task PutDay_SameDateAgainWithNullValue_ValueIsGone()
    {
        var client = await PersonWithFullDayAsync();

        using var put = await client.PutRawDayAsync(Day, """{"values":{"symptom.pain":6,"symptom.fatigue":null,"diet.omega3":true}}""");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var values = (await client.GetStoredDayAsync(Day)).GetProperty("values");
        Assert.False(values.TryGetProperty("symptom.fatigue", out _));
    }

    [Fact]
    public async Task PutDay_SameDateAgainWithoutAreasActivitiesTagsNotes_TheyAreGone()
    {
        var client = await PersonWithFullDayAsync();

        using var put = await client.PutDayAsync(Day, new { values = new Dictionary<string, object> { ["symptom.pain"] = 6 } });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var day = await client.GetStoredDayAsync(Day);
        Assert.Equal(JsonValueKind.Null, day.GetProperty("painAreas").ValueKind);
        Assert.Empty(day.GetProperty("activities").EnumerateArray());
        Assert.Empty(day.GetProperty("tags").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, day.GetProperty("notes").ValueKind);
    }

    [Fact]
    public async Task PutDay_SameDateAgainWithEmptyPainAreas_RecordsNothingHurt()
    {
        var client = await PersonWithFullDayAsync();

        using var put = await client.PutDayAsync(Day, new { painAreas = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var day = await client.GetStoredDayAsync(Day);
        Assert.Empty(day.GetProperty("painAreas").EnumerateArray());
    }

    [Fact]
    public async Task PutDay_SameDateThreeTimes_ListHoldsOneEntryForTheDate()
    {
        var client = await PersonWithFullDayAsync();
        foreach (var pain in new[] { 2, 5 })
        {
            using var put = await client.PutDayAsync(Day, new { values = new Dictionary<string, object> { ["symptom.pain"] = pain } });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var list = await client.GetJsonAsync($"/api/v1/days?from={Day}&to={Day}");

        var day = Assert.Single(list.EnumerateArray());
        Assert.Equal(5, day.GetProperty("values").GetProperty("symptom.pain").GetDouble());
    }

    [Fact]
    public async Task PutDay_SameDateAgain_UpdatedAtMovesForward()
    {
        var client = await PersonWithFullDayAsync();
        var first = (await client.GetStoredDayAsync(Day)).GetProperty("updatedAt").GetDateTime();

        using var put = await client.PutDayAsync(Day, FullDay);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.True((await client.GetStoredDayAsync(Day)).GetProperty("updatedAt").GetDateTime() >= first);
    }

    [Fact]
    public async Task PutDay_SavedThenRead_UpdatedAtIsUtc()
    {
        var client = await Accounts.SignUpAsync(factory);
        using var put = await client.PutDayAsync(Day, FullDay);

        var updatedAt = (await client.GetStoredDayAsync(Day)).GetProperty("updatedAt").GetString();

        Assert.EndsWith("Z", updatedAt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PutDay_Valid_ResponseEqualsWhatGetReturns()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var put = await client.PutDayAsync(Day, FullDay);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(Canonical(await client.GetStoredDayAsync(Day)), Canonical(await put.JsonAsync()));
    }
}
