using System.Net;
using System.Text;
using System.Text.Json;
using FibroTrack.Core.Instruments;
using FibroTrack.Tests.Infrastructure;
using static FibroTrack.Tests.Api.ApiCalls;

namespace FibroTrack.Tests.Api;

/// <summary>
/// The questionnaire API end to end: the catalogue, a FIQR scored, stored, listed, read back and
/// replaced, the missing-item rules, and the PHQ-9, GAD-7, PEG and ACR 2016 scores as the server
/// returns them.
/// </summary>
public sealed class InstrumentsApiTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    [Fact]
    public async Task ListInstruments_ReturnsAllFiveWithTheirItems()
    {
        var client = await Accounts.SignUpAsync(factory);

        var instruments = await client.GetJsonAsync("/api/v1/instruments");

        var itemCounts = instruments.EnumerateArray().ToDictionary(
            i => i.GetProperty("id").GetString()!,
            i => i.GetProperty("items").GetArrayLength(),
            StringComparer.Ordinal);
        Assert.Equal(["acr2016", "fiqr", "gad7", "peg", "phq9"], itemCounts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(19 + 7, itemCounts["acr2016"]); // 19 body areas, 6 SSS items, the duration question.
        Assert.Equal(21, itemCounts["fiqr"]);
        Assert.Equal(9, itemCounts["phq9"]);
        Assert.Equal(7, itemCounts["gad7"]);
        Assert.Equal(3, itemCounts["peg"]);

        var fiqr = instruments.EnumerateArray().Single(i => i.GetProperty("id").GetString() == "fiqr");
        var f1 = fiqr.GetProperty("items")[0];
        Assert.Equal("fiqr.f1", f1.GetProperty("code").GetString());
        Assert.Equal(0, f1.GetProperty("min").GetInt32());
        Assert.Equal(10, f1.GetProperty("max").GetInt32());

        // The bands travel too; an open-ended top band has no upper bound (JSON has no infinity).
        var schemes = fiqr.GetProperty("bandSchemes");
        Assert.Equal(["salaffi-2020", "salaffi-2018"], schemes.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        var salaffi2020 = schemes[0].GetProperty("bands").EnumerateArray().ToList();
        Assert.Equal(["Remission", "Mild", "Moderate", "Severe", "Very severe"], salaffi2020.Select(b => b.GetProperty("label").GetString()));
        Assert.Equal(83, salaffi2020[3].GetProperty("upperBound").GetDouble());
        Assert.Equal(JsonValueKind.Null, salaffi2020[4].GetProperty("upperBound").ValueKind);
    }

    [Fact]
    public async Task SubmitFiqr_AllAnswers_Returns201WithHandComputedTotalAndBand()
    {
        var client = await Accounts.SignUpAsync(factory);
        var date = Date(1);

        using var post = await client.PostJsonAsync("/api/v1/instruments/fiqr/responses", new { date, answers = InstrumentForms.Fiqr() });

        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        var created = await post.JsonAsync();
        // By hand (Bennett 2009): function 5+6+4+7+8+5+6+3+4 = 48, ÷ 3 = 16; overall 7+6 = 13;
        // symptoms 7+8+6+7+5+4+6+7+3+6 = 59, ÷ 2 = 29.5; total 16 + 13 + 29.5 = 58.5.
        // Salaffi 2020: 41–63 moderate; Salaffi 2018: > 46 and ≤ 65 moderate.
        Assert.Equal(58.5, created.GetProperty("total").GetDouble());
        Assert.Equal("Moderate", created.GetProperty("band").GetString());
        Assert.Contains("Salaffi", created.GetProperty("bandCitation").GetString());
        var alternative = Assert.Single(created.GetProperty("alternativeBands").EnumerateArray());
        Assert.Equal("salaffi-2018", alternative.GetProperty("schemeId").GetString());
        Assert.Equal("Moderate", alternative.GetProperty("label").GetString());
        var subscores = created.GetProperty("subscores");
        Assert.Equal(16, subscores.GetProperty("function").GetDouble());
        Assert.Equal(13, subscores.GetProperty("overall").GetDouble());
        Assert.Equal(29.5, subscores.GetProperty("symptoms").GetDouble());
        Assert.Equal("fiqr", created.GetProperty("instrumentId").GetString());
        Assert.Equal(date, created.GetProperty("date").GetString());
        Assert.False(created.GetProperty("safetyAlert").GetBoolean());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("safetyMessage").ValueKind);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("acr").ValueKind);

        var id = created.GetProperty("id").GetInt64();
        Assert.Equal($"/api/v1/instrument-responses/{id}", post.Headers.Location?.OriginalString);

        var listed = Assert.Single((await client.GetJsonAsync("/api/v1/instruments/fiqr/responses")).EnumerateArray());
        Assert.Equal(id, listed.GetProperty("id").GetInt64());
        Assert.Equal(58.5, listed.GetProperty("total").GetDouble());

        var read = await client.GetJsonAsync($"/api/v1/instrument-responses/{id}");
        var answers = read.GetProperty("answers").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32(), StringComparer.Ordinal);
        Assert.Equal(InstrumentForms.Fiqr().OrderBy(p => p.Key, StringComparer.Ordinal), answers.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(58.5, read.GetProperty("total").GetDouble());
        Assert.Equal("Moderate", read.GetProperty("band").GetString());
    }

    [Fact]
    public async Task SubmitFiqr_SameDateTwice_ReplacesTheFirstResponse()
    {
        var client = await Accounts.SignUpAsync(factory);
        var date = Date(2);
        var first = await client.CreateAsync("/api/v1/instruments/fiqr/responses", new { date, answers = InstrumentForms.Fiqr() });
        var lighter = InstrumentForms.Fiqr();
        lighter["fiqr.s1"] = 1; // Pain 7 → 1: symptoms 53 ÷ 2 = 26.5, total 16 + 13 + 26.5 = 55.5.

        var second = await client.CreateAsync("/api/v1/instruments/fiqr/responses", new { date, answers = lighter });

        Assert.Equal(55.5, second.GetProperty("total").GetDouble());
        var listed = Assert.Single((await client.GetJsonAsync("/api/v1/instruments/fiqr/responses")).EnumerateArray());
        Assert.Equal(second.GetProperty("id").GetInt64(), listed.GetProperty("id").GetInt64());
        Assert.Equal(1, listed.GetProperty("answers").GetProperty("fiqr.s1").GetInt32());
        using var old = await client.GetAsync($"/api/v1/instrument-responses/{first.GetProperty("id").GetInt64()}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
    }

    [Fact]
    public async Task SubmitFiqr_DifferentDates_ListedOldestFirst()
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.CreateAsync("/api/v1/instruments/fiqr/responses", new { date = Date(3), answers = InstrumentForms.Fiqr() });
        await client.CreateAsync("/api/v1/instruments/fiqr/responses", new { date = Date(10), answers = InstrumentForms.Fiqr() });

        var dates = (await client.GetJsonAsync("/api/v1/instruments/fiqr/responses")).EnumerateArray().Select(r => r.GetProperty("date").GetString()).ToList();

        Assert.Equal([Date(10), Date(3)], dates);
    }

    [Fact]
    public async Task SubmitFiqr_OneFunctionItemMissing_ReturnsProratedTotal()
    {
        var client = await Accounts.SignUpAsync(factory);
        var answers = InstrumentForms.Fiqr();
        answers.Remove("fiqr.f9");

        var created = await client.CreateAsync("/api/v1/instruments/fiqr/responses", new { date = Date(1), answers });

        // Bennett 2009: function 48 − 4 = 44 over 8 items, × 9/8 ÷ 3 = 44 × 3 / 8 = 16.5; 16.5 + 13 + 29.5 = 59.
        Assert.Equal(59, created.GetProperty("total").GetDouble());
        Assert.Equal(16.5, created.GetProperty("subscores").GetProperty("function").GetDouble());
        Assert.Equal("Moderate", created.GetProperty("band").GetString());
        Assert.Contains(created.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains("9/8", StringComparison.Ordinal));
        Assert.False(created.GetProperty("answers").TryGetProperty("fiqr.f9", out _));
    }

    [Fact]
    public async Task SubmitFiqr_TwoFunctionItemsMissing_Returns201WithoutTotalAndWithNote()
    {
        var client = await Accounts.SignUpAsync(factory);
        var answers = InstrumentForms.Fiqr();
        answers.Remove("fiqr.f8");
        answers.Remove("fiqr.f9");

        using var post = await client.PostJsonAsync("/api/v1/instruments/fiqr/responses", new { date = Date(1), answers });

        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        var created = await post.JsonAsync();
        Assert.Equal(JsonValueKind.Null, created.GetProperty("total").ValueKind);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("band").ValueKind);
        Assert.Empty(created.GetProperty("subscores").EnumerateObject());
        var note = Assert.Single(created.GetProperty("notes").EnumerateArray()).GetString();
        Assert.Contains("2 function items missing", note);
        var listed = Assert.Single((await client.GetJsonAsync("/api/v1/instruments/fiqr/responses")).EnumerateArray());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("total").ValueKind);
    }

    [Fact]
    public async Task SubmitFiqr_NullAnswer_CountsAsMissing()
    {
        var client = await Accounts.SignUpAsync(factory);
        using var post = await client.PostRawAsync("/api/v1/instruments/fiqr/responses",
            InstrumentForms.FiqrJson(Date(1), ("fiqr.f9", "null")));

        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        Assert.Equal(59, (await post.JsonAsync()).GetProperty("total").GetDouble());
    }

    [Fact]
    public async Task SubmitPhq9_Item9AboveZeroWithLowTotal_RaisesSafetyAlert()
    {
        var client = await Accounts.SignUpAsync(factory);
        var answers = InstrumentForms.AllSame("phq9", 9, 0);
        answers[Phq9.SelfHarmItem] = 1;

        var created = await client.CreateAsync("/api/v1/instruments/phq9/responses", new { date = Date(1), answers });

        Assert.Equal(1, created.GetProperty("total").GetDouble());
        Assert.Equal("Minimal", created.GetProperty("band").GetString());
        Assert.True(created.GetProperty("safetyAlert").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(created.GetProperty("safetyMessage").GetString()));
        Assert.Equal(Phq9.SafetyMessage, created.GetProperty("safetyMessage").GetString());
        Assert.Equal(Phq9.SafetyMessage, created.GetProperty("notes")[0].GetString());

        var read = await client.GetJsonAsync($"/api/v1/instrument-responses/{created.GetProperty("id").GetInt64()}");
        Assert.True(read.GetProperty("safetyAlert").GetBoolean());
        Assert.Equal(Phq9.SafetyMessage, read.GetProperty("safetyMessage").GetString());
    }

    [Fact]
    public async Task SubmitPhq9_Item9AnsweredButFormIncomplete_StillRaisesSafetyAlert()
    {
        var client = await Accounts.SignUpAsync(factory);

        var created = await client.CreateAsync("/api/v1/instruments/phq9/responses",
            new { date = Date(1), answers = new Dictionary<string, int> { [Phq9.SelfHarmItem] = 2 } });

        Assert.Equal(JsonValueKind.Null, created.GetProperty("total").ValueKind);
        Assert.True(created.GetProperty("safetyAlert").GetBoolean());
        Assert.Equal(Phq9.SafetyMessage, created.GetProperty("safetyMessage").GetString());
    }

    [Fact]
    public async Task SubmitPhq9_Item9Zero_NoSafetyAlert()
    {
        var client = await Accounts.SignUpAsync(factory);
        var answers = InstrumentForms.AllSame("phq9", 9, 2);
        answers[Phq9.SelfHarmItem] = 0;

        var created = await client.CreateAsync("/api/v1/instruments/phq9/responses", new { date = Date(1), answers });

        Assert.Equal(16, created.GetProperty("total").GetDouble()); // 8 × 2 + 0.
        Assert.Equal("Moderately severe", created.GetProperty("band").GetString());
        Assert.False(created.GetProperty("safetyAlert").GetBoolean());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("safetyMessage").ValueKind);
        Assert.DoesNotContain(created.GetProperty("notes").EnumerateArray(), n => n.GetString() == Phq9.SafetyMessage);
    }

    [Theory]
    [InlineData(4, "Minimal")] // Spitzer 2006: 0–4 minimal.
    [InlineData(5, "Mild")] // Spitzer 2006: 5–9 mild.
    public async Task SubmitGad7_TotalAtBandEdge_ReturnsSpitzerBand(int total, string band)
    {
        var client = await Accounts.SignUpAsync(factory);
        var answers = InstrumentForms.AllSame("gad7", 7, 0);
        for (var i = 1; i <= total; i++)
        {
            answers[$"gad7.{(i - 1) % 7 + 1}"] += 1;
        }

        var created = await client.CreateAsync("/api/v1/instruments/gad7/responses", new { date = Date(1), answers });

        Assert.Equal(total, created.GetProperty("total").GetDouble());
        Assert.Equal(band, created.GetProperty("band").GetString());
        Assert.Contains("Spitzer", created.GetProperty("bandCitation").GetString());
    }

    [Fact]
    public async Task SubmitPeg_ReturnsMeanOfThreeItems()
    {
        var client = await Accounts.SignUpAsync(factory);
        var answers = new Dictionary<string, int> { ["peg.1"] = 7, ["peg.2"] = 5, ["peg.3"] = 6 };

        var created = await client.CreateAsync("/api/v1/instruments/peg/responses", new { date = Date(1), answers });

        Assert.Equal(6, created.GetProperty("total").GetDouble()); // (7 + 5 + 6) ÷ 3 (Krebs 2009).
        Assert.Equal(JsonValueKind.Null, created.GetProperty("band").ValueKind); // No published bands.
    }

    [Fact]
    public async Task SubmitPeg_FractionalMean_KeptUnrounded()
    {
        var client = await Accounts.SignUpAsync(factory);
        var answers = new Dictionary<string, int> { ["peg.1"] = 7, ["peg.2"] = 5, ["peg.3"] = 5 };

        var created = await client.CreateAsync("/api/v1/instruments/peg/responses", new { date = Date(1), answers });

        Assert.Equal(17 / 3.0, created.GetProperty("total").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task SubmitAcr2016_CriteriaMet_SaysScreeningOnSelfReportNeverDiagnosis()
    {
        var client = await Accounts.SignUpAsync(factory);

        var created = await client.CreateAsync("/api/v1/instruments/acr2016/responses", new { date = Date(1), answers = InstrumentForms.AcrMeetingCriteria() });

        var acr = created.GetProperty("acr");
        Assert.True(acr.GetProperty("meetsCriteria").GetBoolean());
        Assert.Equal(7, acr.GetProperty("wpi").GetInt32());
        Assert.Equal(5, acr.GetProperty("sss").GetInt32());
        Assert.Equal(12, acr.GetProperty("fs").GetInt32());
        Assert.Equal(5, acr.GetProperty("painfulRegions").GetInt32());
        Assert.True(acr.GetProperty("generalizedPain").GetBoolean());
        Assert.True(acr.GetProperty("durationAtLeast3Months").GetBoolean());
        var statement = acr.GetProperty("statement").GetString()!;
        Assert.Contains("on self-report (screening)", statement);
        Assert.Contains(Acr2016.MeetsCriteriaPhrase, statement);
        Assert.DoesNotContain("diagnosed", statement, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("diagnosis", statement, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(12, created.GetProperty("total").GetDouble()); // FS = WPI 7 + SSS 5.
        Assert.Equal("Severe", created.GetProperty("band").GetString()); // Wolfe 2015: 12–19 severe.
        Assert.All(created.GetProperty("notes").EnumerateArray(), n => Assert.DoesNotContain("diagnosed", n.GetString()!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SubmitAcr2016_ShortDuration_DoesNotMeetCriteria()
    {
        var client = await Accounts.SignUpAsync(factory);
        var answers = InstrumentForms.AcrMeetingCriteria();
        answers[Acr2016.Duration] = 0;

        var created = await client.CreateAsync("/api/v1/instruments/acr2016/responses", new { date = Date(1), answers });

        var acr = created.GetProperty("acr");
        Assert.False(acr.GetProperty("meetsCriteria").GetBoolean());
        Assert.False(acr.GetProperty("durationAtLeast3Months").GetBoolean());
        Assert.Equal(Acr2016.DoesNotMeetCriteriaSentence, acr.GetProperty("statement").GetString());
    }

    [Fact]
    public async Task DeleteResponse_Own_Returns204AndItIsGone()
    {
        var client = await Accounts.SignUpAsync(factory);
        var created = await client.CreateAsync("/api/v1/instruments/peg/responses",
            new { date = Date(1), answers = new Dictionary<string, int> { ["peg.1"] = 4, ["peg.2"] = 4, ["peg.3"] = 4 } });
        var id = created.GetProperty("id").GetInt64();

        using var delete = await client.DeleteAsync($"/api/v1/instrument-responses/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        using var get = await client.GetAsync($"/api/v1/instrument-responses/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Empty((await client.GetJsonAsync("/api/v1/instruments/peg/responses")).EnumerateArray());
        using var again = await client.DeleteAsync($"/api/v1/instrument-responses/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task DeleteResponse_ItsScoresLeaveTheStatus()
    {
        var client = await Accounts.SignUpAsync(factory);
        var created = await client.CreateAsync("/api/v1/instruments/fiqr/responses", new { date = Date(1), answers = InstrumentForms.Fiqr() });
        Assert.Equal(58.5, InstrumentForms.Status(await client.GetJsonAsync("/api/v1/instruments/status"), "fiqr").GetProperty("lastTotal").GetDouble());

        using var delete = await client.DeleteAsync($"/api/v1/instrument-responses/{created.GetProperty("id").GetInt64()}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        var status = InstrumentForms.Status(await client.GetJsonAsync("/api/v1/instruments/status"), "fiqr");
        Assert.Equal(JsonValueKind.Null, status.GetProperty("lastDate").ValueKind);
        Assert.Equal(JsonValueKind.Null, status.GetProperty("lastTotal").ValueKind);
    }
}

/// <summary>Answer sets and raw requests the questionnaire tests share.</summary>
internal static class InstrumentForms
{
    private static readonly (string Code, int Value)[] FiqrAnswers =
    [
        ("fiqr.f1", 5), ("fiqr.f2", 6), ("fiqr.f3", 4), ("fiqr.f4", 7), ("fiqr.f5", 8),
        ("fiqr.f6", 5), ("fiqr.f7", 6), ("fiqr.f8", 3), ("fiqr.f9", 4),
        ("fiqr.o1", 7), ("fiqr.o2", 6),
        ("fiqr.s1", 7), ("fiqr.s2", 8), ("fiqr.s3", 6), ("fiqr.s4", 7), ("fiqr.s5", 5),
        ("fiqr.s6", 4), ("fiqr.s7", 6), ("fiqr.s8", 7), ("fiqr.s9", 3), ("fiqr.s10", 6),
    ];

    /// <summary>
    /// All 21 FIQR answers: function sum 48 (÷ 3 = 16), overall 13, symptoms 59 (÷ 2 = 29.5), total 58.5,
    /// Salaffi 2020 "Moderate".
    /// </summary>
    public static Dictionary<string, int> Fiqr() => FiqrAnswers.ToDictionary(a => a.Code, a => a.Value, StringComparer.Ordinal);

    /// <summary>The FIQR answers as raw JSON, with some answers replaced by raw JSON values.</summary>
    public static string FiqrJson(string date, params (string Code, string Json)[] overrides)
    {
        var values = FiqrAnswers.ToDictionary(a => a.Code, a => a.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
        foreach (var (code, json) in overrides)
        {
            values[code] = json;
        }

        var answers = string.Join(",", values.Select(v => $"\"{v.Key}\":{v.Value}"));
        return "{\"date\":\"" + date + "\",\"answers\":{" + answers + "}}";
    }

    /// <summary>Items <c>{prefix}.1</c> to <c>{prefix}.{count}</c>, all answered <paramref name="value"/>.</summary>
    public static Dictionary<string, int> AllSame(string prefix, int count, int value) =>
        Enumerable.Range(1, count).ToDictionary(i => $"{prefix}.{i}", _ => value, StringComparer.Ordinal);

    /// <summary>
    /// ACR 2016 answers meeting the criteria: 7 painful areas (both shoulders, both hips, left upper arm,
    /// neck, lower back: all 5 regions), SSS 2 + 2 + 1 = 5, no 6-month symptoms, 3 months' duration.
    /// </summary>
    public static Dictionary<string, int> AcrMeetingCriteria()
    {
        string[] painful = ["wpi.shoulder-left", "wpi.shoulder-right", "wpi.upper-arm-left", "wpi.hip-left", "wpi.hip-right", "wpi.neck", "wpi.lower-back"];
        var answers = Core.Vocabulary.BodyAreas.All.ToDictionary(a => a.Code, a => painful.Contains(a.Code) ? 1 : 0, StringComparer.Ordinal);
        answers[Acr2016.Fatigue] = 2;
        answers[Acr2016.Unrefreshed] = 2;
        answers[Acr2016.Cognitive] = 1;
        answers[Acr2016.Headache] = 0;
        answers[Acr2016.LowerAbdominal] = 0;
        answers[Acr2016.Depression] = 0;
        answers[Acr2016.Duration] = 1;
        return answers;
    }

    /// <summary>POSTs a body exactly as written, for JSON the serializer would never produce.</summary>
    public static async Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.PostAsync(path, content, TestContext.Current.CancellationToken);
    }

    /// <summary>One instrument's entry in <c>GET /api/v1/instruments/status</c>.</summary>
    public static JsonElement Status(JsonElement statuses, string id) =>
        statuses.EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);
}
