using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Clinical;

/// <summary>What a person may believe set off their symptoms: the infection types of the diary plus other common triggers.</summary>
public static class OnsetTriggers
{
    public static readonly IReadOnlyList<CategoryOption> All =
    [
        .. InfectionTypes.All,
        new("physical-injury", "Physical injury or accident"),
        new("surgery", "Surgery"),
        new("emotional-stress", "Emotional stress or trauma"),
        new("childbirth", "Pregnancy or childbirth"),
        new("other", "Something else"),
        new("unknown", "I don't know"),
    ];

    public static CategoryOption? Find(string? code) => All.FirstOrDefault(o => o.Code == code);
}

/// <summary>Infection types, shared by the diary's <c>event.infection-type</c> and infection episodes.</summary>
public static class InfectionTypes
{
    public static IReadOnlyList<CategoryOption> All =>
        VariableVocabulary.BuiltIn.Find(BuiltInVariables.InfectionType)!.Options;

    public static CategoryOption? Find(string? code) => All.FirstOrDefault(o => o.Code == code);
}
