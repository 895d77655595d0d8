using FibroTrack.Core.Regimen;
using FibroTrack.Core.Tests.Diary;

namespace FibroTrack.Core.Tests.Regimen;

/// <summary>New items: code, name and kind.</summary>
public sealed class RegimenValidatorNewItemTests
{
    private static readonly RegimenValidator Validator = RegimenFixture.Validator();

    [Fact]
    public void ValidateNew_BuiltInKey_CodeNameKindAndRxNormFromBuiltIn()
    {
        var item = RegimenFixture.Valid(Validator.ValidateNew(RegimenFixture.BuiltIn("duloxetine", 30), RegimenFixture.NoItems));

        Assert.Equal("med.duloxetine", item.Code);
        Assert.Equal("Duloxetine", item.Name);
        Assert.Equal(RegimenKind.Medication, item.Kind);
        // RxNorm 72625 is the one code CLINICAL.md marks verified.
        Assert.Equal("72625", item.RxNorm);
    }

    [Fact]
    public void ValidateNew_BuiltInWithoutVerifiedRxNorm_RxNormNull()
    {
        var item = RegimenFixture.Valid(Validator.ValidateNew(RegimenFixture.BuiltIn("pregabalin", 75), RegimenFixture.NoItems));

        Assert.Null(item.RxNorm);
    }

    [Fact]
    public void ValidateNew_BuiltInSupplement_KindSupplementAndDefaultUnit()
    {
        var item = RegimenFixture.Valid(Validator.ValidateNew(RegimenFixture.BuiltIn("vitamin-d", 1000), RegimenFixture.NoItems));

        Assert.Equal(RegimenKind.Supplement, item.Kind);
        Assert.Equal("[IU]", item.FirstDose.Unit);
    }

    [Fact]
    public void ValidateNew_BuiltInWithOwnName_KeepsBuiltInCodeAndUsesName()
    {
        var input = RegimenFixture.BuiltIn("magnesium", 200) with { Name = "  Magnesium glycinate " };

        var item = RegimenFixture.Valid(Validator.ValidateNew(input, RegimenFixture.NoItems));

        Assert.Equal("med.magnesium", item.Code);
        Assert.Equal("Magnesium glycinate", item.Name);
    }

    [Fact]
    public void ValidateNew_UnknownBuiltIn_RefusedNamingBuiltIn()
    {
        var error = DiaryFixture.SingleError(Validator.ValidateNew(RegimenFixture.BuiltIn("aspirin") with { Name = "Aspirin", Unit = "mg" }, RegimenFixture.NoItems));

        Assert.Equal("builtIn", error.Field);
        Assert.Contains("low-dose-naltrexone", error.Message);
    }

    [Fact]
    public void ValidateNew_CustomName_CodeIsMedSlug()
    {
        var item = RegimenFixture.Valid(Validator.ValidateNew(RegimenFixture.Custom("  Omega-3 Fish Oil (Nordic) "), RegimenFixture.NoItems));

        Assert.Equal("med.omega-3-fish-oil-nordic", item.Code);
        Assert.Equal("Omega-3 Fish Oil (Nordic)", item.Name);
        Assert.Null(item.RxNorm);
    }

    [Fact]
    public void ValidateNew_CustomNameWithAccents_CodeIsAscii()
    {
        var item = RegimenFixture.Valid(Validator.ValidateNew(RegimenFixture.Custom("Mélatonine"), RegimenFixture.NoItems));

        Assert.Equal("med.melatonine", item.Code);
    }

    [Fact]
    public void ValidateNew_CustomNameWithoutKind_Medication()
    {
        var item = RegimenFixture.Valid(Validator.ValidateNew(RegimenFixture.Custom(), RegimenFixture.NoItems));

        Assert.Equal(RegimenKind.Medication, item.Kind);
    }

    [Theory]
    [InlineData("supplement")]
    [InlineData("Supplement")]
    [InlineData("SUPPLEMENT")]
    [InlineData(" supplement ")]
    public void ValidateNew_KindSupplementInAnyCase_Accepted(string kind)
    {
        var item = RegimenFixture.Valid(Validator.ValidateNew(RegimenFixture.Custom() with { Kind = kind }, RegimenFixture.NoItems));

        Assert.Equal(RegimenKind.Supplement, item.Kind);
    }

