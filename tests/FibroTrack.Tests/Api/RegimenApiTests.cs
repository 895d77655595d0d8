using System.Net;
using System.Text.Json;
using FibroTrack.Tests.Infrastructure;
using static FibroTrack.Tests.Api.ApiCalls;

namespace FibroTrack.Tests.Api;

/// <summary><c>/api/v1/regimen</c>: items with a kept dose history, stop dates, and the diary's "taken" code.</summary>
public sealed class RegimenApiTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static long Id(JsonElement item) => item.GetProperty("id").GetInt64();

    [Fact]
    public async Task CreateRegimenItem_BuiltIn_UsesItsCodeNameKindAndDefaultUnit()
    {
        var client = await Accounts.SignUpAsync(factory);

        var item = await client.CreateAsync("/api/v1/regimen", new { builtIn = "low-dose-naltrexone", dose = 1.5, startDate = Date(20) });

        Assert.Equal("med.low-dose-naltrexone", item.GetProperty("code").GetString());
        Assert.Equal("Low-dose naltrexone", item.GetProperty("name").GetString());
        Assert.Equal("medication", item.GetProperty("kind").GetString());
        Assert.Equal(Date(20), item.GetProperty("startDate").GetString());
        Assert.True(item.GetProperty("active").GetBoolean());
        var dose = item.GetProperty("currentDose");
        Assert.Equal(1.5, dose.GetProperty("dose").GetDouble());
        Assert.Equal("mg", dose.GetProperty("unit").GetString());
        Assert.Equal("once-daily", dose.GetProperty("schedule").GetString());
    }

    [Fact]
    public async Task CreateRegimenItem_CustomName_GetsSluggedCode()
    {
        var client = await Accounts.SignUpAsync(factory);

        var item = await client.CreateAsync("/api/v1/regimen", new
        {
            name = "Omega-3 Fish Oil",
            kind = "supplement",
            dose = 2,
            unit = "g",
            schedule = "twice-daily",
            startDate = Date(10),
        });

        Assert.Equal("med.omega-3-fish-oil", item.GetProperty("code").GetString());
        Assert.Equal("Omega-3 Fish Oil", item.GetProperty("name").GetString());
        Assert.Equal("supplement", item.GetProperty("kind").GetString());
        Assert.Equal("twice-daily", item.GetProperty("currentDose").GetProperty("schedule").GetString());
    }

    [Fact]
    public async Task CreateRegimenItem_Created_LocationHeaderFindsIt()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostJsonAsync("/api/v1/regimen", new { builtIn = "duloxetine", dose = 30 });

        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        var found = await client.GetJsonAsync(post.Headers.Location!.OriginalString);
        Assert.Equal(Id(await post.JsonAsync()), Id(found));
    }

    [Fact]
    public async Task ListRegimen_TwoItems_ListsBothWithDoses()
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.AddBuiltInAsync("duloxetine", 30);
        await client.AddBuiltInAsync("magnesium", 300);

        var list = await client.GetJsonAsync("/api/v1/regimen");

        Assert.Equal(["Duloxetine", "Magnesium"], list.EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.All(list.EnumerateArray(), i => Assert.Single(i.GetProperty("doses").EnumerateArray()));
    }

    [Fact]
    public async Task ChangeDose_NewDose_KeepsHistoryAndCurrentIsNew()
    {
        var client = await Accounts.SignUpAsync(factory);
        var id = Id(await client.AddBuiltInAsync("low-dose-naltrexone", 1.5, startedDaysAgo: 40));

        using var post = await client.PostJsonAsync($"/api/v1/regimen/{id}/doses", new { effectiveFrom = Date(10), dose = 3 });

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var item = await client.GetJsonAsync($"/api/v1/regimen/{id}");
        Assert.Equal([1.5, 3.0], item.GetProperty("doses").EnumerateArray().Select(d => d.GetProperty("dose").GetDouble()));
        Assert.Equal([Date(40), Date(10)], item.GetProperty("doses").EnumerateArray().Select(d => d.GetProperty("effectiveFrom").GetString()));
        Assert.Equal(3, item.GetProperty("currentDose").GetProperty("dose").GetDouble());
        Assert.Equal("mg", item.GetProperty("currentDose").GetProperty("unit").GetString());
    }

    [Fact]
    public async Task ChangeDose_BackdatedBetweenEarlierDoses_HistoryStaysInDateOrder()
    {
        var client = await Accounts.SignUpAsync(factory);
        var id = Id(await client.AddBuiltInAsync("pregabalin", 75, startedDaysAgo: 60));
        using (var later = await client.PostJsonAsync($"/api/v1/regimen/{id}/doses", new { effectiveFrom = Date(10), dose = 300 }))
        {
            Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        }

        using var earlier = await client.PostJsonAsync($"/api/v1/regimen/{id}/doses", new { effectiveFrom = Date(30), dose = 150 });

        Assert.Equal(HttpStatusCode.OK, earlier.StatusCode);
        var item = await client.GetJsonAsync($"/api/v1/regimen/{id}");
        Assert.Equal([75.0, 150.0, 300.0], item.GetProperty("doses").EnumerateArray().Select(d => d.GetProperty("dose").GetDouble()));
        Assert.Equal(300, item.GetProperty("currentDose").GetProperty("dose").GetDouble());
    }

    [Fact]
    public async Task ChangeDose_BeforeItemStarted_Returns400NamingEffectiveFrom()
    {
        var client = await Accounts.SignUpAsync(factory);
        var id = Id(await client.AddBuiltInAsync("duloxetine", 30, startedDaysAgo: 10));

        using var post = await client.PostJsonAsync($"/api/v1/regimen/{id}/doses", new { effectiveFrom = Date(20), dose = 60 });

        Assert.Contains("effectiveFrom", await ValidationFieldsAsync(post));
        Assert.Single((await client.GetJsonAsync($"/api/v1/regimen/{id}")).GetProperty("doses").EnumerateArray());
    }

    [Fact]
    public async Task ChangeDose_UnknownItem_Returns404()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostJsonAsync("/api/v1/regimen/999999999/doses", new { dose = 60 });

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task StopRegimenItem_PastDate_SetsStopDateAndInactive()
    {
        var client = await Accounts.SignUpAsync(factory);
        var id = Id(await client.AddBuiltInAsync("vitamin-d", 2000, startedDaysAgo: 90));

        using var post = await client.PostJsonAsync($"/api/v1/regimen/{id}/stop", new { stopDate = Date(5) });

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var item = await client.GetJsonAsync($"/api/v1/regimen/{id}");
        Assert.Equal(Date(5), item.GetProperty("stopDate").GetString());
        Assert.False(item.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task StopRegimenItem_NullAfterStop_TakesItUpAgain()
    {
        var client = await Accounts.SignUpAsync(factory);
        var id = Id(await client.AddBuiltInAsync("vitamin-d", 2000, startedDaysAgo: 90));
        using (var stop = await client.PostJsonAsync($"/api/v1/regimen/{id}/stop", new { stopDate = Date(5) }))
        {
            Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        }

        using var resume = await client.PostJsonAsync($"/api/v1/regimen/{id}/stop", new { stopDate = (string?)null });

        Assert.Equal(HttpStatusCode.OK, resume.StatusCode);
        var item = await client.GetJsonAsync($"/api/v1/regimen/{id}");
        Assert.Equal(JsonValueKind.Null, item.GetProperty("stopDate").ValueKind);
        Assert.True(item.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task StopRegimenItem_BeforeStart_Returns400NamingStopDate()
    {
        var client = await Accounts.SignUpAsync(factory);
        var id = Id(await client.AddBuiltInAsync("magnesium", 300, startedDaysAgo: 10));

        using var post = await client.PostJsonAsync($"/api/v1/regimen/{id}/stop", new { stopDate = Date(20) });

        Assert.Equal(["stopDate"], await ValidationFieldsAsync(post));
    }

    [Fact]
    public async Task CreateRegimenItem_SameBuiltInTwice_Returns400NamingName()
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.AddBuiltInAsync("duloxetine", 30);

        using var post = await client.PostJsonAsync("/api/v1/regimen", new { builtIn = "duloxetine", dose = 60 });

        Assert.Equal(["name"], await ValidationFieldsAsync(post));
        Assert.Single((await client.GetJsonAsync("/api/v1/regimen")).EnumerateArray());
    }

    [Fact]
    public async Task CreateRegimenItem_NameSluggingToExistingCode_Returns400NamingName()
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.CreateAsync("/api/v1/regimen", new { name = "Fish oil", dose = 1, unit = "g" });

        using var post = await client.PostJsonAsync("/api/v1/regimen", new { name = "FISH  OIL!", dose = 2, unit = "g" });

        Assert.Equal(["name"], await ValidationFieldsAsync(post));
    }

    [Fact]
    public async Task CreateRegimenItem_UnknownUnit_Returns400NamingUnit()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostJsonAsync("/api/v1/regimen", new { name = "Turmeric", dose = 500, unit = "spoonfuls" });

        Assert.Equal(["unit"], await ValidationFieldsAsync(post));
        Assert.Empty((await client.GetJsonAsync("/api/v1/regimen")).EnumerateArray());
    }

    [Fact]
    public async Task CreateRegimenItem_UnknownBuiltIn_Returns400NamingBuiltIn()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostJsonAsync("/api/v1/regimen", new { builtIn = "aspirin", dose = 100 });

        Assert.Contains("builtIn", await ValidationFieldsAsync(post));
    }

    [Fact]
    public async Task CreateRegimenItem_NoNameNoDose_Returns400NamingBoth()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostJsonAsync("/api/v1/regimen", new { unit = "mg" });

        Assert.Equal(["dose", "name"], (await ValidationFieldsAsync(post)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CreateRegimenItem_StartInFuture_Returns400NamingStartDate()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostJsonAsync("/api/v1/regimen", new { builtIn = "duloxetine", dose = 30, startDate = "2100-01-01" });

        Assert.Equal(["startDate"], await ValidationFieldsAsync(post));
    }

    [Fact]
    public async Task CreateRegimenItem_DoseAsObject_Returns400NamingDose()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostJsonAsync("/api/v1/regimen", new { builtIn = "duloxetine", dose = new { mg = 30 } });

        Assert.Equal(["dose"], await ValidationFieldsAsync(post));
    }

    [Fact]
    public async Task DeleteRegimenItem_NeverLogged_Returns204AndItIsGone()
    {
        var client = await Accounts.SignUpAsync(factory);
        var id = Id(await client.AddBuiltInAsync("pregabalin", 75));

        using var delete = await client.DeleteAsync($"/api/v1/regimen/{id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        using var get = await client.GetAsync($"/api/v1/regimen/{id}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.DoesNotContain("med.pregabalin", await client.VocabularyCodesAsync());
    }

    [Fact]
    public async Task DeleteRegimenItem_DiaryRecordsTakingIt_Returns409AndItIsKept()
    {
        var client = await Accounts.SignUpAsync(factory);
        var id = Id(await client.AddBuiltInAsync("low-dose-naltrexone", 1.5));
        using (var put = await client.PutDayAsync(Date(3), new { values = new Dictionary<string, object> { ["med.low-dose-naltrexone"] = true } }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        using var delete = await client.DeleteAsync($"/api/v1/regimen/{id}", Ct);

        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        Assert.Equal("application/problem+json", delete.Content.Headers.ContentType?.MediaType);
        using var get = await client.GetAsync($"/api/v1/regimen/{id}", Ct);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
    }

    [Fact]
    public async Task DeleteRegimenItem_LoggedThenDayReplacedWithoutIt_Returns204()
    {
        var client = await Accounts.SignUpAsync(factory);
        var id = Id(await client.AddBuiltInAsync("magnesium", 300));
        var date = Date(3);
        using (var put = await client.PutDayAsync(date, new { values = new Dictionary<string, object> { ["med.magnesium"] = true } }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        using (var replace = await client.PutDayAsync(date, new { values = new Dictionary<string, object> { ["symptom.pain"] = 4 } }))
        {
            Assert.Equal(HttpStatusCode.OK, replace.StatusCode);
        }

        using var delete = await client.DeleteAsync($"/api/v1/regimen/{id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
    }

    [Fact]
    public async Task DeleteRegimenItem_Unknown_Returns404()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var delete = await client.DeleteAsync("/api/v1/regimen/999999999", Ct);

        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
    }

    [Fact]
    public async Task GetVocabulary_AfterAddingItem_ListsItsCodeAsYesNoTreatment()
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.AddBuiltInAsync("low-dose-naltrexone", 1.5);

        var vocabulary = await client.GetJsonAsync("/api/v1/vocabulary");

        var variable = Assert.Single(vocabulary.GetProperty("variables").EnumerateArray(), v => v.GetProperty("code").GetString() == "med.low-dose-naltrexone");
        Assert.Equal("yes-no", variable.GetProperty("type").GetString());
        Assert.Equal("treatment", variable.GetProperty("kind").GetString());
        Assert.True(variable.GetProperty("personal").GetBoolean());
    }

    [Fact]
    public async Task PutDay_MedCodeTaken_RoundTrips()
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.AddBuiltInAsync("low-dose-naltrexone", 1.5);
        var date = Date(2);

        using var put = await client.PutDayAsync(date, new { values = new Dictionary<string, object> { ["med.low-dose-naltrexone"] = true } });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var day = await client.GetStoredDayAsync(date);
        Assert.True(day.GetProperty("values").GetProperty("med.low-dose-naltrexone").GetBoolean());
    }

    [Fact]
    public async Task PutDay_MedCodeOfStoppedItem_IsStillAccepted()
    {
        var client = await Accounts.SignUpAsync(factory);
        var id = Id(await client.AddBuiltInAsync("duloxetine", 30, startedDaysAgo: 30));
        using (var stop = await client.PostJsonAsync($"/api/v1/regimen/{id}/stop", new { stopDate = Date(10) }))
        {
            Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        }

        // A past day from when it was still taken, entered late.
        using var put = await client.PutDayAsync(Date(15), new { values = new Dictionary<string, object> { ["med.duloxetine"] = true } });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }

    [Fact]
    public async Task PutDay_MedCodeNotInRegimen_Returns400NamingValue()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var put = await client.PutDayAsync(Date(2), new { values = new Dictionary<string, object> { ["med.duloxetine"] = true } });

        Assert.Equal(["values[med.duloxetine]"], await ValidationFieldsAsync(put));
    }

    [Fact]
    public async Task GetRegimenOptions_ListsBuiltInsUnitsAndSchedules()
    {
        var client = await Accounts.SignUpAsync(factory);

        var options = await client.GetJsonAsync("/api/v1/regimen/options");

        Assert.Contains("low-dose-naltrexone", options.GetProperty("builtIns").EnumerateArray().Select(b => b.GetProperty("key").GetString()));
        Assert.Contains("mg", options.GetProperty("units").EnumerateArray().Select(u => u.GetString()));
        Assert.Contains("once-daily", options.GetProperty("schedules").EnumerateArray().Select(s => s.GetString()));
    }
}
