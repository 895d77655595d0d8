using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Regimen;

/// <summary>How a regimen item appears in the vocabulary: a yes/no "taken today" on the check-in.</summary>
public static class RegimenVariables
{
    public static VariableDefinition Define(string code, string name) => new()
    {
        Code = code,
        Label = name,
        Kind = VariableKind.Treatment,
        Type = VariableType.YesNo,
        Section = DiarySection.Medications,
        Help = "Taken today",
        IsPersonal = true,
    };
}