    [Theory]
    [InlineData("herb")]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("1")]
    [InlineData("Medication, Supplement")]
    public void ValidateNew_KindNotMedicationOrSupplement_RefusedNamingKind(string kind)
    {
        var error = DiaryFixture.SingleError(Validator.ValidateNew(RegimenFixture.Custom() with { Kind = kind }, RegimenFixture.NoItems));

        Assert.Equal("kind", error.Field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void ValidateNew_NoNameAndNoBuiltIn_RefusedNamingName(string? name)
    {
        var error = DiaryFixture.SingleError(Validator.ValidateNew(RegimenFixture.Custom(name), RegimenFixture.NoItems));

        Assert.Equal("name", error.Field);
    }

    [Fact]
    public void ValidateNew_PunctuationOnlyName_RefusedNamingName()
    {
        var error = DiaryFixture.SingleError(Validator.ValidateNew(RegimenFixture.Custom("???"), RegimenFixture.NoItems));

        Assert.Equal("name", error.Field);
        Assert.Contains("letter or digit", error.Message);
    }

    [Fact]
    public void ValidateNew_NameOfMaximumLength_Accepted()
    {
        var name = new string('a', RegimenValidator.MaxNameLength);

        var item = RegimenFixture.Valid(Validator.ValidateNew(RegimenFixture.Custom(name), RegimenFixture.NoItems));

        Assert.Equal(name, item.Name);
    }

    [Fact]
    public void ValidateNew_NameTooLong_RefusedNamingName()
    {
        var error = DiaryFixture.SingleError(Validator.ValidateNew(RegimenFixture.Custom(new string('a', RegimenValidator.MaxNameLength + 1)), RegimenFixture.NoItems));

        Assert.Equal("name", error.Field);
    }

    [Fact]
    public void ValidateNew_CodeAlreadyInRegimen_RefusedNamingName()
    {
        var existing = new HashSet<string>(StringComparer.Ordinal) { "med.duloxetine" };

        var error = DiaryFixture.SingleError(Validator.ValidateNew(RegimenFixture.BuiltIn("duloxetine", 30), existing));

        Assert.Equal("name", error.Field);
        Assert.Contains("dose change", error.Message);
    }

    [Fact]
    public void ValidateNew_CustomNameWhoseSlugIsTaken_RefusedNamingName()
    {
        var existing = new HashSet<string>(StringComparer.Ordinal) { "med.omega-3-fish-oil" };

        var error = DiaryFixture.SingleError(Validator.ValidateNew(RegimenFixture.Custom("OMEGA 3 fish-oil"), existing));

        Assert.Equal("name", error.Field);
    }

    [Fact]
    public void ValidateNew_Notes_Trimmed()
    {
        var item = RegimenFixture.Valid(Validator.ValidateNew(RegimenFixture.Custom() with { Notes = "  with food " }, RegimenFixture.NoItems));

        Assert.Equal("with food", item.Notes);
    }

    [Fact]
    public void ValidateNew_BlankNotes_Null()
    {
        var item = RegimenFixture.Valid(Validator.ValidateNew(RegimenFixture.Custom() with { Notes = "   " }, RegimenFixture.NoItems));

        Assert.Null(item.Notes);
    }

    [Fact]
    public void ValidateNew_NotesTooLong_RefusedNamingNotes()
    {
        var input = RegimenFixture.Custom() with { Notes = new string('n', RegimenValidator.MaxNotesLength + 1) };

        var error = DiaryFixture.SingleError(Validator.ValidateNew(input, RegimenFixture.NoItems));

        Assert.Equal("notes", error.Field);
    }

    [Fact]
    public void ValidateNew_SeveralProblems_AllReported()
    {
        var input = new RegimenItemInput("aspirin", null, "herb", -1, "tsp", "hourly", RegimenFixture.Today, RegimenFixture.Today.AddDays(-1), null);

        var result = Validator.ValidateNew(input, RegimenFixture.NoItems);

        Assert.Null(result.Value);
        Assert.Equal(["builtIn", "name", "kind", "stopDate", "dose", "unit", "schedule"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void ValidateNew_BuiltInTypedAsName_IsTheBuiltInWithItsCodes()
    {
        var item = RegimenFixture.Valid(Validator.ValidateNew(RegimenFixture.Custom("Duloxetine"), RegimenFixture.NoItems));

        Assert.Equal("med.duloxetine", item.Code);
        Assert.Equal("72625", item.RxNorm);
    }
}
