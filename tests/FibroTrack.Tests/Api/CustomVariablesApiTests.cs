using System.Net;
using System.Text.Json;
using FibroTrack.Tests.Infrastructure;
using static FibroTrack.Tests.Api.ApiCalls;

namespace FibroTrack.Tests.Api;

/// <summary><c>/api/v1/custom-variables</c>: a person's own variables, logged like built-ins, archived but never lost.</summary>
public sealed class CustomVariablesApiTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private const string Path = "/api/v1/custom-variables";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IEnumerable<string> Codes(JsonElement list) =>
        list.EnumerateArray().Select(v => v.GetProperty("variable").GetProperty("code").GetString()!);

    private async Task<(HttpClient Client, string Code)> PersonWithLoggedScaleAsync(string name, string date)
    {
        var client = await Accounts.SignUpAsync(factory);
        var code = (await client.AddScaleAsync(name)).GetProperty("code").GetString()!;
        using var put = await client.PutDayAsync(date, new { values = new Dictionary<string, object> { [code] = 7 } });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        return (client, code);
    }

    [Fact]
    public async Task CreateCustomVariable_Scale_Returns201WithCustomCodeAndZeroToTen()
    {
        var client = await Accounts.SignUpAsync(factory);

        var created = await client.CreateAsync(Path, new { name = "Jaw pain", type = "scale", help = "TMJ, worst today" });

        var variable = created.GetProperty("variable");
        Assert.Equal("custom.jaw-pain", variable.GetProperty("code").GetString());
        Assert.Equal("Jaw pain", variable.GetProperty("label").GetString());
        Assert.Equal("scale", variable.GetProperty("type").GetString());
        Assert.Equal("symptom", variable.GetProperty("kind").GetString());
        Assert.Equal(0, variable.GetProperty("min").GetDouble());
        Assert.Equal(10, variable.GetProperty("max").GetDouble());
        Assert.Equal("TMJ, worst today", variable.GetProperty("help").GetString());
        Assert.True(variable.GetProperty("personal").GetBoolean());
        Assert.False(created.GetProperty("archived").GetBoolean());
    }

    [Fact]
    public async Task CreateCustomVariable_Category_OptionsGetSluggedCodes()
    {
        var client = await Accounts.SignUpAsync(factory);

        var created = await client.CreateAsync(Path, new { name = "Weather", type = "category", kind = "exposure", options = new[] { "Sunny", "Cold & damp" } });

        var variable = created.GetProperty("variable");
        Assert.Equal("exposure", variable.GetProperty("kind").GetString());
        Assert.Equal(
            ["sunny", "cold-damp"],
            variable.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("code").GetString()));
        Assert.Equal(
            ["Sunny", "Cold & damp"],
            variable.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("label").GetString()));
    }

    [Fact]
    public async Task CreateCustomVariable_Quantity_KeepsUnitAndRange()
    {
        var client = await Accounts.SignUpAsync(factory);

        var created = await client.CreateAsync(Path, new { name = "Body weight", type = "quantity", kind = "exposure", unit = "kg", min = 30, max = 250 });

        var variable = created.GetProperty("variable");
        Assert.Equal("custom.body-weight", variable.GetProperty("code").GetString());
        Assert.Equal("quantity", variable.GetProperty("type").GetString());
        Assert.Equal("kg", variable.GetProperty("unit").GetString());
        Assert.Equal(30, variable.GetProperty("min").GetDouble());
        Assert.Equal(250, variable.GetProperty("max").GetDouble());
    }

    [Fact]
    public async Task ListCustomVariables_CreatedAt_IsUtc()
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.AddScaleAsync("Jaw pain");

        var listed = Assert.Single((await client.GetJsonAsync(Path)).EnumerateArray());

        Assert.EndsWith("Z", listed.GetProperty("createdAt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateCustomVariable_Created_LocationNamesTheCode()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostJsonAsync(Path, new { name = "Hot flushes", type = "count" });

        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        Assert.Equal($"{Path}/custom.hot-flushes", post.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task CreateCustomVariable_NoNameUnknownType_Returns400NamingBoth()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostJsonAsync(Path, new { name = "  ", type = "colour" });

        Assert.Equal(["name", "type"], (await ValidationFieldsAsync(post)).Order(StringComparer.Ordinal));
        Assert.Empty((await client.GetJsonAsync($"{Path}?includeArchived=true")).EnumerateArray());
    }

    [Fact]
    public async Task CreateCustomVariable_UnknownKind_Returns400NamingKind()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostJsonAsync(Path, new { name = "Mood swings", type = "scale", kind = "treatment" });

        Assert.Equal(["kind"], await ValidationFieldsAsync(post));
    }

    [Fact]
    public async Task CreateCustomVariable_QuantityWithoutUnitOrRange_Returns400NamingUnitAndMin()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostJsonAsync(Path, new { name = "Water", type = "quantity" });

        Assert.Equal(["min", "unit"], (await ValidationFieldsAsync(post)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CreateCustomVariable_QuantityMaxBelowMin_Returns400NamingMax()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostJsonAsync(Path, new { name = "Water", type = "quantity", unit = "L", min = 5, max = 1 });

        Assert.Equal(["max"], await ValidationFieldsAsync(post));
    }

    [Fact]
    public async Task CreateCustomVariable_CategoryWithOneOption_Returns400NamingOptions()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostJsonAsync(Path, new { name = "Weather", type = "category", options = new[] { "Sunny" } });

        Assert.Equal(["options"], await ValidationFieldsAsync(post));
    }

    [Fact]
    public async Task CreateCustomVariable_CategoryWithRepeatedOption_Returns400NamingThatOption()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostJsonAsync(Path, new { name = "Weather", type = "category", options = new[] { "Sunny", "Rainy", "sunny" } });

        Assert.Equal(["options[2]"], await ValidationFieldsAsync(post));
    }

    [Fact]
    public async Task CreateCustomVariable_OptionsOnScale_Returns400NamingOptions()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostJsonAsync(Path, new { name = "Itch", type = "scale", options = new[] { "a", "b" } });

        Assert.Equal(["options"], await ValidationFieldsAsync(post));
    }

    [Fact]
    public async Task CreateCustomVariable_SameNameTwice_Returns400NamingName()
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.AddScaleAsync("Itch");

        using var post = await client.PostJsonAsync(Path, new { name = "ITCH", type = "count" });

        Assert.Equal(["name"], await ValidationFieldsAsync(post));
    }

    [Fact]
    public async Task CreateCustomVariable_NameOfArchivedVariable_Returns400NamingName()
    {
        var client = await Accounts.SignUpAsync(factory);
        var code = (await client.AddScaleAsync("Itch")).GetProperty("code").GetString();
        using (var archive = await client.DeleteAsync($"{Path}/{code}", Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, archive.StatusCode);
        }

        using var post = await client.PostJsonAsync(Path, new { name = "Itch", type = "scale" });

        Assert.Equal(["name"], await ValidationFieldsAsync(post));
    }

    [Fact]
    public async Task CreateCustomVariable_UnknownProperty_Returns400NamingIt()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var post = await client.PostJsonAsync(Path, new { name = "Itch", type = "scale", maximum = 5 });

        Assert.Equal(["maximum"], await ValidationFieldsAsync(post));
    }

    [Fact]
    public async Task PutDay_CustomScaleCategoryAndQuantity_RoundTrip()
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.AddScaleAsync("Jaw pain");
        await client.CreateAsync(Path, new { name = "Weather", type = "category", options = new[] { "Sunny", "Rainy" } });
        await client.CreateAsync(Path, new { name = "Body weight", type = "quantity", unit = "kg", min = 30, max = 250 });
        var date = Date(2);

        using var put = await client.PutDayAsync(date, new
        {
            values = new Dictionary<string, object> { ["custom.jaw-pain"] = 4, ["custom.weather"] = "rainy", ["custom.body-weight"] = 71.5 },
        });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var values = (await client.GetStoredDayAsync(date)).GetProperty("values");
        Assert.Equal(4, values.GetProperty("custom.jaw-pain").GetDouble());
        Assert.Equal("rainy", values.GetProperty("custom.weather").GetString());
        Assert.Equal(71.5, values.GetProperty("custom.body-weight").GetDouble());
    }

    [Fact]
    public async Task PutDay_CustomQuantityOutsideItsRange_Returns400NamingIt()
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.CreateAsync(Path, new { name = "Body weight", type = "quantity", unit = "kg", min = 30, max = 250 });

        using var put = await client.PutDayAsync(Date(2), new { values = new Dictionary<string, object> { ["custom.body-weight"] = 400 } });

        Assert.Equal(["values[custom.body-weight]"], await ValidationFieldsAsync(put));
    }

    [Fact]
    public async Task PutDay_CustomCategoryUnknownOption_Returns400NamingIt()
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.CreateAsync(Path, new { name = "Weather", type = "category", options = new[] { "Sunny", "Rainy" } });

        using var put = await client.PutDayAsync(Date(2), new { values = new Dictionary<string, object> { ["custom.weather"] = "snowy" } });

        Assert.Equal(["values[custom.weather]"], await ValidationFieldsAsync(put));
    }

    [Fact]
    public async Task GetVocabulary_CustomVariable_IsListed()
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.AddScaleAsync("Jaw pain");

        Assert.Contains("custom.jaw-pain", await client.VocabularyCodesAsync());
    }

    [Fact]
    public async Task ArchiveCustomVariable_Known_HidesItFromList()
    {
        var (client, code) = await PersonWithLoggedScaleAsync("Tinnitus", Date(3));
        await client.AddScaleAsync("Dizziness");

        using var delete = await client.DeleteAsync($"{Path}/{code}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(["custom.dizziness"], Codes(await client.GetJsonAsync(Path)));
    }

    [Fact]
    public async Task ListCustomVariables_IncludeArchived_ListsArchivedOnesMarked()
    {
        var (client, code) = await PersonWithLoggedScaleAsync("Tinnitus", Date(3));
        await client.AddScaleAsync("Dizziness");
        using (var delete = await client.DeleteAsync($"{Path}/{code}", Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        var list = await client.GetJsonAsync($"{Path}?includeArchived=true");

        Assert.Equal(["custom.dizziness", code], Codes(list));
        Assert.Equal([false, true], list.EnumerateArray().Select(v => v.GetProperty("archived").GetBoolean()));
    }

    [Fact]
    public async Task ArchiveCustomVariable_Logged_DayStillReturnsItsValue()
    {
        var date = Date(3);
        var (client, code) = await PersonWithLoggedScaleAsync("Tinnitus", date);

        using var delete = await client.DeleteAsync($"{Path}/{code}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        var values = (await client.GetStoredDayAsync(date)).GetProperty("values");
        Assert.Equal(7, values.GetProperty(code).GetDouble());
    }

    [Fact]
    public async Task ArchiveCustomVariable_Logged_DayInListStillReturnsItsValue()
    {
        var date = Date(3);
        var (client, code) = await PersonWithLoggedScaleAsync("Tinnitus", date);

        using var delete = await client.DeleteAsync($"{Path}/{code}", Ct);

        var day = Assert.Single((await client.GetJsonAsync($"/api/v1/days?from={date}&to={date}")).EnumerateArray());
        Assert.Equal(7, day.GetProperty("values").GetProperty(code).GetDouble());
    }

    [Fact]
    public async Task RestoreCustomVariable_Archived_Returns200AndListsItAgain()
    {
        var (client, code) = await PersonWithLoggedScaleAsync("Tinnitus", Date(3));
        using (var delete = await client.DeleteAsync($"{Path}/{code}", Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        using var restore = await client.PostAsync($"{Path}/{code}/restore", null, Ct);

        Assert.Equal(HttpStatusCode.OK, restore.StatusCode);
        Assert.False((await restore.JsonAsync()).GetProperty("archived").GetBoolean());
        Assert.Equal([code], Codes(await client.GetJsonAsync(Path)));
    }

    [Fact]
    public async Task ArchiveCustomVariable_UnknownCode_Returns404()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var delete = await client.DeleteAsync($"{Path}/custom.nothing-here", Ct);

        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
    }

    [Fact]
    public async Task RestoreCustomVariable_UnknownCode_Returns404()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var restore = await client.PostAsync($"{Path}/custom.nothing-here/restore", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, restore.StatusCode);
    }
}
