namespace FibroTrack.Core.Vocabulary;

/// <summary>
/// One coded variable of the vocabulary: a built-in, a person's custom variable or a regimen item.
/// Every observation names one of these by <see cref="Code"/>.
/// </summary>
public sealed record VariableDefinition
{
    /// <summary>Stable code, lower-case, dot-separated (e.g. <c>symptom.fatigue</c>, <c>custom.work-hours</c>).</summary>
    public required string Code { get; init; }

    public required string Label { get; init; }

    public required VariableKind Kind { get; init; }

    public required VariableType Type { get; init; }

    public required DiarySection Section { get; init; }

    /// <summary>Smallest allowed value, for numeric types.</summary>
    public double? Min { get; init; }

    /// <summary>Largest allowed value, for numeric types.</summary>
    public double? Max { get; init; }

    /// <summary>UCUM unit of a numeric value (<c>min</c>, <c>h</c>, <c>{score}</c>, …).</summary>
    public string? Unit { get; init; }

    /// <summary>Allowed options of a category variable; empty otherwise.</summary>
    public IReadOnlyList<CategoryOption> Options { get; init; } = [];

    /// <summary>LOINC code, only where one was verified (CLINICAL.md, "Codes").</summary>
    public string? Loinc { get; init; }

    /// <summary>SNOMED CT concept, only where one was verified.</summary>
    public string? Snomed { get; init; }

    /// <summary>One short sentence shown under the control.</summary>
    public string? Help { get; init; }

    /// <summary>True for variables a person defined themselves or that come from their regimen.</summary>
    public bool IsPersonal { get; init; }

    /// <summary>Whether values are whole numbers.</summary>
    public bool IsWholeNumber => Type is VariableType.Scale or VariableType.Count or VariableType.Minutes;

    public CategoryOption? FindOption(string code) =>
        Options.FirstOrDefault(o => string.Equals(o.Code, code, StringComparison.Ordinal));
}
