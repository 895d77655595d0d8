namespace FibroTrack.Core.Vocabulary;

/// <summary>One allowed value of a <see cref="VariableType.Category"/> variable.</summary>
/// <param name="Code">Stable machine value, stored and sent over the API.</param>
/// <param name="Label">What a person reads.</param>
/// <param name="Snomed">SNOMED CT concept where one exists (CLINICAL.md, "Codes").</param>
public sealed record CategoryOption(string Code, string Label, string? Snomed = null);
