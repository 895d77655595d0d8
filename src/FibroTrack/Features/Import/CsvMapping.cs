using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using FibroTrack.Core.Custom;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Features.Import;

/// <summary>What one source variable of a long CSV becomes.</summary>
/// <param name="Code">A vocabulary code (built-in or the person's own); <c>null</c> for a new custom variable or a skipped one.</param>
/// <param name="CustomType">The type of a new custom variable; <c>null</c> with <paramref name="Code"/> null means "infer from the values".</param>
internal sealed record MappingTarget(string? Code, VariableType? CustomType, bool Skip);

/// <summary>
/// The mapping file of a long CSV: a JSON object from source variable name to target, e.g.
/// <c>{"Pain level": "symptom.pain", "Work hours": "custom:quantity", "Mood emoji": "skip"}</c>. Names match
/// case-insensitively. Targets: a vocabulary code, <c>custom</c> (infer the type), <c>custom:&lt;type&gt;</c> with a
/// custom variable type name (<c>scale</c>, <c>count</c>, <c>minutes</c>, <c>yes-no</c>, <c>category</c>,
/// <c>quantity</c>, <c>time-of-day</c>), or <c>skip</c>.
/// </summary>
internal sealed partial class CsvMapping
{
    public const int MaxBytes = 1 << 20;

    private readonly Dictionary<string, MappingTarget> _targets;

    private CsvMapping(Dictionary<string, MappingTarget> targets, string digest)
    {
        _targets = targets;
        Digest = digest;
    }

    public static CsvMapping Empty { get; } = new(new(StringComparer.OrdinalIgnoreCase), string.Empty);

    /// <summary>A short digest of the mapping file: part of an import's key, since another mapping makes another import.</summary>
    public string Digest { get; }

    public MappingTarget? Find(string name) => _targets.GetValueOrDefault(name);

    /// <summary>Reads a mapping file; problems are reported against the mapping (line 0, column "mapping[name]").</summary>
    public static CsvMapping? Parse(ReadOnlySpan<byte> json, ImportErrors errors)
    {
        if (json.Length > MaxBytes)
        {
            errors.Add(0, "mapping", $"The mapping file is larger than {MaxBytes:N0} bytes.");
            return null;
        }

        Dictionary<string, string>? raw;
        try
        {
            raw = JsonSerializer.Deserialize<Dictionary<string, string>>(json);
        }
        catch (JsonException e)
        {
            errors.Add(0, "mapping", $"The mapping is not a JSON object of names to targets: {e.Message}");
            return null;
        }

        var targets = new Dictionary<string, MappingTarget>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, target) in raw ?? [])
        {
            var key = name.Trim();
            var value = target?.Trim() ?? string.Empty;
            MappingTarget? parsed = value switch
            {
                "skip" => new MappingTarget(null, null, Skip: true),
                "custom" => new MappingTarget(null, null, Skip: false),
                _ when value.StartsWith("custom:", StringComparison.Ordinal) =>
                    CustomVariableValidator.Types.Where(t => t.Name == value["custom:".Length..]).Select(t => new MappingTarget(null, t.Type, false)).FirstOrDefault(),
                _ when value.Contains('.', StringComparison.Ordinal) && value.Length <= 100 => new MappingTarget(value, null, false),
                _ => null,
            };
            if (parsed is null)
            {
                errors.Add(0, $"mapping[{FlaredownReader.Shorten(key)}]",
                    $"'{FlaredownReader.Shorten(value)}' is not a target: give a variable code, custom, custom:<{string.Join("|", CustomVariableValidator.Types.Select(t => t.Name))}> or skip.");
            }
            else if (!targets.TryAdd(key, parsed))
            {
                errors.Add(0, $"mapping[{FlaredownReader.Shorten(key)}]", "The name is mapped twice.");
            }
        }

        return new CsvMapping(targets, Convert.ToHexStringLower(SHA256.HashData(json))[..16]);
    }

    /// <summary>
    /// Whether a source name is meant as a code (<c>symptom.pain</c>, <c>custom.work-hours</c>): lower-case words joined by
    /// dots. Such a name is never turned into a new custom variable, so a mistyped code is reported, not silently created.
    /// </summary>
    public static bool IsCode(string name) => CodePattern().IsMatch(name);

    [GeneratedRegex(@"^[a-z0-9-]+(\.[a-z0-9-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
