using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FibroTrack.Tests.Api;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Import;

/// <summary>Apple Health import through <c>/api/v1/imports/apple-health/*</c>.</summary>
public sealed class AppleHealthImportTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string Day = ApiCalls.Date(2);
    private static readonly string Night = ApiCalls.Date(3);

    internal static string Export(string day, string night) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE HealthData [ <!ELEMENT HealthData (Record*)> ]>
        <HealthData locale="en_GB">
         <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Phone" unit="count" startDate="{day} 09:00:00 +0000" endDate="{day} 09:30:00 +0000" value="4000"/>
         <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Phone" unit="count" startDate="{day} 17:00:00 +0000" endDate="{day} 17:30:00 +0000" value="2500"/>
         <Record type="HKQuantityTypeIdentifierActiveEnergyBurned" sourceName="Watch" unit="kcal" startDate="{day} 09:00:00 +0000" endDate="{day} 09:30:00 +0000" value="210.5"/>
         <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" unit="count/min" startDate="{day} 09:00:00 +0000" endDate="{day} 09:00:00 +0000" value="70"/>
         <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" unit="count/min" startDate="{day} 10:00:00 +0000" endDate="{day} 10:00:00 +0000" value="80"/>
         <Record type="HKQuantityTypeIdentifierHeartRateVariabilitySDNN" sourceName="Watch" unit="ms" startDate="{day} 03:00:00 +0000" endDate="{day} 03:01:00 +0000" value="42"/>
         <Record type="HKCategoryTypeIdentifierSleepAnalysis" sourceName="Watch" startDate="{night} 23:00:00 +0000" endDate="{day} 06:30:00 +0000" value="HKCategoryValueSleepAnalysisAsleepCore"/>
         <Record type="HKQuantityTypeIdentifierBodyMass" sourceName="Scale" unit="kg" startDate="{day} 07:00:00 +0000" endDate="{day} 07:00:00 +0000" value="70"/>
        </HealthData>
        """;

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string step, byte[] body, string type)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return await client.PostAsync($"/api/v1/imports/apple-health/{step}", content, Ct);
    }

    [Fact]
    public async Task Commit_Xml_DailyAggregatesBecomeOwnVariablesAndSleepHours()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var response = await PostAsync(client, "commit", Encoding.UTF8.GetBytes(Export(Day, Night)), "application/xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var values = (await client.GetStoredDayAsync(Day)).GetProperty("values");
        Assert.Equal(6500, values.GetProperty("custom.steps").GetDouble());
        Assert.Equal(210.5, values.GetProperty("custom.active-energy").GetDouble());
        Assert.Equal(75, values.GetProperty("custom.heart-rate").GetDouble());
        Assert.Equal(42, values.GetProperty("custom.hrv").GetDouble());
        Assert.Equal(7.5, values.GetProperty("sleep.hours").GetDouble());
    }

    [Fact]
    public async Task Commit_ZipOverExistingDayTwice_KeepsOwnEntriesAndWritesNothingTheSecondTime()
    {
        var client = await Accounts.SignUpAsync(factory);
        using (var put = await client.PutDayAsync(Day, new { values = new Dictionary<string, object> { ["symptom.pain"] = 6, ["sleep.hours"] = 5 } }))
        {
            Assert.True(put.IsSuccessStatusCode);
        }

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = await archive.CreateEntry("apple_health_export/export.xml").OpenAsync(Ct);
            await entry.WriteAsync(Encoding.UTF8.GetBytes(Export(Day, Night)), Ct);
        }

        using var first = await PostAsync(client, "commit", zip.ToArray(), "application/zip");
        using var second = await PostAsync(client, "commit", zip.ToArray(), "application/zip");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("already-imported", (await second.JsonAsync()).GetProperty("status").GetString());
        var values = (await client.GetStoredDayAsync(Day)).GetProperty("values");
        Assert.Equal(6, values.GetProperty("symptom.pain").GetDouble());
        Assert.Equal(7.5, values.GetProperty("sleep.hours").GetDouble());
        Assert.Equal(6500, values.GetProperty("custom.steps").GetDouble());
    }

    [Fact]
    public async Task Preview_NotAnExport_ErrorNamesTheLine()
    {
        var client = await Accounts.SignUpAsync(factory);

        using var response = await PostAsync(client, "preview", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<Other/>"), "application/xml");

        var errors = await ApiCalls.ValidationErrorsAsync(response);
        Assert.Contains("lines[2]", errors.Keys);
    }
}
