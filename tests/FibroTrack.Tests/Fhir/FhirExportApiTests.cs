using System.Globalization;
using System.Net;
using FibroTrack.Core.Demo;
using FibroTrack.Core.Instruments;
using FibroTrack.Fhir;
using FibroTrack.Tests.Api;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

namespace FibroTrack.Tests.Fhir;

/// <summary><c>GET /api/v1/export/fhir</c> on the seeded demo account, read back with Firely.</summary>
public sealed class FhirExportApiTests(DemoAccountFactory factory) : IClassFixture<DemoAccountFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpResponseMessage Response, Resource Resource)> GetAsync(string path)
    {
        var client = await factory.SignInAsync();
        var response = await client.GetAsync(path, Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        return (response, FhirJson.ParseResource(bytes));
    }

    private async Task<Bundle> ExportAsync(string query = "")
    {
        var (response, resource) = await GetAsync("/api/v1/export/fhir" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FhirJson.MediaType, response.Content.Headers.ContentType?.MediaType);
        return Assert.IsType<Bundle>(resource);
    }

    private static List<T> All<T>(Bundle bundle) => [.. bundle.Entry.Select(e => e.Resource).OfType<T>()];

    private static bool InCategory(Observation o, string category) =>
        o.Category.Any(c => c.Coding.Any(x => x.System == FhirSystems.ObservationCategory && x.Code == category));

    private static bool IsScore(Observation o) => o.DerivedFrom.Count > 0;

    [Fact]
    public async Task Export_DemoAccount_CollectionWithCountsOfTheStoredData()
    {
        var bundle = await ExportAsync();
        var data = factory.Data;
        var responses = DemoInstruments.Generate(data);
        var scored = responses.Count(r => InstrumentScorer.Score(InstrumentValidator.Validate(InstrumentCatalog.Find(r.InstrumentId)!, r.Answers).Value!).IsScored);
        var labs = DemoLabs.Generate(data).Count(l => l.SpecimenDate <= data.Truth.LastDay);
        var observations = All<Observation>(bundle);

        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        Assert.Single(All<Patient>(bundle));
        Assert.Single(All<CodeSystem>(bundle));
        Assert.Equal(1 + data.Truth.Infections.Count, All<Condition>(bundle).Count);
        Assert.Equal(responses.Count, All<QuestionnaireResponse>(bundle).Count);
        Assert.Equal(data.Regimen.Count, All<MedicationStatement>(bundle).Count);
        Assert.Equal(labs, observations.Count(o => InCategory(o, "laboratory")));
        Assert.Equal(data.Days.Sum(d => d.ToObservations().Count), observations.Count(o => InCategory(o, "survey") && !IsScore(o)));
        Assert.Equal(scored, observations.Count(IsScore));
        Assert.All(bundle.Entry, e => Assert.Null(e.Request));
    }

    [Fact]
    public async Task Export_LabObservation_HasLoincUcumRangeAndInterpretation()
    {
        var bundle = await ExportAsync();
        // DemoLabs: CRP 12.8 mg/L with the lab's range 0–5 on day 190 → High.
        var crp = All<Observation>(bundle).Single(o => o.Code!.Coding.Any(c => c.System == FhirSystems.Loinc && c.Code == "1988-5")
                                                       && o.Value is Quantity { Value: 12.8m });

        Assert.True(InCategory(crp, "laboratory"));
        var value = Assert.IsType<Quantity>(crp.Value);
        Assert.Equal(FhirSystems.Ucum, value.System);
        Assert.Equal("mg/L", value.Code);
        var range = Assert.Single(crp.ReferenceRange);
        Assert.Equal(0m, range.Low!.Value);
        Assert.Equal(5m, range.High!.Value);
        Assert.Equal("mg/L", range.High!.Code);
        var interpretation = Assert.Single(Assert.Single(crp.Interpretation).Coding);
        Assert.Equal((FhirSystems.ObservationInterpretation, "H"), (interpretation.System, interpretation.Code));
    }

    [Fact]
    public async Task Export_Fibromyalgia_HasSnomedIcd10AndOnset()
    {
        var bundle = await ExportAsync();
        var condition = All<Condition>(bundle).Single(c => c.Code!.Coding.Any(x => x.System == FhirSystems.Snomed && x.Code == "203082005"));

        Assert.Contains(condition.Code!.Coding, x => x.System == FhirSystems.Icd10 && x.Code == "M79.7");
        // DemoSeeder: onset six years before the first diary day.
        Assert.Equal(FhirBundleExporter.FhirDate(factory.Data.Truth.FirstDay.AddYears(-6)), Assert.IsType<FhirDateTime>(condition.Onset).Value);
        var patient = Assert.Single(All<Patient>(bundle));
        Assert.Equal(AdministrativeGender.Female, patient.Gender);
        Assert.Equal("1979-06-14", patient.BirthDate);
    }

    [Fact]
    public async Task Export_Fiqr_QuestionnaireResponseWithItemsAndScore()
    {
        var bundle = await ExportAsync();
        var fiqr = All<QuestionnaireResponse>(bundle).Where(q => q.Questionnaire == FhirSystems.QuestionnaireBase + "fiqr").ToList();

        Assert.NotEmpty(fiqr);
        Assert.All(fiqr, q => Assert.Equal(21, q.Item.Count));
        Assert.All(fiqr[0].Item, i => Assert.IsType<Integer>(Assert.Single(i.Answer).Value));
        Assert.Contains(All<Observation>(bundle), o => o.Code.Coding.Any(c => c.System == FhirSystems.FibroTrack && c.Code == "fiqr.total"));
        Assert.Contains(All<Observation>(bundle), o => o.Code.Coding.Any(c => c.System == FhirSystems.Loinc && c.Code == "44261-6"));
    }

    [Fact]
    public async Task Export_Transaction_EntriesHaveRequestAndUuidFullUrls()
    {
        var bundle = await ExportAsync("?type=transaction");

        Assert.Equal(Bundle.BundleType.Transaction, bundle.Type);
        Assert.All(bundle.Entry, e =>
        {
            Assert.StartsWith("urn:uuid:", e.FullUrl, StringComparison.Ordinal);
            Assert.NotNull(e.Request);
            Assert.Equal(e.Resource is CodeSystem ? Bundle.HTTPVerb.PUT : Bundle.HTTPVerb.POST, e.Request!.Method);
        });
        var patientUrl = bundle.Entry.Single(e => e.Resource is Patient).FullUrl;
        Assert.All(All<Observation>(bundle), o => Assert.Equal(patientUrl, o.Subject!.Reference));
        Assert.Equal(bundle.Entry.Count, bundle.Entry.Select(e => e.FullUrl).Distinct().Count());
    }

    [Fact]
    public async Task Export_DateRange_OnlyDatedRecordsInRange()
    {
        var to = factory.Data.Truth.LastDay;
        var from = to.AddDays(-29);
        var bundle = await ExportAsync($"?from={FhirBundleExporter.FhirDate(from)}&to={FhirBundleExporter.FhirDate(to)}");
        var dates = All<Observation>(bundle).Select(o => DateOnly.ParseExact(((FhirDateTime)o.Effective!).Value!, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();

        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.InRange(d, from, to));
        Assert.Equal(factory.Data.Days.Where(d => d.Date >= from && d.Date <= to).Sum(d => d.ToObservations().Count),
            All<Observation>(bundle).Count(o => InCategory(o, "survey") && !IsScore(o)));
        Assert.All(All<QuestionnaireResponse>(bundle), q => Assert.InRange(DateOnly.ParseExact(q.Authored!, "yyyy-MM-dd", CultureInfo.InvariantCulture), from, to));
    }

    [Theory]
    [InlineData("?type=batch", "type")]
    [InlineData("?from=01/02/2024", "from")]
    [InlineData("?from=2024-03-01&to=2024-02-01", "from")]
    public async Task Export_BadParameter_400OperationOutcomeNamingIt(string query, string parameter)
    {
        var (response, resource) = await GetAsync("/api/v1/export/fhir" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(FhirJson.MediaType, response.Content.Headers.ContentType?.MediaType);
        var issue = Assert.Single(Assert.IsType<OperationOutcome>(resource).Issue);
        Assert.Equal(OperationOutcome.IssueSeverity.Error, issue.Severity);
        Assert.Equal([parameter], issue.Expression);
    }

    [Fact]
    public async Task CodeSystem_Served_HasBuiltInAndPersonalCodes()
    {
        var (response, resource) = await GetAsync("/api/v1/fhir/CodeSystem/fibrotrack");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var codeSystem = Assert.IsType<CodeSystem>(resource);
        Assert.Equal(FhirSystems.FibroTrack, codeSystem.Url);
        var codes = codeSystem.Concept.Select(c => c.Code).ToHashSet();
        Assert.Contains("symptom.fatigue", codes);
        Assert.Contains("event.infection-type.ebv", codes);
        Assert.Contains("fiqr.total", codes);
        Assert.All(factory.Data.Regimen, r => Assert.Contains(r.Code, codes));
        Assert.Equal(codeSystem.Concept.Count, codeSystem.Count);
    }
}
