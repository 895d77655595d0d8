using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Api;

/// <summary>The default ESR limit follows the profile's age and sex (Miller 1983: age ÷ 2 for men, (age + 10) ÷ 2 for women).</summary>
public sealed class LabsEsrTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Esr32_ManOf60_HighAgainstLimit30()
    {
        var client = await Accounts.SignUpAsync(factory);
        await SetProfileAsync(client, "male", ageInYears: 60);

        var lab = await client.CreateAsync("/api/v1/labs", new { analyte = "ESR", value = 32, unit = "mm/h", specimenDate = ApiCalls.Date(2) });

        Assert.Equal("4537-7", lab.GetProperty("analyteCode").GetString());
        Assert.Equal("high", lab.GetProperty("flag").GetString());
        Assert.Equal(30, lab.GetProperty("rangeUsed").GetProperty("high").GetDouble());
        Assert.Contains("Miller", lab.GetProperty("rangeSource").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Esr32_WomanOf60_NormalAgainstLimit35()
    {
        var client = await Accounts.SignUpAsync(factory);
        await SetProfileAsync(client, "female", ageInYears: 60);

        var lab = await client.CreateAsync("/api/v1/labs", new { analyte = "ESR", value = 32, unit = "mm/h", specimenDate = ApiCalls.Date(2) });

        Assert.Equal("normal", lab.GetProperty("flag").GetString());
        Assert.Equal(35, lab.GetProperty("rangeUsed").GetProperty("high").GetDouble());
    }

    [Fact]
    public async Task Esr_NoBirthDate_UnflaggedAndAsksForIt()
    {
        var client = await Accounts.SignUpAsync(factory);
        var lab = await client.CreateAsync("/api/v1/labs", new { analyte = "ESR", value = 32, unit = "mm/h", specimenDate = ApiCalls.Date(2) });

        Assert.Equal("unknown", lab.GetProperty("flag").GetString());
        Assert.Equal(JsonValueKind.Null, lab.GetProperty("rangeUsed").ValueKind);
        Assert.Contains("birth date", lab.GetProperty("rangeSource").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Esr_ProfileChangedAfterwards_ReflaggedWhenRead()
    {
        var client = await Accounts.SignUpAsync(factory);
        await SetProfileAsync(client, "female", ageInYears: 60);
        var id = (await client.CreateAsync("/api/v1/labs", new { analyte = "ESR", value = 32, unit = "mm/h", specimenDate = ApiCalls.Date(2) }))
            .GetProperty("id").GetInt64();

        await SetProfileAsync(client, "male", ageInYears: 60);

        var stored = await client.GetJsonAsync($"/api/v1/labs/{id}");
        Assert.Equal("high", stored.GetProperty("flag").GetString());
        Assert.Equal(30, stored.GetProperty("rangeUsed").GetProperty("high").GetDouble());
    }

    [Fact]
    public async Task Esr_LabsOwnRange_WinsOverAgeLimit()
    {
        var client = await Accounts.SignUpAsync(factory);
        await SetProfileAsync(client, "male", ageInYears: 60);

        var lab = await client.CreateAsync("/api/v1/labs",
            new { analyte = "ESR", value = 32, unit = "mm/h", rangeLow = 0, rangeHigh = 40, specimenDate = ApiCalls.Date(2) });

        Assert.Equal("normal", lab.GetProperty("flag").GetString());
        Assert.Equal(40, lab.GetProperty("rangeUsed").GetProperty("high").GetDouble());
    }

    /// <summary>A birth date a little over <paramref name="ageInYears"/> years ago, so the age on a recent specimen date is exactly that.</summary>
    private static async Task SetProfileAsync(HttpClient client, string sex, int ageInYears)
    {
        var birthDate = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-ageInYears).AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var put = await client.PutAsJsonAsync("/api/v1/profile", new { sex, birthDate }, Ct);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
    }
}
