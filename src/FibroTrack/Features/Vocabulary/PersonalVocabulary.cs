using FibroTrack.Core.Regimen;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Data.Entities;

namespace FibroTrack.Features.Vocabulary;

/// <summary>One person's vocabulary with what the check-in needs to decide what to show.</summary>
public sealed class PersonalVocabulary(IReadOnlyList<CustomVariable> custom, IReadOnlyList<RegimenItem> regimen)
{
    public VariableVocabulary Variables { get; } = VariableVocabulary.WithPersonal(
        regimen.Select(r => RegimenVariables.Define(r.Code, r.Name))
            .Concat(custom.Select(c => c.ToDefinition())));

    public IReadOnlyList<CustomVariable> Custom { get; } = custom;

    public IReadOnlyList<RegimenItem> Regimen { get; } = regimen;

    /// <summary>Whether the check-in offers this personal variable on <paramref name="date"/>.</summary>
    public bool IsOffered(VariableDefinition variable, DateOnly date)
    {
        if (variable.Section == DiarySection.Medications)
        {
            return Regimen.Any(r => r.Code == variable.Code && r.IsActiveOn(date));
        }

        return variable.Section != DiarySection.Custom || Custom.Any(c => c.Code == variable.Code && !c.Archived);
    }
}
