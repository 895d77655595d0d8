using FibroTrack.Core.Instruments;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Instruments;

/// <summary>The catalogue and the shape of every definition (CLINICAL.md, "FIQR", "PHQ-9, GAD-7, PEG", "ACR 2016", "Codes").</summary>
public sealed class InstrumentCatalogTests
{
    public static TheoryData<string> Ids => ["acr2016", "fiqr", "peg", "phq9", "gad7"];

    [Fact]
    public void All_FiveInstruments_StableIds()
    {
        Assert.Equal(["acr2016", "fiqr", "peg", "phq9", "gad7"], InstrumentCatalog.All.Select(i => i.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Find_KnownId_ReturnsDefinition(string id)
    {
        Assert.Equal(id, InstrumentCatalog.Find(id)?.Id);
    }

    [Theory]
    [InlineData("PHQ9")]
    [InlineData("phq-9")]
    [InlineData("fiq")]
    [InlineData("")]
    public void Find_UnknownId_Null(string id)
    {
        Assert.Null(InstrumentCatalog.Find(id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Definition_Texts_AllPresent(string id)
    {
        var d = InstrumentCatalog.Find(id)!;

        Assert.False(string.IsNullOrWhiteSpace(d.Name));
        Assert.False(string.IsNullOrWhiteSpace(d.ShortDescription));
        Assert.False(string.IsNullOrWhiteSpace(d.RecallPeriod));
        Assert.False(string.IsNullOrWhiteSpace(d.Citation));
        Assert.False(string.IsNullOrWhiteSpace(d.Licence));
        Assert.False(string.IsNullOrWhiteSpace(d.TotalLabel));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Definition_Items_UniqueCodesInKnownSections(string id)
    {
        var d = InstrumentCatalog.Find(id)!;
        var sections = d.Sections.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(d.Items.Count, d.Items.Select(i => i.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(d.Items, i => Assert.Contains(i.Section, sections));
        Assert.All(d.Sections, s => Assert.NotEmpty(d.ItemsIn(s.Id)));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Definition_Items_OptionsCoverTheRangeOrAnchorsGiven(string id)
    {
        Assert.All(InstrumentCatalog.Find(id)!.Items, item =>
        {
            Assert.True(item.Min < item.Max, item.Code);
            if (item.Options.Count > 0)
            {
                Assert.Equal(Enumerable.Range(item.Min, item.Max - item.Min + 1), item.Options.Select(o => o.Value));
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(item.AnchorLow), item.Code);
                Assert.False(string.IsNullOrWhiteSpace(item.AnchorHigh), item.Code);
            }
        });
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Definition_ItemTexts_ShortLabels(string id)
    {
        // Short labels in the project's own words, not the questionnaire's sentences.
        Assert.All(InstrumentCatalog.Find(id)!.Items, i => Assert.InRange(i.Text.Length, 3, 70));
    }

    [Theory]
    [InlineData("phq9", "44261-6")]
    [InlineData("gad7", "70274-6")]
    [InlineData("fiqr", null)]
    [InlineData("peg", null)]
    [InlineData("acr2016", null)]
    public void Definition_Loinc_OnlyWhereClinicalMdListsOne(string id, string? loinc)
    {
        Assert.Equal(loinc, InstrumentCatalog.Find(id)!.Loinc);
    }

    [Theory]
    [InlineData("phq9", 9, 0, 3, 27)]
    [InlineData("gad7", 7, 0, 3, 21)]
    [InlineData("peg", 3, 0, 10, 10)]
    [InlineData("fiqr", 21, 0, 10, 100)]
    public void Definition_ItemsAndRange_AsPublished(string id, int items, int min, int max, double totalMax)
    {
        var d = InstrumentCatalog.Find(id)!;

        Assert.Equal(items, d.Items.Count);
        Assert.All(d.Items, i => Assert.Equal((min, max), (i.Min, i.Max)));
        Assert.Equal(0, d.TotalMin);
        Assert.Equal(totalMax, d.TotalMax);
    }

    [Fact]
    public void Phq9_Items_CodesOneToNineWithFrequencyOptions()
    {
        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"phq9.{n}"), Phq9.Definition.Items.Select(i => i.Code));
        Assert.Equal(["Not at all", "Several days", "More than half the days", "Nearly every day"], Phq9.Definition.Items[0].Options.Select(o => o.Label));
        Assert.Equal("the last 2 weeks", Phq9.Definition.RecallPeriod);
    }

    [Fact]
    public void Gad7_Items_CodesOneToSeven()
    {
        Assert.Equal(Enumerable.Range(1, 7).Select(n => $"gad7.{n}"), Gad7.Definition.Items.Select(i => i.Code));
    }

    [Fact]
    public void Fiqr_Items_NineFunctionTwoOverallTenSymptoms()
    {
        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"fiqr.f{n}"), Fiqr.Definition.ItemsIn(Fiqr.Function).Select(i => i.Code));
        Assert.Equal(["fiqr.o1", "fiqr.o2"], Fiqr.Definition.ItemsIn(Fiqr.Overall).Select(i => i.Code));
        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"fiqr.s{n}"), Fiqr.Definition.ItemsIn(Fiqr.Symptoms).Select(i => i.Code));
        Assert.Equal("the last 7 days", Fiqr.Definition.RecallPeriod);
    }

    [Fact]
    public void Fiqr_FunctionAnchors_NoDifficultyToVeryDifficult()
    {
        Assert.All(Fiqr.Definition.ItemsIn(Fiqr.Function), i => Assert.Equal(("No difficulty", "Very difficult"), (i.AnchorLow, i.AnchorHigh)));
    }

    [Fact]
    public void Fiqr_Licence_CreditsBennettAndWarnsCommercialUse()
    {
        Assert.Contains("Bennett", Fiqr.Definition.Licence, StringComparison.Ordinal);
        Assert.Contains("commercial deployments must check the terms", Fiqr.Definition.Licence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("phq9")]
    [InlineData("gad7")]
    public void PfizerInstruments_Licence_FreeWithAttribution(string id)
    {
        var licence = InstrumentCatalog.Find(id)!.Licence;

        Assert.Contains("Pfizer", licence, StringComparison.Ordinal);
        Assert.Contains("without copyright restriction", licence, StringComparison.Ordinal);
        Assert.Contains("attribution", licence, StringComparison.Ordinal);
    }

    [Fact]
    public void Acr2016_Items_NineteenWpiAreasThenSssThenDuration()
    {
        string[] expected =
        [
            .. BodyAreas.All.Select(a => a.Code),
            "acr2016.fatigue", "acr2016.unrefreshed", "acr2016.cognitive",
            "acr2016.headache", "acr2016.lower-abdominal", "acr2016.depression",
            "acr2016.duration-3-months",
        ];

        Assert.Equal(expected, Acr2016.Definition.Items.Select(i => i.Code));
    }

    [Fact]
    public void Acr2016_Items_RangesAsPublished()
    {
        var d = Acr2016.Definition;

        Assert.All(d.ItemsIn(Acr2016.BodyMap), i => Assert.Equal(1, i.Max));
        Assert.All(d.ItemsIn(Acr2016.PastWeek), i => Assert.Equal(["No problem", "Slight or mild", "Moderate", "Severe"], i.Options.Select(o => o.Label)));
        Assert.All(d.ItemsIn(Acr2016.PastSixMonths), i => Assert.Equal(1, i.Max));
        Assert.Equal(31, d.TotalMax);
        Assert.Equal("the previous 6 months", d.Sections.Single(s => s.Id == Acr2016.PastSixMonths).RecallPeriod);
    }

    [Fact]
    public void Acr2016_AreaLabels_FromTheVocabulary()
    {
        Assert.Equal(BodyAreas.All.Select(a => a.Label), Acr2016.Definition.ItemsIn(Acr2016.BodyMap).Select(i => i.Text));
    }

    [Fact]
    public void BandSchemes_Bands_AscendingUpperBoundsEndingOpen()
    {
        foreach (var scheme in InstrumentCatalog.All.SelectMany(i => i.BandSchemes))
        {
            var bounds = scheme.Bands.Select(b => b.UpperBound).ToList();
            Assert.Equal(bounds.Order(), bounds);
            Assert.Equal(double.PositiveInfinity, bounds[^1]);
            Assert.False(string.IsNullOrWhiteSpace(scheme.Citation));
        }
    }
}
