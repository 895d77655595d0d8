using System.Text;
using FibroTrack.Core.Clinical;
using FibroTrack.Core.Demo;
using FibroTrack.Core.Instruments;
using FibroTrack.Core.Labs;
using FibroTrack.Core.People;
using FibroTrack.Core.Regimen;
using FibroTrack.Fhir;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using Microsoft.Extensions.Time.Testing;

namespace FibroTrack.Tests.Fhir;

/// <summary>The pure mapping, both ways, without the web app: FibroTrack → FHIR → FibroTrack, and foreign FHIR files.</summary>
public sealed class FhirMappingTests
{
    private static readonly DateOnly LastDay = new(2025, 6, 30);
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2025, 7, 1, 12, 0, 0, TimeSpan.Zero));

    private static (FhirExportSource Source, DemoDataSet Data, IReadOnlyList<LabResult> Labs) DemoSource()
    {
        var data = DemoDiaryGenerator.Generate(LastDay);
        var person = new PersonFacts(Sex.Female, new DateOnly(1979, 6, 14));
        var labs = DemoLabs.Generate(data).Where(l => l.SpecimenDate <= LastDay).Select(l => LabValidator.Validate(l, Clock).Value!).ToList();
        var responses = DemoInstruments.Generate(data).Select(r =>
        {
            var instrument = InstrumentCatalog.Find(r.InstrumentId)!;
            var response = InstrumentValidator.Validate(instrument, r.Answers).Value!;
            return new FhirInstrumentResponse(instrument, r.Date, response.Answers, InstrumentScorer.Score(response));
        }).ToList();
        var source = new FhirExportSource
        {
            Person = new FhirPerson(person.Sex, person.BirthDate, new DateOnly(2019, 3, 1)),
            Vocabulary = data.CreateVocabulary(),
            Days = data.Days,
            Labs = [.. labs.Select(l => new FhirLab(l, LabFlagger.Flag(l, person)))],
            Responses = responses,
            Regimen = [.. data.Regimen.Select(r => new FhirRegimenItem(r.Code, r.Name, r.Kind, BuiltInMedications.Find(r.BuiltIn)?.RxNorm, r.StartDate, r.StopDate, r.Notes, r.Doses))],
            Infections = [new InfectionSpec("ebv", new DateOnly(2019, 1, 10), new DateOnly(2019, 2, 20), true, "glandular fever")],
        };
        return (source, data, labs);
    }

    private static Bundle ThroughJson(Bundle bundle) => Assert.IsType<Bundle>(FhirJson.ParseResource(FhirJson.Serialize(bundle)));

    [Fact]
    public void RoundTrip_DemoYear_SameDaysLabsRegimenAndInfections()
    {
        var (source, data, labs) = DemoSource();
        var bundle = ThroughJson(FhirBundleExporter.Export(source, new FhirExportOptions(FhirBundleKind.Transaction, null, null, Clock.GetUtcNow())));

        var plan = FhirImportMapper.Map(bundle, source.Vocabulary);

        Assert.Equal(data.Days.Count, plan.Days.Count);
        for (var i = 0; i < data.Days.Count; i++)
        {
            Assert.Equal(data.Days[i].ToObservations(), plan.Days[i].ToObservations());
        }

        Assert.Equal(labs.Count, plan.Labs.Count);
        var expected = labs.OrderBy(l => l.SpecimenDate).ToList();
        for (var i = 0; i < expected.Count; i++)
        {
            var (want, got) = (expected[i], plan.Labs[i].Input);
            Assert.Equal(want.Analyte.Code.Value, got.Analyte);
            Assert.Equal((want.SpecimenDate, want.Value, want.Unit, want.Positive, want.Source), (got.SpecimenDate, got.Value, got.Unit, got.Positive, got.Source));
            Assert.Equal((want.LabRange?.Low, want.LabRange?.High), (got.RangeLow, got.RangeHigh));
            Assert.Equal(want.CanonicalValue, plan.Labs[i].CanonicalValue);
        }

        Assert.Equal(data.Regimen.Select(r => r.ToInput()), plan.Regimen.Select(r => r.Item));
        Assert.Equal(data.Regimen.Select(r => r.DoseChanges()).SelectMany(d => d), plan.Regimen.SelectMany(r => r.DoseChanges));
        Assert.Equal(new InfectionInput("ebv", new DateOnly(2019, 1, 10), new DateOnly(2019, 2, 20), true, "glandular fever"), Assert.Single(plan.Infections).Input);
        Assert.Equal(new DateOnly(2019, 3, 1), plan.Fibromyalgia?.OnsetDate);
        Assert.Equal(("female", (DateOnly?)new DateOnly(1979, 6, 14)), (plan.Person!.Sex, plan.Person.BirthDate));
        Assert.Equal(source.Responses.Count, plan.Responses.Count);
        Assert.Equal(source.Responses.Select(r => r.Answers.Count), plan.Responses.Select(r => r.Answers.Count));
        Assert.Empty(plan.UnknownCodes);
        Assert.Empty(plan.Problems);
        Assert.Empty(plan.IgnoredResources);
    }

    [Fact]
    public void Export_DateRange_DropsRecordsOutsideIt()
    {
        var (source, data, _) = DemoSource();
        var from = LastDay.AddDays(-6);

        var bundle = FhirBundleExporter.Export(source, new FhirExportOptions(FhirBundleKind.Collection, from, LastDay, Clock.GetUtcNow()));
        var plan = FhirImportMapper.Map(bundle, source.Vocabulary);

        Assert.Equal(data.Days.Where(d => d.Date >= from).Select(d => d.Date), plan.Days.Select(d => d.Date));
        Assert.Empty(plan.Infections); // the 2019 episode is outside the range
    }

    /// <summary>A file like a patient portal or Synthea writes: encounters, immunizations, claims, one lab FibroTrack knows and one code it does not.</summary>
    private static Bundle PortalBundle()
    {
        var patient = new Patient { Id = "p1", Gender = AdministrativeGender.Male, BirthDate = "1960-02-03" };
        Observation Heart(string date) => new()
        {
            Status = ObservationStatus.Final,
            Code = new CodeableConcept("http://loinc.org", "8867-4", "Heart rate"),
            Effective = new FhirDateTime(date),
            Value = new Quantity { Value = 72, Unit = "/min", System = FhirSystems.Ucum, Code = "/min" },
        };
        var crp = new Observation
        {
            Status = ObservationStatus.Final,
            Category = [new CodeableConcept(FhirSystems.ObservationCategory, "laboratory")],
            Code = new CodeableConcept("http://loinc.org", "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"),
            Effective = new FhirDateTime("2024-05-06T08:30:00+02:00"),
            Value = new Quantity { Value = 1.2m, Unit = "mg/dL", System = FhirSystems.Ucum, Code = "mg/dL" },
            ReferenceRange = [new Observation.ReferenceRangeComponent { High = new Quantity { Value = 0.5m, Unit = "mg/dL", System = FhirSystems.Ucum, Code = "mg/dL" } }],
        };
        var resources = new Resource[]
        {
            patient,
            new Encounter { Status = Encounter.EncounterStatus.Finished, Class = new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB") },
            new Immunization { Status = Immunization.ImmunizationStatusCodes.Completed, VaccineCode = new CodeableConcept("http://hl7.org/fhir/sid/cvx", "140"), Occurrence = new FhirDateTime("2023-10-01") },
            Heart("2024-05-06"),
            new Claim { Status = FinancialResourceStatusCodes.Active },
            crp,
            new ExplanationOfBenefit { Status = ExplanationOfBenefit.ExplanationOfBenefitStatus.Active },
            Heart("2024-05-07"),
            new Encounter { Status = Encounter.EncounterStatus.Finished, Class = new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB") },
        };
        return new Bundle { Type = Bundle.BundleType.Collection, Entry = [.. resources.Select(r => new Bundle.EntryComponent { Resource = r })] };
    }

    [Fact]
    public void Map_PortalBundle_MapsKnownLabConvertingItsUnit()
    {
        var plan = FhirImportMapper.Map(ThroughJson(PortalBundle()));

        var lab = Assert.Single(plan.Labs);
        Assert.Equal(("1988-5", 1.2, "mg/dL", 0.5), (lab.Input.Analyte, lab.Input.Value, lab.Input.Unit, lab.Input.RangeHigh));
        // CLINICAL.md: CRP 1 mg/dL = 10 mg/L.
        Assert.Equal((12.0, "mg/L"), (lab.CanonicalValue, lab.CanonicalUnit));
        Assert.Equal(new DateOnly(2024, 5, 6), lab.Input.SpecimenDate);
        Assert.Equal("Bundle.entry[5].resource", lab.Path);
        Assert.Equal(("male", (DateOnly?)new DateOnly(1960, 2, 3)), (plan.Person!.Sex, plan.Person.BirthDate));
    }

    [Fact]
    public void Map_PortalBundle_ReportsUnknownCodeWithCountAndFirstPath()
    {
        var plan = FhirImportMapper.Map(ThroughJson(PortalBundle()));

        var unknown = Assert.Single(plan.UnknownCodes);
        Assert.Equal(("http://loinc.org", "8867-4", "Heart rate", 2), (unknown.System, unknown.Code, unknown.Display, unknown.Count));
        Assert.Equal("Bundle.entry[3].resource.code", unknown.FirstPath);
        Assert.Empty(plan.Days);
    }

    [Fact]
    public void Map_PortalBundle_CountsIgnoredResourcesByType()
    {
        var plan = FhirImportMapper.Map(ThroughJson(PortalBundle()));

        Assert.Equal(
            new Dictionary<string, int> { ["Encounter"] = 2, ["Immunization"] = 1, ["Claim"] = 1, ["ExplanationOfBenefit"] = 1 },
            plan.IgnoredResources.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary());
    }

    [Fact]
    public void Map_LabInUnitTheAnalyteDoesNotTake_ProblemWithPath()
    {
        var bundle = PortalBundle();
        ((Quantity)((Observation)bundle.Entry[5].Resource!).Value!).Code = "mmol/L";

        var plan = FhirImportMapper.Map(bundle);

        Assert.Empty(plan.Labs);
        var problem = Assert.Single(plan.Problems);
        Assert.Equal("Bundle.entry[5].resource.valueQuantity", problem.Path);
        Assert.Contains("mmol/L", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ndjson_PortalResources_PathsNameTheLine()
    {
        var lines = string.Join("\n", PortalBundle().Entry.Select(e => FhirJson.Serialize(e.Resource!)));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(lines + "\n\n"));

        var resources = await FhirJson.ReadNdjsonAsync(stream, ct: TestContext.Current.CancellationToken);
        var plan = FhirImportMapper.Map(resources);

        Assert.Equal(9, resources.Count);
        Assert.Equal("line 4: Observation.code", Assert.Single(plan.UnknownCodes).FirstPath);
        Assert.Single(plan.Labs);
    }

    [Fact]
    public async Task Ndjson_BadLine_ErrorNamesTheLine()
    {
        var text = "{\"resourceType\":\"Patient\"}\n{\"resourceType\":\"Patient\"}\n{\"resourceType\":\"Observation\", \"status\": }\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));

        var e = await Assert.ThrowsAsync<FhirFormatException>(() => FhirJson.ReadNdjsonAsync(stream, ct: TestContext.Current.CancellationToken));

        Assert.StartsWith("line 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedJson_ErrorNamesLineAndPosition()
    {
        var json = "{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\",\n  \"entry\": [ { \"resource\": { \"resourceType\": \"Patient\", } } ]\n}";

        var e = Assert.Throws<FhirFormatException>(() => FhirJson.ParseResource(json));

        Assert.Contains("line 4", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("line 4, position ", e.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_EntryThatIsNoFhirResource_ProblemNamesElementPath()
    {
        // Firely's recoverable mode reads an unknown resource type as a DynamicResource; the plan names it and its path.
        var json = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\"}},{\"resource\":{\"resourceType\":\"Observatoin\",\"status\":\"final\"}}]}";

        var parsed = Assert.IsType<Bundle>(FhirJson.ParseResource(json));
        var plan = FhirImportMapper.Map(parsed);

        var problem = Assert.Single(plan.Problems);
        Assert.Equal("Bundle.entry[1].resource", problem.Path);
        Assert.Contains("Observatoin", problem.Message, StringComparison.Ordinal);
        Assert.Empty(plan.IgnoredResources);
        Assert.NotNull(plan.Person);
    }

    [Fact]
    public async Task ReadBundle_LargerThanLimit_Refused()
    {
        var json = FhirJson.Serialize(PortalBundle());
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var e = await Assert.ThrowsAsync<FhirFormatException>(() => FhirJson.ReadBundleAsync(stream, new FhirReadLimits(MaxBytes: 1000), TestContext.Current.CancellationToken));

        Assert.Contains("larger than", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AbsurdNesting_RefusedWithClearError()
    {
        var depth = 200;
        var json = "{\"resourceType\":\"Patient\",\"extension\":[{\"url\":\"x\",\"valueString\":" + new string('[', depth) + new string(']', depth) + "}]}";

        var e = Assert.Throws<FhirFormatException>(() => FhirJson.ParseResource(json));

        Assert.Contains("nested deeper than 64", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeSystem_EveryOwnCodeInTheDemoExport_IsDefined()
    {
        var (source, _, _) = DemoSource();
        var bundle = FhirBundleExporter.Export(source, new FhirExportOptions(FhirBundleKind.Collection, null, null, Clock.GetUtcNow()));
        var defined = bundle.Entry.Select(e => e.Resource).OfType<CodeSystem>().Single().Concept.Select(c => c.Code).ToHashSet();

        using var json = System.Text.Json.JsonDocument.Parse(FhirJson.Serialize(bundle));
        var used = OwnCodes(json.RootElement).Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.All(used, c => Assert.Contains(c, defined));
    }

    /// <summary>Codes of every JSON object whose <c>system</c> is FibroTrack's (codings), found by walking the serialized bundle.</summary>
    private static IEnumerable<string> OwnCodes(System.Text.Json.JsonElement e)
    {
        if (e.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            if (e.TryGetProperty("system", out var system) && system.GetString() == FhirSystems.FibroTrack && e.TryGetProperty("code", out var code))
            {
                yield return code.GetString()!;
            }

            foreach (var child in e.EnumerateObject().SelectMany(p => OwnCodes(p.Value)))
            {
                yield return child;
            }
        }
        else if (e.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            foreach (var child in e.EnumerateArray().SelectMany(OwnCodes))
            {
                yield return child;
            }
        }
    }
}
