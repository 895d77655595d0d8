using System.Net;
using FibroTrack.Tests.Infrastructure;
using static FibroTrack.Tests.Api.ApiCalls;

namespace FibroTrack.Tests.Api;

/// <summary>
/// Person A's data can never be read or written by person B, through any endpoint. Each test signs up
/// two fresh people on the same server; B always acts with a valid token of their own.
/// </summary>
public sealed class IsolationTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient A, HttpClient B)> TwoPeopleAsync() =>
        (await Accounts.SignUpAsync(factory), await Accounts.SignUpAsync(factory));

    [Fact]
    public async Task GetDay_DateOnlyOtherPersonRecorded_Returns404()
    {
        var (a, b) = await TwoPeopleAsync();
        var date = Date(3);
        using var put = await a.PutDayAsync(date, new { values = new Dictionary<string, object> { ["symptom.pain"] = 7 } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        using var get = await b.GetDayAsync(date);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task PutDay_SameDateAsOtherPerson_CreatesOwnDayAndLeavesTheirsUntouched()
    {
        var (a, b) = await TwoPeopleAsync();
        var date = Date(3);
        using var putA = await a.PutDayAsync(date, new
        {
            values = new Dictionary<string, object> { ["symptom.pain"] = 7, ["symptom.fatigue"] = 5 },
            tags = new[] { "a-tag" },
            notes = "A's note",
        });
        Assert.Equal(HttpStatusCode.OK, putA.StatusCode);
        var before = (await a.GetStoredDayAsync(date)).GetRawText();

        using var putB = await b.PutDayAsync(date, new { values = new Dictionary<string, object> { ["symptom.pain"] = 2 }, notes = "B's note" });

        Assert.Equal(HttpStatusCode.OK, putB.StatusCode);
        Assert.Equal(before, (await a.GetStoredDayAsync(date)).GetRawText());
        var dayB = await b.GetStoredDayAsync(date);
        Assert.Equal(2, dayB.GetProperty("values").GetProperty("symptom.pain").GetDouble());
        Assert.False(dayB.GetProperty("values").TryGetProperty("symptom.fatigue", out _));
        Assert.Equal("B's note", dayB.GetProperty("notes").GetString());
        Assert.Empty(dayB.GetProperty("tags").EnumerateArray());
    }

    [Fact]
    public async Task ListDays_BothPeopleRecorded_EachSeesOnlyOwnDays()
    {
        var (a, b) = await TwoPeopleAsync();
        foreach (var daysAgo in new[] { 2, 4, 6 })
        {
            using var put = await a.PutDayAsync(Date(daysAgo), new { notes = "A" });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        using (var putB = await b.PutDayAsync(Date(4), new { notes = "B" }))
        {
            Assert.Equal(HttpStatusCode.OK, putB.StatusCode);
        }

        var listB = await b.GetJsonAsync($"/api/v1/days?from={Date(10)}&to={Date(0)}");

        var day = Assert.Single(listB.EnumerateArray());
        Assert.Equal(Date(4), day.GetProperty("date").GetString());
        Assert.Equal("B", day.GetProperty("notes").GetString());
    }

    [Fact]
    public async Task ListRegimen_OtherPersonHasItems_ReturnsNone()
    {
        var (a, b) = await TwoPeopleAsync();
        await a.AddBuiltInAsync("duloxetine", 30);

        var listB = await b.GetJsonAsync("/api/v1/regimen");

        Assert.Empty(listB.EnumerateArray());
    }

    [Fact]
    public async Task GetRegimenItem_OtherPersonsId_Returns404()
    {
        var (a, b) = await TwoPeopleAsync();
        var id = (await a.AddBuiltInAsync("duloxetine", 30)).GetProperty("id").GetInt64();

        using var get = await b.GetAsync($"/api/v1/regimen/{id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task ChangeDose_OtherPersonsItem_Returns404AndHistoryUnchanged()
    {
        var (a, b) = await TwoPeopleAsync();
        var id = (await a.AddBuiltInAsync("duloxetine", 30)).GetProperty("id").GetInt64();

        using var post = await b.PostJsonAsync($"/api/v1/regimen/{id}/doses", new { effectiveFrom = Date(5), dose = 120 });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var item = await a.GetJsonAsync($"/api/v1/regimen/{id}");
        var dose = Assert.Single(item.GetProperty("doses").EnumerateArray());
        Assert.Equal(30, dose.GetProperty("dose").GetDouble());
    }

    [Fact]
    public async Task StopRegimenItem_OtherPersonsItem_Returns404AndItStaysActive()
    {
        var (a, b) = await TwoPeopleAsync();
        var id = (await a.AddBuiltInAsync("pregabalin", 75)).GetProperty("id").GetInt64();

        using var post = await b.PostJsonAsync($"/api/v1/regimen/{id}/stop", new { stopDate = Date(2) });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var item = await a.GetJsonAsync($"/api/v1/regimen/{id}");
        Assert.True(item.GetProperty("active").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, item.GetProperty("stopDate").ValueKind);
    }

    [Fact]
    public async Task DeleteRegimenItem_OtherPersonsItem_Returns404AndItIsKept()
    {
        var (a, b) = await TwoPeopleAsync();
        var id = (await a.AddBuiltInAsync("magnesium", 300)).GetProperty("id").GetInt64();

        using var delete = await b.DeleteAsync($"/api/v1/regimen/{id}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        using var get = await a.GetAsync($"/api/v1/regimen/{id}", Ct);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
    }

    [Fact]
    public async Task CreateRegimenItem_SameBuiltInAsOtherPerson_IsNotADuplicate()
    {
        var (a, b) = await TwoPeopleAsync();
        var itemA = await a.AddBuiltInAsync("vitamin-d", 2000);

        var itemB = await b.AddBuiltInAsync("vitamin-d", 1000);

        Assert.Equal(itemA.GetProperty("code").GetString(), itemB.GetProperty("code").GetString());
        Assert.NotEqual(itemA.GetProperty("id").GetInt64(), itemB.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task DeleteRegimenItem_OnlyOtherPersonLoggedSameCode_IsNotInUse()
    {
        var (a, b) = await TwoPeopleAsync();
        await a.AddBuiltInAsync("low-dose-naltrexone", 1.5);
        using (var put = await a.PutDayAsync(Date(2), new { values = new Dictionary<string, object> { ["med.low-dose-naltrexone"] = true } }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        var idB = (await b.AddBuiltInAsync("low-dose-naltrexone", 3)).GetProperty("id").GetInt64();

        using var delete = await b.DeleteAsync($"/api/v1/regimen/{idB}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
    }

    [Fact]
    public async Task ListCustomVariables_OtherPersonHasVariables_ReturnsNone()
    {
        var (a, b) = await TwoPeopleAsync();
        await a.AddScaleAsync("Jaw pain");

        var listB = await b.GetJsonAsync("/api/v1/custom-variables?includeArchived=true");

        Assert.Empty(listB.EnumerateArray());
    }

    [Fact]
    public async Task ArchiveCustomVariable_SameCodeAsOtherPerson_ArchivesOnlyOwn()
    {
        var (a, b) = await TwoPeopleAsync();
        var code = (await a.AddScaleAsync("Tinnitus")).GetProperty("code").GetString();
        Assert.Equal(code, (await b.AddScaleAsync("Tinnitus")).GetProperty("code").GetString());

        using var delete = await b.DeleteAsync($"/api/v1/custom-variables/{code}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        var listA = await a.GetJsonAsync("/api/v1/custom-variables");
        var variableA = Assert.Single(listA.EnumerateArray());
        Assert.False(variableA.GetProperty("archived").GetBoolean());
        Assert.Empty((await b.GetJsonAsync("/api/v1/custom-variables")).EnumerateArray());
    }

    [Fact]
    public async Task ArchiveCustomVariable_CodeOnlyOtherPersonHas_Returns404AndTheirsStaysActive()
    {
        var (a, b) = await TwoPeopleAsync();
        var code = (await a.AddScaleAsync("Dry eyes")).GetProperty("code").GetString();

        using var delete = await b.DeleteAsync($"/api/v1/custom-variables/{code}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        var variableA = Assert.Single((await a.GetJsonAsync("/api/v1/custom-variables")).EnumerateArray());
        Assert.False(variableA.GetProperty("archived").GetBoolean());
    }

    [Fact]
    public async Task RestoreCustomVariable_CodeOnlyOtherPersonArchived_Returns404AndTheirsStaysArchived()
    {
        var (a, b) = await TwoPeopleAsync();
        var code = (await a.AddScaleAsync("Restless legs")).GetProperty("code").GetString();
        using (var archive = await a.DeleteAsync($"/api/v1/custom-variables/{code}", Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, archive.StatusCode);
        }

        using var restore = await b.PostAsync($"/api/v1/custom-variables/{code}/restore", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, restore.StatusCode);
        Assert.Empty((await a.GetJsonAsync("/api/v1/custom-variables")).EnumerateArray());
    }

    [Fact]
    public async Task GetVocabulary_OtherPersonHasCustomVariablesAndMeds_ListsNoneOfThem()
    {
        var (a, b) = await TwoPeopleAsync();
        var custom = (await a.AddScaleAsync("Brain zaps")).GetProperty("code").GetString()!;
        var med = (await a.CreateAsync("/api/v1/regimen", new { name = "Amitriptyline", dose = 10, unit = "mg", startDate = Date(30) }))
            .GetProperty("code").GetString()!;
        Assert.Contains(custom, await a.VocabularyCodesAsync());
        Assert.Contains(med, await a.VocabularyCodesAsync());

        var codesB = await b.VocabularyCodesAsync();

        Assert.DoesNotContain(custom, codesB);
        Assert.DoesNotContain(med, codesB);
        Assert.DoesNotContain(codesB, c => c.StartsWith("custom.", StringComparison.Ordinal) || c.StartsWith("med.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PutDay_CustomCodeOnlyOtherPersonHas_Returns400UnknownCode()
    {
        var (a, b) = await TwoPeopleAsync();
        var code = (await a.AddScaleAsync("Nausea level")).GetProperty("code").GetString()!;
        var date = Date(2);

        using var put = await b.PutDayAsync(date, new { values = new Dictionary<string, object> { [code] = 4 } });

        Assert.Contains($"values[{code}]", await ValidationFieldsAsync(put));
        using var get = await b.GetDayAsync(date);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }
}
