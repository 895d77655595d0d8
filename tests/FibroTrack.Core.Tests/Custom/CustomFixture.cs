using FibroTrack.Core.Custom;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Tests.Custom;

internal static class CustomFixture
{
    public static readonly IReadOnlySet<string> NothingTaken = new HashSet<string>(StringComparer.Ordinal);

    public static CustomVariableInput Input(
        string? name = "Work hours",
        string? type = "scale",
        string? kind = null,
        string? unit = null,
        double? min = null,
        double? max = null,
        IReadOnlyList<string>? options = null,
        string? help = null) =>
        new(name, type, kind, unit, min, max, options, help);

    public static ValidationResult<VariableDefinition> Validate(CustomVariableInput input, IReadOnlySet<string>? taken = null) =>
        CustomVariableValidator.Validate(input, taken ?? NothingTaken);

    public static VariableDefinition Valid(CustomVariableInput input)
    {
        var result = Validate(input);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        Assert.Empty(result.Errors);
        return result.Value!;
    }

    public static ValidationError SingleError(CustomVariableInput input, IReadOnlySet<string>? taken = null)
    {
        var result = Validate(input, taken);
        Assert.Null(result.Value);
        return Assert.Single(result.Errors);
    }
}
