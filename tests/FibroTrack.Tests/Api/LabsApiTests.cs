using System.Net;
using System.Text.Json;
using FibroTrack.Core.Labs;
using FibroTrack.Tests.Infrastructure;

namespace FibroTrack.Tests.Api;

/// <summary>Recording lab results through /api/v1/labs: units, conversions and flags against the lab's or the default range.</summary>
public sealed class LabsApiTests(FibroTrackFactory factory) : IClassFixture<FibroTrackFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_CrpAboveLabsOwnRange_201FlaggedHighAgainstLabRange()
    {
        var client = await Accounts.SignUpAsync(factory);
        using var response = await client.PostJsonAsync("/api/v1/labs",
            new { analyte = "CRP", value = 12, unit = "mg/L", rangeLow = 0, rangeHigh = 5, specimenDate = ApiCalls.Date(3) });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var lab = await response.JsonAsync();
        var id = lab.GetProperty("id").GetInt64();
        Assert.Equal($"/api/v1/labs/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("1988-5", lab.GetProperty("analyteCode").GetString());
        Assert.True(lab.GetProperty("codeVerified").GetBoolean());
        Assert.Equal(12, lab.GetProperty("value").GetDouble());
        Assert.Equal("mg/L", lab.GetProperty("unit").GetString());
        Assert.Equal(12, lab.GetProperty("canonicalValue").GetDouble());
        Assert.Equal("high", lab.GetProperty("flag").GetString());
        var range = lab.GetProperty("rangeUsed");
        Assert.Equal(0, range.GetProperty("low").GetDouble());
        Assert.Equal(5, range.GetProperty("high").GetDouble());
        Assert.Equal("mg/L", range.GetProperty("unit").GetString());
        Assert.Equal(LabSources.LabOwnRange, lab.GetProperty("rangeSource").GetString());
        Assert.Equal(0, lab.GetProperty("rangeLow").GetDouble());
        Assert.Equal(5, lab.GetProperty("rangeHigh").GetDouble());

        var stored = await client.GetJsonAsync($"/api/v1/labs/{id}");
        Assert.Equal("high", stored.GetProperty("flag").GetString());
        Assert.Equal(5, stored.GetProperty("rangeUsed").GetProperty("high").GetDouble());
    }

    [Fact]
    public async Task Create_CrpInMgPerDlWithoutRange_ConvertedToMgPerLAndFlaggedAgainstDefault()
    {
        var client = await Accounts.SignUpAsync(factory);
        var lab = await client.CreateAsync("/api/v1/labs",
            new { analyte = "1988-5", value = 1.2, unit = "mg/dL", specimenDate = ApiCalls.Date(3) });

        Assert.Equal(1.2, lab.GetProperty("value").GetDouble());
        Assert.Equal("mg/dL", lab.GetProperty("unit").GetString());
        Assert.Equal(12, lab.GetProperty("canonicalValue").GetDouble(), 9);
        Assert.Equal("mg/L", lab.GetProperty("canonicalUnit").GetString());
        Assert.Equal("high", lab.GetProperty("flag").GetString());
        var range = lab.GetProperty("rangeUsed");
        Assert.Equal(JsonValueKind.Null, range.GetProperty("low").ValueKind);
        Assert.Equal(10, range.GetProperty("high").GetDouble());
        Assert.Equal("mg/L", range.GetProperty("unit").GetString());
        Assert.Contains("10 mg/L", lab.GetProperty("rangeSource").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, lab.GetProperty("rangeLow").ValueKind);
    }

    [Fact]
    public async Task Create_VitaminDInNmolPerL_ConvertedToNgPerMlWithNamIomBand()
    {
        var client = await Accounts.SignUpAsync(factory);
        var lab = await client.CreateAsync("/api/v1/labs",
            new { analyte = "vitamin D", value = 50, unit = "nmol/L", specimenDate = ApiCalls.Date(3) });

        Assert.Equal("62292-8", lab.GetProperty("analyteCode").GetString());
        Assert.Equal(50 / 2.496, lab.GetProperty("canonicalValue").GetDouble(), 6);
        Assert.Equal(20.03, lab.GetProperty("canonicalValue").GetDouble(), 2);
        Assert.Equal("ng/mL", lab.GetProperty("canonicalUnit").GetString());

        // NAM/IOM 2011: 20–50 ng/mL adequate, so just above 20 is normal and in the adequate band.
        Assert.Equal("normal", lab.GetProperty("flag").GetString());
        Assert.Equal(20, lab.GetProperty("rangeUsed").GetProperty("low").GetDouble());
        Assert.Equal(50, lab.GetProperty("rangeUsed").GetProperty("high").GetDouble());
        Assert.StartsWith("Adequate", lab.GetProperty("band").GetString(), StringComparison.Ordinal);
        Assert.Contains("NAM/IOM", lab.GetProperty("bandSource").GetString(), StringComparison.Ordinal);
        Assert.Contains("NAM/IOM", lab.GetProperty("rangeSource").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_VitaminDBelow20NgPerMl_LowAndPossiblyInadequate()
    {
        var client = await Accounts.SignUpAsync(factory);

        // 40 nmol/L ÷ 2.496 = 16.03 ng/mL.
        var lab = await client.CreateAsync("/api/v1/labs",
            new { analyte = "vitamin D", value = 40, unit = "nmol/L", specimenDate = ApiCalls.Date(3) });

        Assert.Equal("low", lab.GetProperty("flag").GetString());
        Assert.StartsWith("Possibly inadequate", lab.GetProperty("band").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_MagnesiumInMmolPerL_ConvertedToMgPerDl()
    {
        var client = await Accounts.SignUpAsync(factory);
        var lab = await client.CreateAsync("/api/v1/labs",
            new { analyte = "magnesium", value = 0.82, unit = "mmol/L", specimenDate = ApiCalls.Date(3) });

        Assert.Equal("19123-9", lab.GetProperty("analyteCode").GetString());
        Assert.Equal("mmol/L", lab.GetProperty("unit").GetString());
        Assert.Equal("mg/dL", lab.GetProperty("canonicalUnit").GetString());

        // 1 mmol/L = 2.431 mg/dL (CLINICAL.md; 24.305 g/mol exactly): 0.82 mmol/L ≈ 1.993 mg/dL, inside 1.7–2.2.
        Assert.Equal(0.82 * 2.431, lab.GetProperty("canonicalValue").GetDouble(), 3);
        Assert.Equal("normal", lab.GetProperty("flag").GetString());
        Assert.Equal(1.7, lab.GetProperty("rangeUsed").GetProperty("low").GetDouble());
        Assert.Equal(2.2, lab.GetProperty("rangeUsed").GetProperty("high").GetDouble());
    }

    [Fact]
    public async Task Create_AnaTiter1To320_PositiveWithoutSayingSo()
    {
        var client = await Accounts.SignUpAsync(factory);
        var lab = await client.CreateAsync("/api/v1/labs",
            new { analyte = "ANA", titer = "1:320", pattern = "speckled", specimenDate = ApiCalls.Date(3) });

        Assert.Equal("8061-4", lab.GetProperty("analyteCode").GetString());
        Assert.Equal("1:320", lab.GetProperty("titer").GetString());
        Assert.True(lab.GetProperty("positive").GetBoolean());
        Assert.Equal("positive", lab.GetProperty("flag").GetString());
        Assert.Equal(JsonValueKind.Null, lab.GetProperty("value").ValueKind);
        Assert.StartsWith("1:160 or higher", lab.GetProperty("band").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_TnfAlphaByProjectCodeWithoutLabRange_Unflagged()
    {
        var client = await Accounts.SignUpAsync(factory);
        var lab = await client.CreateAsync("/api/v1/labs",
            new { analyte = "fibrotrack:tnf-alpha", value = 8.1, unit = "pg/mL", specimenDate = ApiCalls.Date(3) });

        Assert.Equal("fibrotrack:tnf-alpha", lab.GetProperty("analyteCode").GetString());
        Assert.Equal("unknown", lab.GetProperty("flag").GetString());
        Assert.Equal(JsonValueKind.Null, lab.GetProperty("rangeUsed").ValueKind);
        Assert.Contains("lab's range", lab.GetProperty("rangeSource").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_TnfAlphaWithLabRange_FlaggedAgainstIt()
    {
        var client = await Accounts.SignUpAsync(factory);
        var lab = await client.CreateAsync("/api/v1/labs",
            new { analyte = "TNF-alpha", value = 8.1, unit = "pg/mL", rangeHigh = 8.1, specimenDate = ApiCalls.Date(3) });

        // Both ends of a lab's range are normal.
        Assert.Equal("fibrotrack:tnf-alpha", lab.GetProperty("analyteCode").GetString());
        Assert.Equal("normal", lab.GetProperty("flag").GetString());
    }

    [Fact]
    public async Task Create_AnalyteOutsideCatalogueByName_AcceptedWithoutFlagAndListedUnderItsName()
    {
        var client = await Accounts.SignUpAsync(factory);
        var lab = await client.CreateAsync("/api/v1/labs",
            new { analyte = "Homocysteine", value = 11.5, unit = "µmol/L", specimenDate = ApiCalls.Date(3) });

        Assert.Equal("Homocysteine", lab.GetProperty("analyteName").GetString());
        Assert.StartsWith("fibrotrack:lab:", lab.GetProperty("analyteCode").GetString(), StringComparison.Ordinal);
        Assert.Equal("umol/L", lab.GetProperty("unit").GetString());
        Assert.Equal(11.5, lab.GetProperty("canonicalValue").GetDouble());
        Assert.Equal("unknown", lab.GetProperty("flag").GetString());
        Assert.Equal(JsonValueKind.Null, lab.GetProperty("rangeUsed").ValueKind);

        var listed = Assert.Single((await client.GetJsonAsync("/api/v1/labs")).EnumerateArray());
        Assert.Equal("Homocysteine", listed.GetProperty("analyteName").GetString());
        Assert.Equal(lab.GetProperty("analyteCode").GetString(), listed.GetProperty("analyteCode").GetString());
    }

    [Fact]
    public async Task Create_AnalyteOutsideCatalogueWithLabRange_FlaggedAgainstIt()
    {
        var client = await Accounts.SignUpAsync(factory);
        var lab = await client.CreateAsync("/api/v1/labs",
            new { analyte = "Homocysteine", value = 18, unit = "umol/L", rangeLow = 5, rangeHigh = 15, specimenDate = ApiCalls.Date(3) });

        Assert.Equal("high", lab.GetProperty("flag").GetString());
        Assert.Equal("umol/L", lab.GetProperty("rangeUsed").GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Create_RfReportedPositive_FlaggedPositiveAndRaisesFinding()
    {
        var client = await Accounts.SignUpAsync(factory);
        var lab = await client.CreateAsync("/api/v1/labs", new { analyte = "RF", positive = true, specimenDate = ApiCalls.Date(3) });

        Assert.Equal("11572-5", lab.GetProperty("analyteCode").GetString());
        Assert.Equal("positive", lab.GetProperty("flag").GetString());
        var finding = Assert.Single((await client.GetJsonAsync("/api/v1/red-flags")).EnumerateArray());
        Assert.Equal("rf-or-anti-ccp-positive", finding.GetProperty("ruleId").GetString());
    }

    [Fact]
    public async Task Create_AnalyteOutsideCatalogueByLoincCode_KeepsTheLoincCodeWhenReadBack()
    {
        var client = await Accounts.SignUpAsync(factory);

        // 2132-9, vitamin B12 in serum: a valid LOINC code (check digit 9) not in the catalogue.
        var lab = await client.CreateAsync("/api/v1/labs",
            new { analyte = "2132-9", value = 410, unit = "pg/mL", rangeLow = 200, rangeHigh = 900, specimenDate = ApiCalls.Date(3) });
        Assert.Equal("2132-9", lab.GetProperty("analyteCode").GetString());
        Assert.False(lab.GetProperty("codeVerified").GetBoolean());
        Assert.Equal("normal", lab.GetProperty("flag").GetString());

        var stored = await client.GetJsonAsync($"/api/v1/labs/{lab.GetProperty("id").GetInt64()}");
        Assert.Equal("2132-9", stored.GetProperty("analyteCode").GetString());
        Assert.False(stored.GetProperty("codeVerified").GetBoolean());
        Assert.Equal(lab.GetProperty("analyteName").GetString(), stored.GetProperty("analyteName").GetString());
    }

    [Fact]
    public async Task List_NewestSpecimenFirst()
    {
        var client = await Accounts.SignUpAsync(factory);
        await client.CreateAsync("/api/v1/labs", new { analyte = "CRP", value = 2, unit = "mg/L", specimenDate = ApiCalls.Date(90) });
        await client.CreateAsync("/api/v1/labs", new { analyte = "CRP", value = 3, unit = "mg/L", specimenDate = ApiCalls.Date(5) });
        await client.CreateAsync("/api/v1/labs", new { analyte = "CRP", value = 4, unit = "mg/L", specimenDate = ApiCalls.Date(40) });

        var dates = (await client.GetJsonAsync("/api/v1/labs")).EnumerateArray().Select(l => l.GetProperty("specimenDate").GetString()).ToList();
        Assert.Equal([ApiCalls.Date(5), ApiCalls.Date(40), ApiCalls.Date(90)], dates);
    }

    [Fact]
    public async Task Analytes_ListsCrpWithLoincAndTnfAlphaWithProjectCode_NeverTheMisusedCode()
    {
        var client = await Accounts.SignUpAsync(factory);
        using var response = await client.GetAsync("/api/v1/labs/analytes", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("3167-4", text, StringComparison.Ordinal);

        var analytes = JsonDocument.Parse(text).RootElement.EnumerateArray().ToList();
        var crp = Assert.Single(analytes, a => a.GetProperty("code").GetString() == "1988-5");
        Assert.Contains("CRP", crp.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("mg/L", crp.GetProperty("units")[0].GetString());
        Assert.True(crp.GetProperty("codeVerified").GetBoolean());

        var tnf = Assert.Single(analytes, a => a.GetProperty("name").GetString()!.Contains("TNF", StringComparison.Ordinal));
        Assert.Equal("fibrotrack:tnf-alpha", tnf.GetProperty("code").GetString());
        Assert.DoesNotMatch("^[0-9]{1,7}-[0-9]$", tnf.GetProperty("code").GetString()!);
        Assert.Equal("pg/mL", tnf.GetProperty("units")[0].GetString());

        Assert.All(analytes, a => Assert.NotEqual("3167-4", a.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Labs_WithoutToken_401()
    {
        var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/labs", Ct)).StatusCode);
        using var post = await anonymous.PostJsonAsync("/api/v1/labs", new { analyte = "CRP", value = 2, unit = "mg/L", specimenDate = ApiCalls.Date(1) });
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }
}
