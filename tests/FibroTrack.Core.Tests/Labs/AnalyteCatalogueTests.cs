using FibroTrack.Core.Labs;

namespace FibroTrack.Core.Tests.Labs;

public sealed class AnalyteCatalogueTests
{
    /// <summary>Codes and canonical units from CLINICAL.md, "Codes".</summary>
    [Theory]
    [InlineData("1988-5", "mg/L")]
    [InlineData("30522-7", "mg/L")]
    [InlineData("4537-7", "mm/h")]
    [InlineData("26881-3", "pg/mL")]
    [InlineData("33211-4", "pg/mL")]
    [InlineData("fibrotrack:tnf-alpha", "pg/mL")]
    [InlineData("6690-2", "10*9/L")]
    [InlineData("11572-5", "[IU]/mL")]
    [InlineData("32218-0", "U/mL")]
    [InlineData("62292-8", "ng/mL")]
    [InlineData("19123-9", "mg/dL")]
    [InlineData("2276-4", "ng/mL")]
    [InlineData("3016-3", "m[IU]/L")]
    [InlineData("2157-6", "U/L")]
    public void Find_CataloguedCode_HasCanonicalUnit(string code, string unit)
    {
        var analyte = Analytes.Find(code);

        Assert.NotNull(analyte);
        Assert.Equal(code, analyte.Code.Value);
        Assert.Equal(unit, analyte.CanonicalUnit);
    }

    [Fact]
    public void Find_Ana_PresenceAndTiterWithoutUnit()
    {
        var ana = Analytes.Find("8061-4")!;

        Assert.Null(ana.CanonicalUnit);
        Assert.True(ana.Takes(LabValueKinds.Presence));
        Assert.True(ana.Takes(LabValueKinds.Titer));
        Assert.False(ana.Takes(LabValueKinds.Quantity));
        Assert.Equal("5048-4", ana.TiterCode!.Value);
    }

    [Theory]
    [InlineData("5048-4", "8061-4")]
    [InlineData("42254-3", "8061-4")]
    [InlineData("30341-2", "4537-7")]
    [InlineData("2601-3", "19123-9")]
    [InlineData("26464-8", "6690-2")]
    public void Find_RelatedCode_FindsAnalyte(string related, string code)
    {
        Assert.Equal(code, Analytes.Find(related)!.Code.Value);
    }

    [Theory]
    [InlineData("crp", "1988-5")]
    [InlineData("CRP", "1988-5")]
    [InlineData("c-reactive protein", "1988-5")]
    [InlineData("hs-CRP", "30522-7")]
    [InlineData("HSCRP", "30522-7")]
    [InlineData("hs crp", "30522-7")]
    [InlineData("sed rate", "4537-7")]
    [InlineData("ESR", "4537-7")]
    [InlineData("il6", "26881-3")]
    [InlineData("IL-8", "33211-4")]
    [InlineData("TNF-α", "fibrotrack:tnf-alpha")]
    [InlineData("tnf alpha", "fibrotrack:tnf-alpha")]
    [InlineData("leukocytes", "6690-2")]
    [InlineData("ana", "8061-4")]
    [InlineData("rf", "11572-5")]
    [InlineData("Rheumatoid factor (RF)", "11572-5")]
    [InlineData("Anti-CCP", "32218-0")]
    [InlineData("vitamin d", "62292-8")]
    [InlineData("25(OH)D", "62292-8")]
    [InlineData("Magnesium", "19123-9")]
    [InlineData("FERRITIN", "2276-4")]
    [InlineData("tsh", "3016-3")]
    [InlineData("CPK", "2157-6")]
    public void FindByName_NameOrAliasAnyCase_FindsAnalyte(string name, string code)
    {
        Assert.Equal(code, Analytes.FindByName(name)!.Code.Value);
    }

    [Fact]
    public void FindByName_Unknown_Null()
    {
        Assert.Null(Analytes.FindByName("vitamin B12"));
    }

    [Fact]
    public void Find_UnknownCode_Null()
    {
        Assert.Null(Analytes.Find("2132-9"));
    }

    [Fact]
    public void TnfAlpha_HasProjectCodeNever3167_4()
    {
        var tnf = Analytes.FindByName("TNF-alpha")!;

        Assert.Equal(AnalyteCodeSystem.FibroTrack, tnf.Code.System);
        Assert.Null(Analytes.Find("3167-4"));
        Assert.DoesNotContain(Analytes.All, a => a.Code.Value == "3167-4" || a.RelatedCodes.Any(c => c.Value == "3167-4"));
    }

    [Fact]
    public void LoincCodes_AllHaveValidCheckDigits()
    {
        var codes = Analytes.All
            .SelectMany(a => a.RelatedCodes.Append(a.TiterCode).Prepend(a.Code))
            .OfType<AnalyteCode>()
            .Where(c => c.System == AnalyteCodeSystem.Loinc);

        foreach (var code in codes)
        {
            Assert.True(LoincCode.IsValid(code.Value), code.Value);
        }
    }

    [Fact]
    public void Codes_AllVerifiedInCatalogue()
    {
        // The "(verify)" codes (4537-7, 30341-2, 33211-4, 32218-0) were checked; see the remarks on Analytes.
        Assert.All(Analytes.All, a => Assert.True(a.Code.Verified, a.Name));
    }

    [Fact]
    public void Codes_AreUnique()
    {
        var codes = Analytes.All.SelectMany(a => a.RelatedCodes.Append(a.TiterCode).Prepend(a.Code)).OfType<AnalyteCode>().Select(c => c.Value).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Names_AreUniqueAcrossCatalogue()
    {
        var keys = Analytes.All.SelectMany(a => a.Aliases.Prepend(a.Name).Select(Analytes.NameKey).Distinct()).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void AdHocLoinc_NotVerifiedNotCatalogued()
    {
        var analyte = Analytes.AdHocLoinc("2132-9");

        Assert.False(analyte.Code.Verified);
        Assert.False(analyte.IsCatalogued);
        Assert.Equal(AnalyteCodeSystem.Loinc, analyte.Code.System);
        Assert.Null(analyte.CanonicalUnit);
    }

    [Fact]
    public void AdHocNamed_ProjectCodeFromSlug()
    {
        var analyte = Analytes.AdHocNamed("  Vitamin B12 ");

        Assert.Equal("fibrotrack:lab:vitamin-b12", analyte.Code.Value);
        Assert.Equal("Vitamin B12", analyte.Name);
        Assert.False(analyte.IsCatalogued);
    }
}
