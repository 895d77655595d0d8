using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Import;

/// <summary>FHIR import through <c>/api/v1/imports/fhir/*</c>: the demo account's export round trip, all-or-nothing commits, idempotency, a foreign bundle.</summary>
public sealed class FhirImportTests(DemoAccountFactory factory) : IClassFixture<DemoAccountFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<HttpResponseMessage> PostFhirAsync(HttpClient client, string step, string body, string contentType = "application/fhir+json", string? mapping = null)
    {
        HttpContent content;
        if (mapping is null)
        {
            content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }
        else
        {
            content = new MultipartFormDataContent
            {
                { new StringContent(mapping, Encoding.UTF8, "application/json"), "mapping", "mapping.json" },
                { new StringContent(body, Encoding.UTF8, contentType), "file", "bundle.json" },
            };
        }

        using (content)
        {
            var format = contentType.Contains("ndjson", StringComparison.Ordinal) ? "?format=ndjson" : string.Empty;
            return await client.PostAsync($"/api/v1/imports/fhir/{step}{format}", content, Ct);
        }
    }

    [Fact]
    public async Task RoundTrip_DemoAccountExportedIntoEmptyAccount_ReproducesEverything()
    {
        var demo = await factory.SignInAsync();
        var bundle = await demo.GetStringAsync("/api/v1/export/fhir", Ct);
        var fresh = await Accounts.SignUpAsync(factory);

        using var commit = await PostFhirAsync(fresh, "commit", bundle);

        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        var plan = (await commit.JsonAsync()).GetProperty("plan");
        Assert.True(plan.GetProperty("unknownCodes").GetArrayLength() == 0, plan.GetProperty("unknownCodes").ToString());
        Assert.Equal(0, plan.GetProperty("errorCount").GetInt32());

        // Diary: the tidy observation stream, row for row (ids of the source rows differ by construction).
        Assert.Equal(WithoutIds(await demo.GetStringAsync("/api/v1/export/observations.csv", Ct)),
            WithoutIds(await fresh.GetStringAsync("/api/v1/export/observations.csv", Ct)));
        foreach (var path in new[] { "/api/v1/labs", "/api/v1/regimen", "/api/v1/infections" })
        {
            Assert.Equal(Comparable(await demo.GetJsonAsync(path)), Comparable(await fresh.GetJsonAsync(path)));
        }

        foreach (var instrument in new[] { "fiqr", "peg", "phq9", "gad7", "acr2016" })
        {
            var path = $"/api/v1/instruments/{instrument}/responses";
            Assert.Equal(Comparable(await demo.GetJsonAsync(path)), Comparable(await fresh.GetJsonAsync(path)));
        }

        // The FHIR export carries sex, birth date and symptom onset; the onset trigger and notes are not in it.
        var (a, b) = (await demo.GetJsonAsync("/api/v1/profile"), await fresh.GetJsonAsync("/api/v1/profile"));
        foreach (var field in new[] { "sex", "birthDate", "symptomOnsetDate" })
        {
            Assert.Equal(a.GetProperty(field).ToString(), b.GetProperty(field).ToString());
        }

        // Idempotency: the same bytes again are a no-op; the same bundle re-serialised (another digest) writes no duplicates.
        using var again = await PostFhirAsync(fresh, "commit", bundle);
        Assert.Equal("already-imported", (await again.JsonAsync()).GetProperty("status").GetString());
        var labs = (await fresh.GetJsonAsync("/api/v1/labs")).GetArrayLength();
        var pretty = JsonNode.Parse(bundle)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        using var reformatted = await PostFhirAsync(fresh, "commit", pretty);
        Assert.Equal(HttpStatusCode.OK, reformatted.StatusCode);
        var second = (await reformatted.JsonAsync()).GetProperty("plan");
        Assert.Equal(0, second.GetProperty("labsToCreate").GetInt32());
        Assert.Equal(0, second.GetProperty("infectionsToCreate").GetInt32());
        Assert.Equal(0, second.GetProperty("responsesToCreate").GetInt32() + second.GetProperty("responsesToReplace").GetInt32());
        Assert.All(second.GetProperty("regimenItems").EnumerateArray(), r => Assert.True(r.GetProperty("exists").GetBoolean()));
        Assert.Equal(labs, (await fresh.GetJsonAsync("/api/v1/labs")).GetArrayLength());
        Assert.Equal(WithoutIds(await demo.GetStringAsync("/api/v1/export/observations.csv", Ct)),
            WithoutIds(await fresh.GetStringAsync("/api/v1/export/observations.csv", Ct)));
        Assert.Equal(Comparable(await demo.GetJsonAsync("/api/v1/regimen")), Comparable(await fresh.GetJsonAsync("/api/v1/regimen")));
    }

    [Fact]
    public async Task Commit_BundleWithInvalidLab_OperationOutcomeNamesPathAndNothingIsWritten()
    {
        var client = await Accounts.SignUpAsync(factory);
        var bundle = Bundle(Pain(ApiCalls.Date(3), 6), Lab("2999-01-01", 0.85, "mmol/L"));

        using var response = await PostFhirAsync(client, "commit", bundle);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var outcome = await response.JsonAsync();
        Assert.Equal("OperationOutcome", outcome.GetProperty("resourceType").GetString());
        Assert.Contains(outcome.GetProperty("issue").EnumerateArray(), i => i.GetProperty("expression")[0].GetString() == "Bundle.entry[1].resource");
        using var day = await client.GetDayAsync(ApiCalls.Date(3));
        Assert.Equal(HttpStatusCode.NotFound, day.StatusCode);
        Assert.Equal(0, (await client.GetJsonAsync("/api/v1/labs")).GetArrayLength());
    }

    [Fact]
    public async Task Commit_BundleWithInvalidRegimenItem_NothingIsWritten()
    {
        var client = await Accounts.SignUpAsync(factory);
        var bundle = Bundle(Pain(ApiCalls.Date(3), 6), """
            {"resourceType":"MedicationStatement","status":"active","medicationCodeableConcept":{"text":"Magnesium glycinate"},
             "effectivePeriod":{"start":"2020-01-01"},"subject":{"display":"x"},
             "dosage":[{"doseAndRate":[{"doseQuantity":{"value":-5,"unit":"mg","system":"http://unitsofmeasure.org","code":"mg"}}]}]}
            """);

        using var response = await PostFhirAsync(client, "commit", bundle);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var day = await client.GetDayAsync(ApiCalls.Date(3));
        Assert.Equal(HttpStatusCode.NotFound, day.StatusCode);
        Assert.Equal(0, (await client.GetJsonAsync("/api/v1/regimen")).GetArrayLength());
    }

    [Fact]
    public async Task Commit_ForeignPortalBundle_LabConvertedUnknownCodesAndIgnoredResourcesReported()
    {
        var client = await Accounts.SignUpAsync(factory);
        var weight = """
            {"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"29463-7","display":"Body weight"}]},
             "effectiveDateTime":"DATE","valueQuantity":{"value":71.5,"unit":"kg","system":"http://unitsofmeasure.org","code":"kg"}}
            """.Replace("DATE", ApiCalls.Date(2), StringComparison.Ordinal);
        var bundle = Bundle(
            """{"resourceType":"Patient","gender":"female","birthDate":"1980-02-03","name":[{"family":"=HYPERLINK(\"x\")"}]}""",
            """{"resourceType":"Encounter","status":"finished","class":{"code":"AMB"}}""",
            """{"resourceType":"Immunization","status":"completed","vaccineCode":{"text":"flu"},"patient":{"display":"x"},"occurrenceDateTime":"2020-01-01"}""",
            """{"resourceType":"Claim","status":"active"}""",
            """{"resourceType":"ExplanationOfBenefit","status":"active"}""",
            Lab(ApiCalls.Date(5), 0.85, "mmol/L", "2601-3"),
            weight);

        using var preview = await PostFhirAsync(client, "preview", bundle);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var plan = await preview.JsonAsync();
        Assert.Equal(1, plan.GetProperty("labsToCreate").GetInt32());
        var unknown = Assert.Single(plan.GetProperty("unknownCodes").EnumerateArray());
        Assert.Equal("29463-7", unknown.GetProperty("code").GetString());
        Assert.Equal("Bundle.entry[6].resource.code", unknown.GetProperty("firstPath").GetString());
        Assert.Equal(JsonValueKind.Null, unknown.GetProperty("mappedTo").ValueKind);
        foreach (var type in new[] { "Encounter", "Immunization", "Claim", "ExplanationOfBenefit" })
        {
            Assert.Equal(1, plan.GetProperty("ignoredResources").GetProperty(type).GetInt32());
        }

        using var commit = await PostFhirAsync(client, "commit", bundle, mapping: """{ "http://loinc.org|29463-7": "custom:quantity" }""");

        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        var lab = (await client.GetJsonAsync("/api/v1/labs"))[0];
        // 0.85 mmol/L × 24.305 g/mol ÷ 10 = 2.066 mg/dL (Analytes.cs, magnesium's molar mass).
        Assert.Equal(2.066, lab.GetProperty("canonicalValue").GetDouble(), 3);
        Assert.Equal(71.5, (await client.GetStoredDayAsync(ApiCalls.Date(2))).GetProperty("values").GetProperty("custom.body-weight").GetDouble());
        Assert.Equal("female", (await client.GetJsonAsync("/api/v1/profile")).GetProperty("sex").GetString());
    }

    [Fact]
    public async Task Preview_Ndjson_BadLineNamedInOperationOutcome()
    {
        var client = await Accounts.SignUpAsync(factory);
        var ndjson = Pain(ApiCalls.Date(3), 6).ReplaceLineEndings(string.Empty) + "\n{\"resourceType\": \"Observation\", \n";

        using var response = await PostFhirAsync(client, "preview", ndjson, "application/x-ndjson");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var issue = (await response.JsonAsync()).GetProperty("issue")[0];
        Assert.StartsWith("line 2", issue.GetProperty("expression")[0].GetString(), StringComparison.Ordinal);
    }

    internal static string Bundle(params string[] resources) =>
        $$"""{"resourceType":"Bundle","type":"collection","entry":[{{string.Join(",", resources.Select(r => $$"""{"resource":{{r}}}"""))}}]}""";

    internal static string Pain(string date, int value) => $$$"""
        {"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"72514-3"}]},
         "effectiveDateTime":"{{{date}}}","valueQuantity":{"value":{{{value}}},"system":"http://unitsofmeasure.org","code":"{score}"}}
        """;

    private static string Lab(string date, double value, string unit, string loinc = "19123-9") => $$$"""
        {"resourceType":"Observation","status":"final","category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"laboratory"}]}],
         "code":{"coding":[{"system":"http://loinc.org","code":"{{{loinc}}}"}]},"effectiveDateTime":"{{{date}}}",
         "valueQuantity":{"value":{{{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}}},"system":"http://unitsofmeasure.org","code":"{{{unit}}}"}}
        """;

    /// <summary>A CSV without its id columns (<c>id</c>, <c>*_id</c>), lines in order.</summary>
    private static string WithoutIds(string csv)
    {
        var lines = csv.ReplaceLineEndings("\n").Split('\n');
        var header = lines[0].Split(',');
        var keep = Enumerable.Range(0, header.Length).Where(i => header[i] != "id" && !header[i].EndsWith("_id", StringComparison.Ordinal)).ToArray();
        // Values in this export never hold commas except in quoted notes; ids are leading columns, so a split is enough here.
        // Rows of one date are in the order of their source ids; the set of rows is what must match.
        return string.Join('\n', lines.Take(1).Concat(lines.Skip(1).Order(StringComparer.Ordinal)).Select(l => keep.Length == header.Length ? l : string.Join(',', keep.Where(i => i < l.Split(',').Length).Select(i => l.Split(',')[i]))));
    }

    /// <summary>JSON with every <c>id</c>/<c>*Id</c> property and timestamps removed, for comparing two accounts' records.</summary>
    private static string Comparable(JsonElement element)
    {
        var node = JsonNode.Parse(element.GetRawText());
        Strip(node);
        return node?.ToJsonString() ?? "null";
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).Where(k => k == "id" || k.EndsWith("Id", StringComparison.Ordinal) || k.EndsWith("At", StringComparison.Ordinal)).ToList())
                {
                    o.Remove(key);
                }

                foreach (var (_, child) in o)
                {
                    Strip(child);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Strip(child);
                }

                break;
        }
    }
}
