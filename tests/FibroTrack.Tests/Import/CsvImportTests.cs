using System.Net;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;
using static FibroTrack.Tests.Import.ImportFiles;

namespace FibroTrack.Tests.Import;

/// <summary>The generic long CSV importer through the API, with a mapping file sent as a multipart part.</summary>
public sealed class CsvImportTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static readonly string DayA = Date(20);
    private static readonly string DayB = Date(19);

    private static readonly string Csv = string.Join('\n',
        "date,variable,value,unit",
        $"{DayA},Pain level,6,",
        $"{DayA},Work,7.5,h",
        $"{DayA},Coffee,yes,",
        $"{DayA},sleep.hours,6.5,h",
        $"{DayB},Pain level,4,",
        $"{DayB},Coffee,No,",
        $"{DayB},Work,0,h",
        $"{DayB},Mood emoji,:-),") + "\n";

    private const string Mapping = """{ "Pain level": "symptom.pain", "Work": "custom:quantity", "Mood emoji": "skip" }""";

    [Fact]
    public async Task Preview_MappedAndInferredVariables_PlansCustomVariablesWithTypes()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var response = await client.PostCsvAsync("preview", Csv, Mapping);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var person = (await response.JsonAsync()).GetProperty("people")[0];
        Assert.Equal(2, person.GetProperty("daysToCreate").GetInt32());
        Assert.Equal(7, person.GetProperty("observations").GetInt64());
        var variables = person.GetProperty("newVariables").EnumerateArray()
            .Select(v => (v.GetProperty("code").GetString(), v.GetProperty("type").GetString(), v.GetProperty("unit").GetString())).ToList();
        Assert.Equal([("custom.work", "quantity", "h"), ("custom.coffee", "yes-no", null)], variables);
    }

    [Fact]
    public async Task Commit_ThenGetDay_ValuesStoredUnderMappedCodes()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var response = await client.PostCsvAsync("commit", Csv, Mapping);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var a = (await client.GetStoredDayAsync(DayA)).GetProperty("values");
        Assert.Equal(6, a.GetProperty("symptom.pain").GetDouble());
        Assert.Equal(7.5, a.GetProperty("custom.work").GetDouble());
        Assert.True(a.GetProperty("custom.coffee").GetBoolean());
        Assert.Equal(6.5, a.GetProperty("sleep.hours").GetDouble());
        Assert.False((await client.GetStoredDayAsync(DayB)).GetProperty("values").GetProperty("custom.coffee").GetBoolean());
    }

    [Fact]
    public async Task Commit_UnknownCodeAndConflictingValue_ErrorsNameLinesAndNothingIsWritten()
    {
        var client = await Accounts.SignUpAsync(factory);
        var csv = string.Join('\n', "date,variable,value", $"{DayA},symptom.pain,3", $"{DayA},symptom.nonsense,3", $"{DayA},symptom.pain,4") + "\n";

        using var response = await client.PostCsvAsync("commit", csv, mapping: null);

        var errors = await ApiCalls.ValidationErrorsAsync(response);
        Assert.Equal(["lines[3].variable", "lines[4].value"], errors.Keys.Order(StringComparer.Ordinal));
        using var day = await client.GetDayAsync(DayA);
        Assert.Equal(HttpStatusCode.NotFound, day.StatusCode);
    }

    [Fact]
    public async Task Commit_BadMappingTarget_ErrorNamesTheMappingEntry()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var response = await client.PostCsvAsync("commit", Csv, """{ "Pain level": "custom:colour" }""");

        var errors = await ApiCalls.ValidationErrorsAsync(response);
        Assert.Contains("lines[0].mapping[Pain level]", errors.Keys);
    }

    [Fact]
    public async Task Commit_SameFileTwice_SecondIsNoOp()
    {
        var client = await Accounts.SignUpAsync(factory);
        using (var first = await client.PostCsvAsync("commit", Csv, Mapping))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var second = await client.PostCsvAsync("commit", Csv, Mapping);

        Assert.Equal("already-imported", (await second.JsonAsync()).GetProperty("status").GetString());
        Assert.Equal(2, (await client.GetJsonAsync($"/api/v1/days?from={DayA}&to={DayB}")).GetArrayLength());
    }
}
