using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Vocabulary;

/// <summary>The built-in vocabulary: stable codes and the types the diary relies on.</summary>
public sealed class VocabularyTests
{
    private static readonly VariableVocabulary BuiltIn = VariableVocabulary.BuiltIn;

    [Fact]
    public void BuiltIn_Codes_Unique()
    {
        var codes = BuiltInVariables.All.Select(v => v.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void BuiltIn_Codes_LowerCaseDotSeparated()
    {
        Assert.All(BuiltInVariables.All, v => Assert.Matches("^[a-z0-9]+(\\.[a-z0-9-]+)+$", v.Code));
    }

    [Fact]
    public void BuiltIn_NoVariableIsPersonal()
    {
        Assert.DoesNotContain(BuiltInVariables.All, v => v.IsPersonal);
    }

    [Fact]
    public void BuiltIn_Scales_ZeroToTen()
    {
        var scales = BuiltInVariables.All.Where(v => v.Type == VariableType.Scale).ToList();

        Assert.NotEmpty(scales);
        Assert.All(scales, v => Assert.Equal((0.0, 10.0), (v.Min, v.Max)));
    }

    [Fact]
    public void BuiltIn_EveryBodyArea_YesNoInPainSection()
    {
        Assert.All(BodyAreas.All, a =>
        {
            var v = BuiltIn.Find(a.Code)!;
            Assert.Equal((VariableType.YesNo, DiarySection.Pain), (v.Type, v.Section));
        });
    }

    [Fact]
    public void BuiltIn_EveryActivityType_MinutesUpToADay()
    {
        Assert.All(ActivityTypes.All, t =>
        {
            var v = BuiltIn.Find(t.Code)!;
            Assert.Equal((VariableType.Minutes, 0.0, 1440.0), (v.Type, v.Min, v.Max));
        });
    }

    [Fact]
    public void BuiltIn_Pain_ScaleWithLoinc()
    {
        var pain = BuiltIn.Find(BuiltInVariables.Pain)!;

        // LOINC 72514-3 "Pain severity - 0-10 verbal numeric rating [Score] - Reported" (CLINICAL.md, "Codes").
        Assert.Equal((VariableType.Scale, VariableKind.Symptom, "72514-3"), (pain.Type, pain.Kind, pain.Loinc));
    }

    [Fact]
    public void BuiltIn_SleepHours_QuantityInHoursUpToADay()
    {
        var hours = BuiltIn.Find(BuiltInVariables.SleepHours)!;

        Assert.Equal((VariableType.Quantity, 0.0, 24.0, "h"), (hours.Type, hours.Min, hours.Max, hours.Unit));
    }

    [Fact]
    public void BuiltIn_ClockTimes_MinutesAfterMidnight()
    {
        var bedtime = BuiltIn.Find(BuiltInVariables.Bedtime)!;

        Assert.Equal((VariableType.TimeOfDay, 0.0, 1439.0), (bedtime.Type, bedtime.Min, bedtime.Max));
    }

    [Fact]
    public void BuiltIn_InfectionType_TriggersOfTheSourceArticle()
    {
        var infection = BuiltIn.Find(BuiltInVariables.InfectionType)!;

        Assert.Equal(VariableType.Category, infection.Type);
        Assert.Equal(["ebv", "lyme", "covid-19", "influenza", "other-viral", "other-bacterial"], infection.Options.Select(o => o.Code));
        // SNOMED CT 840539006 "Disease caused by SARS-CoV-2" (CLINICAL.md, "Codes").
        Assert.Equal("840539006", infection.FindOption("covid-19")?.Snomed);
    }

    [Fact]
    public void BuiltIn_NonCategory_HasNoOptions()
    {
        Assert.All(BuiltInVariables.All.Where(v => v.Type != VariableType.Category), v => Assert.Empty(v.Options));
    }

    [Theory]
    [InlineData(VariableType.Scale, true)]
    [InlineData(VariableType.Count, true)]
    [InlineData(VariableType.Minutes, true)]
    [InlineData(VariableType.Quantity, false)]
    [InlineData(VariableType.YesNo, false)]
    [InlineData(VariableType.Category, false)]
    [InlineData(VariableType.TimeOfDay, false)]
    public void IsWholeNumber_ByType(VariableType type, bool expected)
    {
        var variable = new VariableDefinition { Code = "x.y", Label = "X", Kind = VariableKind.Symptom, Type = type, Section = DiarySection.Custom };

        Assert.Equal(expected, variable.IsWholeNumber);
    }

    [Fact]
    public void Find_UnknownCode_Null()
    {
        Assert.Null(BuiltIn.Find("symptom.unknown"));
    }

    [Fact]
    public void Find_OtherCase_Null()
    {
        Assert.Null(BuiltIn.Find("SYMPTOM.PAIN"));
    }

    [Fact]
    public void InSection_Sleep_InDisplayOrder()
    {
        Assert.Equal(
            [BuiltInVariables.SleepHours, BuiltInVariables.SleepQuality, BuiltInVariables.Bedtime, BuiltInVariables.WakeTime, BuiltInVariables.ScreensBeforeBed],
            BuiltIn.InSection(DiarySection.Sleep).Select(v => v.Code));
    }

    [Fact]
    public void InSection_Pain_OverallPainThenNineteenAreas()
    {
        var pain = BuiltIn.InSection(DiarySection.Pain).Select(v => v.Code).ToList();

        Assert.Equal([BuiltInVariables.Pain, .. BodyAreas.All.Select(a => a.Code)], pain);
    }

    [Fact]
    public void WithPersonal_PersonalVariables_AfterBuiltIns()
    {
        var custom = new VariableDefinition
        {
            Code = "custom.work", Label = "Work", Kind = VariableKind.Exposure, Type = VariableType.YesNo,
            Section = DiarySection.Custom, IsPersonal = true,
        };

        var vocabulary = VariableVocabulary.WithPersonal([custom]);

        Assert.Equal(BuiltInVariables.All.Count + 1, vocabulary.Variables.Count);
        Assert.Same(custom, vocabulary.Variables[^1]);
        Assert.Same(custom, vocabulary.Find("custom.work"));
        Assert.Null(VariableVocabulary.BuiltIn.Find("custom.work"));
    }

    [Fact]
    public void WithPersonal_DuplicatePersonalCode_Throws()
    {
        var custom = new VariableDefinition
        {
            Code = "custom.work", Label = "Work", Kind = VariableKind.Exposure, Type = VariableType.YesNo, Section = DiarySection.Custom,
        };

        var ex = Assert.Throws<ArgumentException>(() => VariableVocabulary.WithPersonal([custom, custom with { Label = "Work again" }]));

        Assert.Contains("custom.work", ex.Message);
    }

    [Fact]
    public void WithPersonal_CodeOfABuiltIn_Throws()
    {
        var clash = new VariableDefinition
        {
            Code = BuiltInVariables.Pain, Label = "My pain", Kind = VariableKind.Symptom, Type = VariableType.Scale, Section = DiarySection.Custom,
        };

        Assert.Throws<ArgumentException>(() => VariableVocabulary.WithPersonal([clash]));
    }
}
