using System.Net;
using System.Text;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Api;

/// <summary>A lab result that does not make sense is refused with a 400 naming the field, and nothing is stored.</summary>
public sealed class LabsValidationTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>{date} is a recent date; {future} a date past today in every time zone.</summary>
    [Theory]
    [InlineData("""{"analyte":"CRP","value":12,"unit":"mm/h","specimenDate":"{date}"}""", "unit")]
    [InlineData("""{"analyte":"CRP","value":12,"specimenDate":"{date}"}""", "unit")]
    [InlineData("""{"analyte":"CRP","value":12,"unit":"mg/L","specimenDate":"{future}"}""", "specimenDate")]
    [InlineData("""{"analyte":"CRP","value":12,"unit":"mg/L"}""", "specimenDate")]
    [InlineData("""{"analyte":"CRP","value":-1,"unit":"mg/L","specimenDate":"{date}"}""", "value")]
    [InlineData("""{"analyte":"CRP","unit":"mg/L","specimenDate":"{date}"}""", "value")]
    [InlineData("""{"analyte":"ANA","titer":"160","specimenDate":"{date}"}""", "titer")]
    [InlineData("""{"analyte":"ANA","titer":"1:0","specimenDate":"{date}"}""", "titer")]
    [InlineData("""{"analyte":"ANA","titer":"1:320","positive":false,"specimenDate":"{date}"}""", "titer")]
    [InlineData("""{"analyte":"CRP","value":3,"unit":"mg/L","rangeLow":5,"rangeHigh":5,"specimenDate":"{date}"}""", "rangeLow")]
    [InlineData("""{"analyte":"CRP","value":3,"unit":"mg/L","rangeLow":6,"rangeHigh":5,"specimenDate":"{date}"}""", "rangeLow")]
    [InlineData("""{"analyte":"3167-4","value":8,"unit":"pg/mL","specimenDate":"{date}"}""", "analyte")]
    [InlineData("""{"analyte":"1988-4","value":8,"unit":"mg/L","specimenDate":"{date}"}""", "analyte")]
    [InlineData("""{"value":8,"unit":"mg/L","specimenDate":"{date}"}""", "analyte")]
    [InlineData("""{"analyte":"CRP","value":"12","unit":"mg/L","specimenDate":"{date}"}""", "value")]
    [InlineData("""{"analyte":"CRP","value":12,"unit":"mg/L","rangeHigh":"5","specimenDate":"{date}"}""", "rangeHigh")]
    [InlineData("""{"analyte":"CRP","value":12,"unit":"mg/L","specimenDate":"{date}","flag":"normal"}""", "flag")]
    [InlineData("""{"analyte":"CRP","value":12,"unit":"mg/L","positive":true,"specimenDate":"{date}"}""", "positive")]
    [InlineData("""{"analyte":"vitamin D","titer":"1:40","value":20,"unit":"ng/mL","specimenDate":"{date}"}""", "titer")]
    [InlineData("""{"analyte":"Homocysteine","value":11,"unit":"umol per L","specimenDate":"{date}"}""", "unit")]
    public async Task Create_Invalid_Returns400NamingFieldAndStoresNothing(string json, string field)
    {
        var client = await Accounts.SignUpAsync(factory);
        using var response = await PostRawAsync(client, "/api/v1/labs", Fill(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await ApiCalls.ValidationFieldsAsync(response));
        Assert.Empty((await client.GetJsonAsync("/api/v1/labs")).EnumerateArray());
    }

    [Fact]
    public async Task Create_MisusedTnfCode_MessageSaysWhatTheCodeReallyIs()
    {
        var client = await Accounts.SignUpAsync(factory);
        using var response = await client.PostJsonAsync("/api/v1/labs",
            new { analyte = "3167-4", value = 8, unit = "pg/mL", specimenDate = ApiCalls.Date(2) });

        var errors = await ApiCalls.ValidationErrorsAsync(response);
        Assert.Contains("urine", Assert.Single(errors["analyte"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_SeveralProblems_AllReportedAtOnce()
    {
        var client = await Accounts.SignUpAsync(factory);
        using var response = await PostRawAsync(client, "/api/v1/labs",
            Fill("""{"analyte":"CRP","value":-3,"unit":"mm/h","specimenDate":"{future}"}"""));

        var fields = await ApiCalls.ValidationFieldsAsync(response);
        Assert.Contains("value", fields);
        Assert.Contains("unit", fields);
        Assert.Contains("specimenDate", fields);
        Assert.Empty((await client.GetJsonAsync("/api/v1/labs")).EnumerateArray());
    }

    [Fact]
    public async Task Update_Invalid_Returns400AndKeepsThePreviousResult()
    {
        var client = await Accounts.SignUpAsync(factory);
        var id = (await client.CreateAsync("/api/v1/labs", new { analyte = "CRP", value = 4, unit = "mg/L", specimenDate = ApiCalls.Date(10) }))
            .GetProperty("id").GetInt64();

        using var content = new StringContent(Fill("""{"analyte":"CRP","value":4,"unit":"mm/h","specimenDate":"{date}"}"""), Encoding.UTF8, "application/json");
        using var response = await client.PutAsync($"/api/v1/labs/{id}", content, Ct);

        Assert.Contains("unit", await ApiCalls.ValidationFieldsAsync(response));
        var stored = await client.GetJsonAsync($"/api/v1/labs/{id}");
        Assert.Equal("mg/L", stored.GetProperty("unit").GetString());
        Assert.Equal(ApiCalls.Date(10), stored.GetProperty("specimenDate").GetString());
    }

    private static string Fill(string json) =>
        json.Replace("{date}", ApiCalls.Date(2), StringComparison.Ordinal).Replace("{future}", ApiCalls.Date(-3), StringComparison.Ordinal);

    private static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.PostAsync(path, content, Ct);
    }
}
