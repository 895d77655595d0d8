using FibroTrack.Core.Regimen;
using FibroTrack.Core.Text;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Regimen;

public sealed class RegimenVariablesTests
{
    [Fact]
    public void Define_RegimenItem_PersonalYesNoTreatmentInMedicationsSection()
    {
        var variable = RegimenVariables.Define("med.duloxetine", "Duloxetine");

        Assert.Equal("med.duloxetine", variable.Code);
        Assert.Equal("Duloxetine", variable.Label);
        Assert.Equal(VariableKind.Treatment, variable.Kind);
        Assert.Equal(VariableType.YesNo, variable.Type);
        Assert.Equal(DiarySection.Medications, variable.Section);
        Assert.True(variable.IsPersonal);
    }

    [Fact]
    public void Define_AddedToVocabulary_FoundByCode()
    {
        var vocabulary = VariableVocabulary.WithPersonal([RegimenVariables.Define("med.magnesium", "Magnesium")]);

        Assert.Equal("Magnesium", vocabulary.Find("med.magnesium")?.Label);
    }

    [Fact]
    public void BuiltInMedications_Keys_UniqueSlugs()
    {
        var keys = BuiltInMedications.All.Select(m => m.Key).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(keys, k => Assert.Equal(Slug.From(k), k));
    }

    [Fact]
    public void BuiltInMedications_DefaultUnits_AreKnownUnits()
    {
        Assert.All(BuiltInMedications.All, m => Assert.True(DoseUnits.IsKnown(m.DefaultUnit), m.Key));
    }
}
