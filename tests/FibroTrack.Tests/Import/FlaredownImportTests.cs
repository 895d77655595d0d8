using System.Net;
using FibroTrack.Features.Import;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;
using static FibroTrack.Tests.Import.ImportFiles;

namespace FibroTrack.Tests.Import;

/// <summary>The Flaredown importer through the API: preview, commit, read back through the diary API.</summary>
public sealed class FlaredownImportTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static readonly string DayA = Date(10);
    private static readonly string DayB = Date(9);
    private static readonly string DayC = Date(8);

    /// <summary>Two days of one person: 7 observations (day A: 5 values and a tag; day B: 1 value).</summary>
    private static readonly string TwoDays = Flaredown(
        Row("1", DayA, "Symptom", "Fatigue", "2"),
        Row("1", DayA, "Symptom", "Knee ache", "3"),
        Row("1", DayA, "Condition", "Fibromyalgia", "4"),
        Row("1", DayA, "Treatment", "Duloxetine", "30 mg"),
        Row("1", DayA, "Tag", "rainy", string.Empty),
        Row("1", DayA, "Food", "Coffee", string.Empty),
        Row("1", DayA, "Weather", "humidity", "80"),
        Row("1", DayB, "Symptom", "pain", "1"));

    [Fact]
    public async Task Preview_TwoDays_CountsDaysObservationsVariablesAndRegimen()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var response = await client.PostFlaredownAsync("preview", TwoDays);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = await response.JsonAsync();
        Assert.Equal(8, plan.GetProperty("rows").GetInt64());
        var person = Assert.Single(plan.GetProperty("people").EnumerateArray());
        Assert.Equal(2, person.GetProperty("daysToCreate").GetInt32());
        Assert.Equal(0, person.GetProperty("daysToMerge").GetInt32());
        Assert.Equal(7, person.GetProperty("observations").GetInt64());
        var variables = person.GetProperty("newVariables").EnumerateArray().Select(v => (v.GetProperty("code").GetString(), v.GetProperty("type").GetString())).ToList();
        Assert.Equal([("custom.knee-ache", "scale"), ("custom.fibromyalgia-condition", "scale")], variables);
        var item = Assert.Single(person.GetProperty("regimenItems").EnumerateArray());
        Assert.Equal("med.duloxetine", item.GetProperty("code").GetString());
        Assert.Equal(30, item.GetProperty("dose").GetDouble());
        Assert.Contains(plan.GetProperty("skipped").EnumerateArray(), s => s.GetProperty("type").GetString() == "Weather");
        using var day = await client.GetDayAsync(DayA);
        Assert.Equal(HttpStatusCode.NotFound, day.StatusCode);
    }

    [Fact]
    public async Task Commit_TwoDays_ReadBackThroughDiaryApiOnTheZeroToTenScale()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var response = await client.PostFlaredownAsync("commit", TwoDays);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("committed", (await response.JsonAsync()).GetProperty("status").GetString());
        var a = (await client.GetStoredDayAsync(DayA)).GetProperty("values");
        Assert.Equal(5, a.GetProperty("symptom.fatigue").GetDouble()); // 2 of 4 → 5 of 10
        Assert.Equal(8, a.GetProperty("custom.knee-ache").GetDouble()); // 3 × 2.5 = 7.5, half up → 8
        Assert.Equal(10, a.GetProperty("custom.fibromyalgia-condition").GetDouble());
        Assert.True(a.GetProperty("med.duloxetine").GetBoolean());
        Assert.True(a.GetProperty("diet.caffeine").GetBoolean());
        Assert.Equal(["rainy"], (await client.GetStoredDayAsync(DayA)).GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(3, (await client.GetStoredDayAsync(DayB)).GetProperty("values").GetProperty("symptom.pain").GetDouble()); // 1 × 2.5 → 3
        var regimen = await client.GetJsonAsync("/api/v1/regimen");
        var item = Assert.Single(regimen.EnumerateArray());
        Assert.Equal(DayA, item.GetProperty("startDate").GetString());
        Assert.Equal("mg", item.GetProperty("currentDose").GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Commit_LastRowHasBadDateOnLine7_ErrorNamesLine7AndNothingIsWritten()
    {
        var client = await Accounts.SignUpAsync(factory);
        var csv = Flaredown(
            Row("1", DayA, "Symptom", "Fatigue", "2"),
            Row("1", DayA, "Symptom", "Knee ache", "3"),
            Row("1", DayA, "Treatment", "Duloxetine", "30 mg"),
            Row("1", DayA, "Tag", "rainy", string.Empty),
            Row("1", DayB, "Symptom", "Pain", "1"),
            Row("1", "2024-13-45", "Symptom", "Pain", "1"));

        using var response = await client.PostFlaredownAsync("commit", csv);

        var errors = await ApiCalls.ValidationErrorsAsync(response);
        Assert.Equal(["lines[7].checkin_date"], errors.Keys);
        using var day = await client.GetDayAsync(DayA);
        Assert.Equal(HttpStatusCode.NotFound, day.StatusCode);
        Assert.Empty((await client.GetJsonAsync("/api/v1/regimen")).EnumerateArray());
        Assert.Empty((await client.GetJsonAsync("/api/v1/custom-variables")).EnumerateArray());
    }

    [Fact]
    public async Task Commit_RatingOutOfRange_ErrorNamesLineAndValueColumn()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var response = await client.PostFlaredownAsync("commit", Flaredown(Row("1", DayA, "Symptom", "Fatigue", "9"), Row("1", DayA, "Symptom", "Pain", "1e400")));

        var errors = await ApiCalls.ValidationErrorsAsync(response);
        Assert.Equal(["lines[2].trackable_value", "lines[3].trackable_value"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Commit_SameFileTwice_SecondIsNoOpAndLeavesDaysUnchanged()
    {
        var client = await Accounts.SignUpAsync(factory);
        using (var first = await client.PostFlaredownAsync("commit", TwoDays))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var before = ApiCalls.Canonical(await client.GetJsonAsync($"/api/v1/days?from={DayA}&to={DayC}"));

        using var preview = await client.PostFlaredownAsync("preview", TwoDays);
        using var second = await client.PostFlaredownAsync("commit", TwoDays);

        Assert.True((await preview.JsonAsync()).GetProperty("people")[0].GetProperty("alreadyImported").GetBoolean());
        Assert.Equal("already-imported", (await second.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(before, ApiCalls.Canonical(await client.GetJsonAsync($"/api/v1/days?from={DayA}&to={DayC}")));
        Assert.Single((await client.GetJsonAsync("/api/v1/regimen")).EnumerateArray());
    }

    [Fact]
    public async Task Commit_OverlappingFile_MergesTheSharedDayWithoutDuplicates()
    {
        var client = await Accounts.SignUpAsync(factory);
        using (var first = await client.PostFlaredownAsync("commit", Flaredown(Row("1", DayA, "Symptom", "Pain", "1"), Row("1", DayB, "Symptom", "Pain", "2"), Row("1", DayB, "Tag", "rainy", string.Empty))))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var second = await client.PostFlaredownAsync("commit", Flaredown(Row("1", DayB, "Symptom", "Pain", "4"), Row("1", DayB, "Symptom", "Fatigue", "4"), Row("1", DayB, "Tag", "rainy", string.Empty), Row("1", DayC, "Symptom", "Pain", "3")));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var days = await client.GetJsonAsync($"/api/v1/days?from={DayA}&to={DayC}");
        Assert.Equal([DayA, DayB, DayC], days.EnumerateArray().Select(d => d.GetProperty("date").GetString()));
        var b = await client.GetStoredDayAsync(DayB);
        Assert.Equal(10, b.GetProperty("values").GetProperty("symptom.pain").GetDouble());
        Assert.Equal(10, b.GetProperty("values").GetProperty("symptom.fatigue").GetDouble());
        Assert.Equal(["rainy"], b.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Commit_KeepsWhatTheDayAlreadyHeldForOtherVariables()
    {
        var client = await Accounts.SignUpAsync(factory);
        using (var put = await client.PutDayAsync(DayA, new { values = new Dictionary<string, object> { ["symptom.pain"] = 7, ["sleep.hours"] = 6.5 }, notes = "typed by hand" }))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        }

        using var response = await client.PostFlaredownAsync("commit", Flaredown(Row("1", DayA, "Symptom", "Fatigue", "4")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var day = await client.GetStoredDayAsync(DayA);
        Assert.Equal(7, day.GetProperty("values").GetProperty("symptom.pain").GetDouble());
        Assert.Equal(6.5, day.GetProperty("values").GetProperty("sleep.hours").GetDouble());
        Assert.Equal(10, day.GetProperty("values").GetProperty("symptom.fatigue").GetDouble());
        Assert.Equal("typed by hand", day.GetProperty("notes").GetString());
    }

    [Fact]
    public async Task Preview_TwoPeopleWithoutUserId_AsksToChoose()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var response = await client.PostFlaredownAsync("preview", Flaredown(Row("1", DayA, "Symptom", "Pain", "1"), Row("2", DayA, "Symptom", "Pain", "3")));

        var errors = await ApiCalls.ValidationErrorsAsync(response);
        Assert.Contains("choose one user_id", errors["lines[1].user_id"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_UserId2_ImportsOnlyThatPersonsRows()
    {
        var client = await Accounts.SignUpAsync(factory);
        var csv = Flaredown(Row("1", DayA, "Symptom", "Pain", "1"), Row("2", DayA, "Symptom", "Pain", "3"), Row("1", DayB, "Symptom", "Pain", "1"), Row("2", DayA, "Symptom", "Nausea", "x-bad-only-for-2"));

        using var bad = await client.PostFlaredownAsync("commit", csv, userId: "2");
        using var good = await client.PostFlaredownAsync("commit", csv, userId: "1");

        Assert.Equal(["lines[5].trackable_value"], (await ApiCalls.ValidationErrorsAsync(bad)).Keys);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(3, (await client.GetStoredDayAsync(DayA)).GetProperty("values").GetProperty("symptom.pain").GetDouble());
        Assert.Equal(2, (await client.GetJsonAsync($"/api/v1/days?from={DayA}&to={DayC}")).GetArrayLength());
    }

    [Fact]
    public async Task Commit_AsPersonA_NeverWritesToPersonB()
    {
        var a = await Accounts.SignUpAsync(factory);
        var b = await Accounts.SignUpAsync(factory);

        using var response = await a.PostFlaredownAsync("commit", TwoDays);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await b.GetJsonAsync($"/api/v1/days?from={DayA}&to={DayC}")).GetArrayLength());
        Assert.Empty((await b.GetJsonAsync("/api/v1/regimen")).EnumerateArray());
        Assert.DoesNotContain("custom.knee-ache", await b.VocabularyCodesAsync());
        // B importing the very same file is B's own import, not a no-op because A did it.
        using var own = await b.PostFlaredownAsync("commit", TwoDays);
        Assert.Equal("committed", (await own.JsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Preview_WithoutToken_Returns401()
    {
        using var response = await factory.CreateClient().PostFlaredownAsync("preview", TwoDays);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 3)]
    [InlineData(2, 5)]
    [InlineData(3, 8)]
    [InlineData(4, 10)]
    [InlineData(0.5, 1)]
    public void ToScale_FlaredownRating_TimesTwoPointFiveHalvesUp(double flaredown, int expected) =>
        Assert.Equal(expected, FlaredownMapping.ToScale(flaredown));

    [Theory]
    [InlineData(-1)]
    [InlineData(4.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void ToScale_OutsideZeroToFour_Null(double flaredown) => Assert.Null(FlaredownMapping.ToScale(flaredown));

    [Theory]
    [InlineData("20 mg", 20, "mg")]
    [InlineData("1.5mg", 1.5, "mg")]
    [InlineData("1,000 IU", 1000, "[IU]")]
    [InlineData("2 pills", 2, "{tablet}")]
    [InlineData("50 mcg", 50, "ug")]
    public void TryParseDose_CommonForms_ParsedToRegimenUnits(string text, double dose, string unit)
    {
        Assert.True(FlaredownMapping.TryParseDose(text, out var d, out var u));
        Assert.Equal((dose, unit), (d, u));
    }

    [Fact]
    public void Symptoms_BrainFog_MapsToFibroFog() =>
        Assert.Equal("symptom.fibro-fog", FlaredownMapping.Symptoms["Brain Fog"]);
}
