namespace FibroTrack.Core.Vocabulary;

/// <summary>
/// The variables one person can record: the built-ins plus their own custom variables and regimen items.
/// Immutable; build a new one when the person's definitions change.
/// </summary>
public sealed class VariableVocabulary
{
    private readonly Dictionary<string, VariableDefinition> _byCode;

    private VariableVocabulary(IReadOnlyList<VariableDefinition> variables)
    {
        Variables = variables;
        _byCode = new Dictionary<string, VariableDefinition>(variables.Count, StringComparer.Ordinal);
        foreach (var v in variables)
        {
            if (!_byCode.TryAdd(v.Code, v))
            {
                throw new ArgumentException($"Duplicate variable code '{v.Code}'.", nameof(variables));
            }
        }
    }

    /// <summary>The built-in vocabulary alone.</summary>
    public static VariableVocabulary BuiltIn { get; } = new(BuiltInVariables.All);

    /// <summary>All variables in display order: built-ins first, then personal ones.</summary>
    public IReadOnlyList<VariableDefinition> Variables { get; }

    public VariableDefinition? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The built-ins extended with a person's own variables (custom variables and regimen items).</summary>
    public static VariableVocabulary WithPersonal(IEnumerable<VariableDefinition> personal) =>
        new([.. BuiltInVariables.All, .. personal]);

    public IEnumerable<VariableDefinition> InSection(DiarySection section) =>
        Variables.Where(v => v.Section == section);
}
