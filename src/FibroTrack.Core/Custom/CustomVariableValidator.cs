using FibroTrack.Core.Text;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Custom;

/// <summary>Checks a custom variable and turns it into a <see cref="VariableDefinition"/> with code <c>custom.{slug}</c>.</summary>
public static class CustomVariableValidator
{
    public const string CodePrefix = "custom.";
    public const int MaxNameLength = 60;
    public const int MaxOptions = 20;
    public const int MaxUnitLength = 20;
    public const double MaxMagnitude = 1e9;

    /// <summary>The wire names of the types a custom variable can have.</summary>
    public static readonly IReadOnlyList<(string Name, VariableType Type)> Types =
    [
        ("scale", VariableType.Scale),
        ("count", VariableType.Count),
        ("minutes", VariableType.Minutes),
        ("yes-no", VariableType.YesNo),
        ("category", VariableType.Category),
        ("quantity", VariableType.Quantity),
        ("time-of-day", VariableType.TimeOfDay),
    ];

    public static readonly IReadOnlyList<(string Name, VariableKind Kind)> Kinds =
    [
        ("symptom", VariableKind.Symptom),
        ("exposure", VariableKind.Exposure),
        ("event", VariableKind.Event),
    ];

    public static string TypeName(VariableType type) => Types.First(t => t.Type == type).Name;

    public static string KindName(VariableKind kind) => Kinds.FirstOrDefault(k => k.Kind == kind).Name ?? kind.ToString().ToLowerInvariant();

    /// <param name="takenCodes">Codes the person already uses, archived ones included.</param>
    public static ValidationResult<VariableDefinition> Validate(CustomVariableInput input, IReadOnlySet<string> takenCodes)
    {
        var errors = new List<ValidationError>();
        var name = input.Name?.Trim() ?? string.Empty;
        var code = CodePrefix + Slug.KeyFor(name);
        if (name.Length == 0)
        {
            errors.Add(new("name", "Give the variable a name."));
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(new("name", $"A name can be at most {MaxNameLength} characters."));
        }
        else if (code == CodePrefix)
        {
            errors.Add(new("name", "A name needs at least one letter or digit."));
        }
        else if (takenCodes.Contains(code))
        {
            errors.Add(new("name", $"You already have a variable called '{name}'."));
        }

        var typeMatch = Types.Where(t => t.Name == input.Type).ToList();
        if (typeMatch.Count == 0)
        {
            errors.Add(new("type", $"Type must be one of: {string.Join(", ", Types.Select(t => t.Name))}."));
        }

        var kindMatch = Kinds.Where(k => k.Name == (input.Kind ?? "symptom")).ToList();
        if (kindMatch.Count == 0)
        {
            errors.Add(new("kind", $"Kind must be one of: {string.Join(", ", Kinds.Select(k => k.Name))}."));
        }

        var help = string.IsNullOrWhiteSpace(input.Help) ? null : input.Help.Trim();
        if (help is { Length: > 200 })
        {
            errors.Add(new("help", "Help text can be at most 200 characters."));
        }

        if (errors.Count > 0 && typeMatch.Count == 0)
        {
            return ValidationResult<VariableDefinition>.Invalid(errors);
        }

        var type = typeMatch[0].Type;
        var (min, max, unit) = Bounds(type, input, errors);
        var options = type == VariableType.Category ? CheckOptions(input.Options, errors) : [];
        if (type != VariableType.Category && input.Options is { Count: > 0 })
        {
            errors.Add(new("options", "Only a category variable has options."));
        }

        if (errors.Count > 0)
        {
            return ValidationResult<VariableDefinition>.Invalid(errors);
        }

        return ValidationResult<VariableDefinition>.Valid(new VariableDefinition
        {
            Code = code,
            Label = name,
            Kind = kindMatch[0].Kind,
            Type = type,
            Section = DiarySection.Custom,
            Min = min,
            Max = max,
            Unit = unit,
            Options = options,
            Help = help,
            IsPersonal = true,
        });
    }

    private static (double? Min, double? Max, string? Unit) Bounds(VariableType type, CustomVariableInput input, List<ValidationError> errors)
    {
        switch (type)
        {
            case VariableType.Scale:
                return (0, 10, "{score}");
            case VariableType.Minutes:
                return (0, 1440, "min");
            case VariableType.TimeOfDay:
                return (0, 1439, "min");
            case VariableType.YesNo or VariableType.Category:
                return (null, null, null);
            case VariableType.Count:
                if (input.Min is < 0 || input.Min is { } lo && lo != Math.Floor(lo) || input.Max is { } hi && hi != Math.Floor(hi))
                {
                    errors.Add(new(input.Min is < 0 || input.Min is { } l && l != Math.Floor(l) ? "min" : "max", "A count's bounds are whole numbers, 0 or more."));
                }

                return CheckRange(input.Min ?? 0, input.Max ?? 100_000, "{count}", errors);
            default:
                var unit = input.Unit?.Trim();
                if (string.IsNullOrEmpty(unit) || unit.Length > MaxUnitLength || unit.Any(char.IsWhiteSpace))
                {
                    errors.Add(new("unit", $"A quantity needs a unit of at most {MaxUnitLength} characters without spaces (a UCUM code such as kg, h or mg/L)."));
                }

                if (input.Min is null || input.Max is null)
                {
                    errors.Add(new(input.Min is null ? "min" : "max", "A quantity needs both a smallest and a largest allowed value."));
                    return (null, null, unit);
                }

                return CheckRange(input.Min.Value, input.Max.Value, unit, errors);
        }
    }

    private static (double?, double?, string?) CheckRange(double min, double max, string? unit, List<ValidationError> errors)
    {
        if (!double.IsFinite(min) || Math.Abs(min) > MaxMagnitude)
        {
            errors.Add(new("min", $"The smallest value must be a number within ±{MaxMagnitude:0e0}."));
        }
        else if (!double.IsFinite(max) || Math.Abs(max) > MaxMagnitude)
        {
            errors.Add(new("max", $"The largest value must be a number within ±{MaxMagnitude:0e0}."));
        }
        else if (max <= min)
        {
            errors.Add(new("max", "The largest value must be above the smallest."));
        }

        return (min, max, unit);
    }

    private static List<CategoryOption> CheckOptions(IReadOnlyList<string>? labels, List<ValidationError> errors)
    {
        var options = new List<CategoryOption>();
        if (labels is null || labels.Count < 2 || labels.Count > MaxOptions)
        {
            errors.Add(new("options", $"A category needs from 2 to {MaxOptions} options."));
            return options;
        }

        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i]?.Trim() ?? string.Empty;
            var slug = Slug.KeyFor(label);
            if (slug.Length == 0 || label.Length > 40)
            {
                errors.Add(new($"options[{i}]", "An option needs 1 to 40 characters with at least one letter or digit."));
            }
            else if (options.Any(o => o.Code == slug))
            {
                errors.Add(new($"options[{i}]", $"'{label}' is listed twice."));
            }
            else
            {
                options.Add(new CategoryOption(slug, label));
            }
        }

        return options;
    }
}
