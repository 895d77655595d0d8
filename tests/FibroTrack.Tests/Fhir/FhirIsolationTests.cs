using System.Net;
using FibroTrack.Fhir;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;
using static FibroTrack.Tests.Api.ApiCalls;

namespace FibroTrack.Tests.Fhir;

/// <summary>One person's FHIR export never carries another person's data.</summary>
public sealed class FhirIsolationTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_OtherPersonRecorded_HasNoneOfTheirData()
    {
        var a = await Accounts.SignUpAsync(factory);
        var b = await Accounts.SignUpAsync(factory);
        using var day = await a.PutDayAsync(Date(2), new { values = new Dictionary<string, object> { ["symptom.pain"] = 7 }, notes = "A-private-note" });
        Assert.Equal(HttpStatusCode.OK, day.StatusCode);
        await a.CreateAsync("/api/v1/labs", new { analyte = "CRP", value = 3.3, unit = "mg/L", specimenDate = Date(2), source = "A-private-lab" });
        using var ownB = await b.PutDayAsync(Date(2), new { values = new Dictionary<string, object> { ["symptom.pain"] = 2 } });
        Assert.Equal(HttpStatusCode.OK, ownB.StatusCode);

        using var response = await b.GetAsync("/api/v1/export/fhir", Ct);
        var json = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("A-private", json, StringComparison.Ordinal);
        var bundle = Assert.IsType<Bundle>(FhirJson.ParseResource(json));
        var observation = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<Observation>());
        Assert.Equal(2m, Assert.IsType<Quantity>(observation.Value).Value);

        using var aResponse = await a.GetAsync("/api/v1/export/fhir", Ct);
        Assert.Contains("A-private-note", await aResponse.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Anonymous_401()
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/export/fhir", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
