namespace FibroTrack.Core.Custom;

/// <summary>A custom variable as a person describes it.</summary>
/// <param name="Type">scale, count, minutes, yes-no, category, quantity or time-of-day.</param>
/// <param name="Kind">symptom, exposure or event.</param>
/// <param name="Options">Labels of the options, for a category.</param>
public sealed record CustomVariableInput(
    string? Name,
    string? Type,
    string? Kind,
    string? Unit,
    double? Min,
    double? Max,
    IReadOnlyList<string>? Options,
    string? Help);
