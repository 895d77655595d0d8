using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FibroTrack.Core.Wearables;
using FibroTrack.Features.Import;
using FibroTrack.Fhir;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using static FibroTrack.Tests.Import.ImportFiles;

namespace FibroTrack.Tests.Import;

/// <summary>
/// Whatever bytes arrive, the FHIR reader, mapper and planner, and the Apple Health reader and mapping, end with either a
/// clear error (with its path or line) or a valid plan: no other exception escapes, nothing hangs. Inputs: truncations of
/// a valid file, random bytes, other encodings, nesting past the depth limit, huge numbers, absurd dates, CSV-injection
/// names, unknown resource types, entity expansion and external entities.
/// </summary>
public sealed class FhirAndAppleHealthProperties(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    private static readonly ImportOptions Options = new() { MaxBytes = 1 << 20, MaxErrors = 50 };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // ---- FHIR -------------------------------------------------------------------------------------

    private static readonly string Lab = $$$"""
        {"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"19123-9"}]},
         "effectiveDateTime":"{{{Date(5)}}}","valueQuantity":{"value":0.85,"system":"http://unitsofmeasure.org","code":"mmol/L"}}
        """;

    private static readonly string Medication = """
        {"resourceType":"MedicationStatement","status":"active","medicationCodeableConcept":{"text":"Magnesium glycinate"},
         "effectivePeriod":{"start":"2020-01-01"},"subject":{"display":"x"},
         "dosage":[{"doseAndRate":[{"doseQuantity":{"value":200,"unit":"mg","system":"http://unitsofmeasure.org","code":"mg"}}]}]}
        """;

    /// <summary>A small bundle of what a portal or FibroTrack writes: a patient, fibromyalgia, pain on three days, a lab, a medication, an encounter.</summary>
    private static readonly string ValidBundle = FhirImportTests.Bundle(
        """{"resourceType":"Patient","gender":"female","birthDate":"1980-02-03"}""",
        """{"resourceType":"Condition","code":{"coding":[{"system":"http://snomed.info/sct","code":"203082005"}]},"subject":{"display":"x"},"onsetDateTime":"2015-06-01"}""",
        FhirImportTests.Pain(Date(3), 6),
        FhirImportTests.Pain(Date(2), 4),
        FhirImportTests.Pain(Date(1), 7),
        Lab,
        Medication,
        """{"resourceType":"Encounter","status":"finished","class":{"code":"AMB"}}""");

    private static readonly string[] Hostile =
    [
        "=cmd|' /C calc'!A0", "+SUM(1+1)", "@A1", "-2+3", "\u0000", "\uFEFF", "\uD800", "é", new string('x', 3000), "",
        "1e400", "-1e400", "NaN", "99999999999999999999999999999999", "0001-01-01", "9999-12-31", "2024-02-30", "10000-01-01",
        "0000-00-00T25:61:61Z", "2024-13-01T00:00:00+99:00", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00",
    ];

    private static readonly string[] Numbers = ["1e400", "-1e400", "1e308", "-0", "79228162514264337593543950336", "0.0000000000000000000000000000001", "1E+28", "12", "\"12\"", "null", "true", "[]"];

    private static readonly string[] ResourceTypes =
    [
        "Observation", "Patient", "Condition", "MedicationStatement", "QuestionnaireResponse", "Bundle", "Encounter", "Claim",
        "Spaceship", "", "observation", "Resource", "DomainResource", "CodeSystem", "OperationOutcome", "=cmd|' /C calc'!A0",
    ];

    private static string Json(string s) => System.Text.Json.JsonSerializer.Serialize(s);

    private static string Nested(int depth, bool arrays)
    {
        var open = arrays ? new string('[', depth) : "[" + string.Concat(Enumerable.Repeat("{\"extension\":[", depth));
        var close = arrays ? new string(']', depth) : string.Concat(Enumerable.Repeat("]}", depth)) + "]";
        return $$"""{"resourceType":"Observation","status":"final","code":{"text":"x"},"extension":{{open}}{{close}}}""";
    }

    private static Gen<string> HostileResources()
    {
        var text = Gen.Elements(Hostile);
        var quantity =
            from number in Gen.Elements(Numbers)
            from date in text
            from unit in text
            select $$$"""
                {"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"72514-3"}]},
                 "effectiveDateTime":{{{Json(date)}}},"valueQuantity":{"value":{{{number}}},"system":"http://unitsofmeasure.org","code":{{{Json(unit)}}}}}
                """;
        var lab =
            from number in Gen.Elements(Numbers)
            from date in text
            select $$$"""
                {"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"19123-9"}]},
                 "effectiveInstant":{{{Json(date)}}},"valueQuantity":{"value":{{{number}}},"code":"mmol/L"},
                 "referenceRange":[{"low":{"value":{{{number}}},"code":"mg/dL"},"high":{"value":{{{number}}},"code":"mmol/L"}}]}
                """;
        var unknown =
            from display in text
            from number in Gen.Elements(Numbers)
            select $$$"""
                {"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://example.org","code":"evil","display":{{{Json(display)}}}}]},
                 "effectiveDateTime":"{{{Date(2)}}}","valueQuantity":{"value":{{{number}}},"code":{{{Json(display)}}}}}
                """;
        var medication =
            from name in text
            from start in text
            from dose in Gen.Elements(Numbers)
            select $$$"""
                {"resourceType":"MedicationStatement","status":"active","medicationCodeableConcept":{"text":{{{Json(name)}}}},
                 "effectivePeriod":{"start":{{{Json(start)}}}},"subject":{"display":"x"},
                 "dosage":[{"sequence":{{{dose}}},"doseAndRate":[{"doseQuantity":{"value":{{{dose}}},"code":"mg"}}],"timing":{"repeat":{"frequency":{{{dose}}},"period":1,"periodUnit":"d","boundsPeriod":{"start":{{{Json(start)}}} } } } }]}
                """;
        var patient =
            from date in text
            from gender in text
            select $$$"""{"resourceType":"Patient","gender":{{{Json(gender)}}},"birthDate":{{{Json(date)}}},"name":[{"family":{{{Json(gender)}}}}]}""";
        var condition =
            from date in text
            select $$$"""
                {"resourceType":"Condition","code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10","code":"J06.9"}]},"subject":{"display":"x"},
                 "onsetDateTime":{{{Json(date)}}},"abatementDateTime":{{{Json(date)}}}}
                """;
        var response =
            from date in text
            from answer in Gen.Elements(Numbers)
            select $$$"""
                {"resourceType":"QuestionnaireResponse","status":"completed","questionnaire":"https://fibrotrack.app/fhir/Questionnaire/peg","authored":{{{Json(date)}}},
                 "item":[{"linkId":"peg.pain","answer":[{"valueInteger":{{{answer}}}}]},{"linkId":{{{Json(date)}}},"answer":[{"valueDecimal":{{{answer}}}}]}]}
                """;
        var anyType =
            from type in Gen.Elements(ResourceTypes)
            from status in text
            select $$$"""{"resourceType":{{{Json(type)}}},"status":{{{Json(status)}}},"code":{"text":{{{Json(status)}}}}}""";
        var deep =
            from depth in Gen.Elements(20, 63, 64, 65, 200, 5_000)
            from arrays in ArbMap.Default.GeneratorFor<bool>()
            select Nested(depth, arrays);
        return Gen.OneOf(quantity, lab, unknown, medication, patient, condition, response, anyType, deep);
    }

    private static Gen<(byte[] Bytes, bool Ndjson, string? Mapping)> FhirInputs()
    {
        var valid = Encoding.UTF8.GetBytes(ValidBundle);
        var truncated = Gen.Choose(0, valid.Length).Select(n => valid[..n]);
        var garbage = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b));
        var hostileBundle = Gen.ListOf(HostileResources()).Select(r => Encoding.UTF8.GetBytes(FhirImportTests.Bundle([.. r])));
        var otherEncodings = Gen.Elements(Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32, Encoding.Latin1)
            .Select(e => e.GetPreamble().Concat(e.GetBytes(ValidBundle.Replace("Magnesium", "Magnésium", StringComparison.Ordinal))).ToArray());
        var bytes = Gen.OneOf(truncated, garbage, hostileBundle, otherEncodings);
        var ndjson = Gen.ListOf(Gen.OneOf(HostileResources(), Gen.Elements(FhirImportTests.Pain(Date(3), 6), Lab, "{", "[]", "null", "\"x\"", "{}")))
            .Select(lines => Encoding.UTF8.GetBytes(string.Join('\n', lines.Select(l => l.ReplaceLineEndings(" ")))));
        var mapping = Gen.Elements<string?>(null, """{"http://example.org|evil":"custom"}""", """{"http://example.org|evil":"custom:quantity"}""", """{"http://example.org|evil":"skip"}""");
        return Gen.OneOf(
            from b in bytes from m in mapping select (b, false, m),
            from b in ndjson from m in mapping select (b, true, m));
    }

    /// <summary>What <see cref="FhirImportService.PrepareAsync"/> does, without the database: read, then plan for an empty account.</summary>
    private static async Task<FhirImportPreview> PlanFhirAsync(byte[] bytes, bool ndjson, string? mappingJson)
    {
        var mappingErrors = new ImportErrors(Options.MaxErrors);
        var mapping = mappingJson is null ? CsvMapping.Empty : CsvMapping.Parse(Encoding.UTF8.GetBytes(mappingJson), mappingErrors)!;
        Func<Core.Vocabulary.VariableVocabulary, IReadOnlyDictionary<string, string>?, FhirImportPlan> map;
        try
        {
            if (ndjson)
            {
                var resources = await FhirJson.ReadNdjsonAsync(new MemoryStream(bytes));
                map = (vocabulary, codes) => FhirImportMapper.Map(resources, vocabulary, codes);
            }
            else
            {
                var bundle = await FhirJson.ReadBundleAsync(new MemoryStream(bytes));
                map = (vocabulary, codes) => FhirImportMapper.Map(bundle, vocabulary, codes);
            }
        }
        catch (FhirFormatException e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            return FhirImportPlanner.Unreadable("s", bytes.Length, null, [new FhirImportIssue(e.Location ?? "Bundle", e.Message)]).Preview;
        }

        var prepared = FhirImportPlanner.Plan(map, mapping, FhirExistingState.Empty, "s", bytes.Length, TimeProvider.System, Options.MaxErrors);
        Assert.Equal(prepared.Preview.IsValid, prepared.Work is not null);
        return prepared.Preview;
    }

    private static T Within<T>(Func<Task<T>> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(Limit), "The import did not finish within 5 s.");
        return task.Result;
    }

    private static void ErrorsOrValid(FhirImportPreview preview)
    {
        Assert.Equal(preview.ErrorCount == 0, preview.IsValid);
        Assert.True(preview.Errors.Count <= Options.MaxErrors);
        Assert.All(preview.Errors, e => Assert.True(e.Path.Length > 0 && e.Message.Length > 0, $"An error without a path or message: '{e.Path}' '{e.Message}'."));
    }

    [Fact]
    public void Fhir_ValidBundle_ValidPlan()
    {
        var preview = Within(() => PlanFhirAsync(Encoding.UTF8.GetBytes(ValidBundle), ndjson: false, null));

        Assert.True(preview.IsValid, string.Join("; ", preview.Errors.Select(e => $"{e.Path}: {e.Message}")));
        Assert.Equal(3, preview.DaysToCreate);
        Assert.Equal(1, preview.LabsToCreate);
    }

    [Fact]
    public void Fhir_AnyInput_ErrorsWithPathsOrValidPlanNeverAnotherException()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true), Prop.ForAll(FhirInputs().ToArbitrary(), input =>
            ErrorsOrValid(Within(() => PlanFhirAsync(input.Bytes, input.Ndjson, input.Mapping)))));
    }

    [Fact]
    public void Fhir_ValidBundleCutAtEveryFifthByte_EachCutIsAnErrorWithALocation()
    {
        var valid = Encoding.UTF8.GetBytes(ValidBundle);
        for (var n = 0; n < valid.Length - 1; n += 5)
        {
            var preview = Within(() => PlanFhirAsync(valid[..n], ndjson: false, null));

            // Only the whole document is JSON: every shorter prefix is unreadable, and says where.
            Assert.False(preview.IsValid, $"A bundle cut at byte {n} was accepted.");
            ErrorsOrValid(preview);
        }
    }

    // Inputs the properties found that escaped as other exceptions: a decimal (or a string) read from an integer or decimal
    // element (CodedValidationException from Firely's recoverable parsing), a root that is not an object
    // (InvalidOperationException), an abstract resourceType (NotSupportedException).
    [Theory]
    [InlineData("""{"resourceType":"MedicationStatement","status":"active","medicationCodeableConcept":{"text":"x"},"subject":{"display":"x"},"dosage":[{"sequence":1.5}]}""", true)]
    [InlineData("""{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"72514-3"}]},"effectiveDateTime":"2025-01-01","valueQuantity":{"value":"6"}}""", true)]
    [InlineData("[]", false)]
    [InlineData("""{"resourceType":"DomainResource"}""", false)]
    [InlineData("""{"resourceType":"Resource"}""", false)]
    public void Fhir_FoundByTheProperties_ErrorNotAnException(string line, bool readable)
    {
        var preview = Within(() => PlanFhirAsync(Encoding.UTF8.GetBytes(line), ndjson: true, null));

        Assert.False(preview.IsValid);
        var error = Assert.Single(preview.Errors);
        Assert.StartsWith(readable ? "line 1: " : "line 1", error.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(65, true)]
    [InlineData(100_000, true)]
    [InlineData(65, false)]
    [InlineData(20_000, false)]
    public async Task Fhir_NestingPastTheDepthLimit_RefusedNamingTheDepth(int depth, bool arrays)
    {
        var bytes = Encoding.UTF8.GetBytes(FhirImportTests.Bundle(Nested(depth, arrays)));

        var e = await Assert.ThrowsAsync<FhirFormatException>(() => FhirJson.ReadBundleAsync(new MemoryStream(bytes), ct: Ct));

        Assert.Contains("nested deeper than 64 levels", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("line 1, position ", e.Location, StringComparison.Ordinal);
    }

    // ---- Apple Health ----------------------------------------------------------------------------

    private static readonly string ValidExport = AppleHealthImportTests.Export(Date(2), Date(3));

    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE HealthData [
         <!ENTITY lol "lol">
         <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
         <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
         <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
         <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
         <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
         <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
         <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
         <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
         <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <HealthData>
         <Record type="HKQuantityTypeIdentifierStepCount" sourceName="&lol9;" unit="count" startDate="2025-01-01 09:00:00 +0000" endDate="2025-01-01 09:30:00 +0000" value="1"/>
        </HealthData>
        """;

    private const string ExternalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE HealthData [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY web SYSTEM "http://127.0.0.1:9/x"> ]>
        <HealthData>
         <Record type="HKQuantityTypeIdentifierStepCount" sourceName="&xxe;&web;" unit="count" startDate="2025-01-01 09:00:00 +0000" endDate="2025-01-01 09:30:00 +0000" value="1"/>
        </HealthData>
        """;

    private static readonly string[] HealthTypes =
    [
        AppleHealthReader.StepCount, AppleHealthReader.ActiveEnergy, AppleHealthReader.HeartRate, AppleHealthReader.HeartRateVariability,
        AppleHealthReader.SleepAnalysis, "HKQuantityTypeIdentifierBodyMass", "", "=cmd|' /C calc'!A0",
    ];

    private static readonly string[] HealthValues =
    [
        "1", "4000", "1e400", "-1e400", "1e308", "1.7976931348623157E+308", "NaN", "-NaN", "Infinity", "-5", "-0", "0x10", "", "1,5",
        "99999999999999999999999999", "HKCategoryValueSleepAnalysisAsleepCore", "HKCategoryValueSleepAnalysisInBed",
    ];

    private static readonly string[] HealthDates =
    [
        $"{Date(2)} 09:00:00 +0000", $"{Date(3)} 23:00:00 +0100", "0001-01-01 00:00:00 +1400", "9999-12-31 23:59:59 -1400",
        "0001-01-01 00:00:00 +0000", "9999-12-31 23:59:59 +0000", "2024-02-30 09:00:00 +0000", "2025-01-01T09:00:00Z", "", "yesterday",
        "2999-01-01 00:00:00 +0000",
    ];

    private static string Attribute(string s) => System.Security.SecurityElement.Escape(s);

    private static Gen<byte[]> AppleHealthInputs()
    {
        var valid = Encoding.UTF8.GetBytes(ValidExport);
        var truncated = Gen.Choose(0, valid.Length).Select(n => valid[..n]);
        var garbage = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b));
        var zipMagic = garbage.Select(b => (byte[])[(byte)'P', (byte)'K', 3, 4, .. b]);
        var record =
            from type in Gen.Elements(HealthTypes)
            from value in Gen.Elements(HealthValues)
            from start in Gen.Elements(HealthDates)
            from end in Gen.Elements(HealthDates)
            from unit in Gen.Elements("count", "kcal", "kJ", "count/min", "ms", "", "=1+1")
            select $"""<Record type="{Attribute(type)}" sourceName="{Attribute(value)}" unit="{unit}" startDate="{start}" endDate="{end}" value="{Attribute(value)}"/>""";
        var records = Gen.ListOf(record).Select(r => Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n<HealthData>\n{string.Join('\n', r)}\n</HealthData>"));
        var hostile = Gen.Elements(BillionLaughs, ExternalEntity, "<HealthData>", "<HealthData><Record", "<Other/>", "", "<HealthData/><HealthData/>")
            .Select(Encoding.UTF8.GetBytes);
        var otherEncodings = Gen.Elements(Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32, Encoding.Latin1)
            .Select(e => e.GetPreamble().Concat(e.GetBytes(ValidExport.Replace("Watch", "Montre é", StringComparison.Ordinal))).ToArray());
        return Gen.OneOf(truncated, garbage, zipMagic, records, hostile, otherEncodings);
    }

    /// <summary>What <see cref="ImportService.PrepareAppleHealthAsync"/> does, without the database: read, then plan for an empty account.</summary>
    private static async Task<ParsedFile> PlanAppleHealthAsync(byte[] bytes)
    {
        var parsed = await AppleHealthMapping.ReadAsync(new MemoryStream(bytes), Options, null, CancellationToken.None);
        foreach (var person in parsed.People)
        {
            ImportPlanner.Plan(person, ExistingState.NewAccount("x@example.test"), "Apple Health", string.Empty, "date", TimeProvider.System, parsed.Errors);
        }

        return parsed;
    }

    [Fact]
    public void AppleHealth_AnyInput_ErrorsWithLinesOrValidPlanNeverAnotherException()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true), Prop.ForAll(AppleHealthInputs().ToArbitrary(), bytes =>
        {
            var parsed = Within(() => PlanAppleHealthAsync(bytes));

            Assert.Equal(64, parsed.Sha256.Length);
            Assert.All(parsed.Errors.Listed, e => Assert.True(e.Line >= 0 && e.Message.Length > 0));
        }));
    }

    [Fact]
    public void AppleHealthReader_AnyXml_SummaryOrFormatExceptionWithLine()
    {
        // The reader alone: an XML stream (not a zip) ends in a summary or in AppleHealthFormatException naming a line, nothing else.
        var xml = AppleHealthInputs().Where(b => b.Length < 4 || b[0] != (byte)'P' || b[1] != (byte)'K');
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true), Prop.ForAll(xml.ToArbitrary(), bytes =>
        {
            var outcome = Within(() => Task.FromResult(Read(bytes)));

            Assert.True(outcome is AppleHealthSummary || outcome is AppleHealthFormatException { Line: >= 0 }, outcome.ToString());
            if (outcome is AppleHealthSummary summary)
            {
                Assert.All(summary.Days, d => Assert.True(d.Steps is null or >= 0 && d.SleepHours is null or >= 0 && d.HeartRateMean is null or >= 0));
            }
        }));

        static object Read(byte[] bytes)
        {
            try
            {
                return AppleHealthReader.Read(new MemoryStream(bytes));
            }
            catch (AppleHealthFormatException e)
            {
                return e;
            }
        }
    }

    [Theory]
    [InlineData(BillionLaughs, 15)]
    [InlineData(ExternalEntity, 4)]
    public void AppleHealthReader_EntitiesInTheDtd_NeverExpandedOrFetched(string xml, int line)
    {
        var e = Assert.Throws<AppleHealthFormatException>(() => AppleHealthReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), cancellationToken: Ct));

        Assert.Equal(line, e.Line);
        Assert.DoesNotContain("root:", e.Message, StringComparison.Ordinal);
    }

    // ---- Through HTTP ----------------------------------------------------------------------------

    [Fact]
    public async Task FhirCommit_TruncatedBundle_BadRequestAndNothingWritten()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var response = await FhirImportTests.PostFhirAsync(client, "commit", ValidBundle[..(ValidBundle.Length * 2 / 3)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("OperationOutcome", (await response.JsonAsync()).GetProperty("resourceType").GetString());
        foreach (var daysAgo in new[] { 1, 2, 3 })
        {
            using var day = await client.GetDayAsync(Date(daysAgo));
            Assert.Equal(HttpStatusCode.NotFound, day.StatusCode);
        }

        Assert.Equal(0, (await client.GetJsonAsync("/api/v1/labs")).GetArrayLength());
        Assert.Equal(0, (await client.GetJsonAsync("/api/v1/regimen")).GetArrayLength());
    }

    [Fact]
    public async Task AppleHealthCommit_TruncatedExport_BadRequestAndNothingWritten()
    {
        var client = await Accounts.SignUpAsync(factory);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(ValidExport[..(ValidExport.Length * 2 / 3)]));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");

        using var response = await client.PostAsync("/api/v1/imports/apple-health/commit", content, Ct);

        var errors = await ApiCalls.ValidationErrorsAsync(response);
        Assert.Contains(errors.Keys, k => k.StartsWith("lines[", StringComparison.Ordinal));
        foreach (var daysAgo in new[] { 2, 3 })
        {
            using var day = await client.GetDayAsync(Date(daysAgo));
            Assert.Equal(HttpStatusCode.NotFound, day.StatusCode);
        }

        Assert.DoesNotContain("custom.steps", await client.GetStringAsync("/api/v1/vocabulary", Ct), StringComparison.Ordinal);
    }
}
