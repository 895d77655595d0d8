using System.Globalization;
using FibroTrack.Core.Custom;
using FibroTrack.Core.Text;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Features.Import;

/// <summary>
/// Reads a generic long CSV (<c>date, variable, value[, unit]</c>, one observation a row) in one streaming pass.
/// A variable maps through the <see cref="CsvMapping"/>, else by being a code itself, else it becomes a custom variable
/// whose type is inferred from all its values. The same variable twice on one date with different values is an error.
/// </summary>
internal static class CsvLongReader
{
    public const string Source = "csv";
    private const string DateColumn = "date";
    private const string VariableColumn = "variable";
    private const string ValueColumn = "value";
    private const string UnitColumn = "unit";
    private const int MaxCategoryOptions = CustomVariableValidator.MaxOptions;

    /// <summary>What the values of a custom variable look like, to choose its type at the end.</summary>
    private sealed class Draft(string code, string name, VariableType? type, long line)
    {
        public string Code { get; } = code;

        public string Name { get; } = name;

        public VariableType? Type { get; } = type;

        public long Line { get; } = line;

        public string? Unit { get; set; }

        public bool AllFlags { get; set; } = true;

        public bool AllTimes { get; set; } = true;

        public bool AllNumbers { get; set; } = true;

        public bool AllWhole { get; set; } = true;

        public double Min { get; set; } = double.PositiveInfinity;

        public double Max { get; set; } = double.NegativeInfinity;

        public List<string> Texts { get; } = [];
    }

    public static async Task<ParsedFile> ReadAsync(Stream file, CsvMapping mapping, ImportOptions options, IProgress<long>? progress, CancellationToken ct)
    {
        var errors = new ImportErrors(options.MaxErrors);
        var skipped = new SkippedRows();
        var person = new PersonData(null);
        var drafts = new Dictionary<string, Draft>(StringComparer.Ordinal);
        var codes = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var rows = 0L;

        await using var hashing = new HashingStream(file, options.MaxBytes, progress);
        await using (var csv = new CsvRowReader(hashing, errors))
        {
            try
            {
                var columns = await csv.ReadHeaderAsync([DateColumn, VariableColumn, ValueColumn], [UnitColumn], ct);
                if (columns is not null)
                {
                    var unitAt = columns.GetValueOrDefault(UnitColumn, -1);
                    while (await csv.ReadAsync(ct))
                    {
                        rows++;
                        person.Rows++;
                        ReadRow(person, drafts, codes, mapping, csv.Line, csv[columns[DateColumn]], csv[columns[VariableColumn]],
                            csv[columns[ValueColumn]], unitAt < 0 ? string.Empty : csv[unitAt], options, errors, skipped);
                    }
                }
            }
            catch (ImportTooLargeException e)
            {
                errors.Add(csv.Line + 1, null, e.Message);
            }
        }

        Finish(person, drafts, errors);
        return new ParsedFile(Source, hashing.Sha256, hashing.BytesRead, rows, rows > 0 || errors.Count == 0 ? [person] : [], skipped, errors, [], 0);
    }

    private static void ReadRow(
        PersonData person, Dictionary<string, Draft> drafts, Dictionary<string, string?> codes, CsvMapping mapping, long line,
        string dateText, string variableText, string valueText, string unitText, ImportOptions options, ImportErrors errors, SkippedRows skipped)
    {
        var name = variableText.Trim();
        var text = valueText.Trim();
        var unit = unitText.Trim();
        if (!DateOnly.TryParseExact(dateText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(line, DateColumn, $"'{FlaredownReader.Shorten(dateText)}' is not a date as yyyy-MM-dd.");
            return;
        }

        if (name.Length == 0)
        {
            errors.Add(line, VariableColumn, "The variable is empty.");
            return;
        }

        if (text.Length == 0)
        {
            skipped.Add("csv", name, "empty value");
            return;
        }

        if (!codes.TryGetValue(name, out var code))
        {
            code = Resolve(name, mapping, drafts, line, options, errors);
            if (codes.Count < 100_000)
            {
                codes[name] = code;
            }
        }

        if (code is null)
        {
            skipped.Add("csv", name, "mapped to skip, or not a usable variable (see errors)");
            return;
        }

        if (drafts.TryGetValue(code, out var draft))
        {
            Observe(draft, text, unit);
        }
        else if (unit.Length > 0 && VariableVocabulary.BuiltIn.Find(code) is { Unit: { } expected } && expected != "{score}" && !string.Equals(unit, expected, StringComparison.Ordinal))
        {
            errors.Add(line, UnitColumn, $"{code} is recorded in {expected}, not '{FlaredownReader.Shorten(unit)}'.");
            return;
        }

        var day = person.Day(date, line);
        if (day.Values.TryGetValue(code, out var earlier))
        {
            if (!string.Equals(earlier.Value.Text, text, StringComparison.Ordinal))
            {
                errors.Add(line, ValueColumn, $"{FlaredownReader.Shorten(name)} on {date:yyyy-MM-dd} is also given on line {earlier.Line} with another value.");
            }

            return;
        }

        day.Values[code] = new SourceValue(new InputValue(InputValueKind.FormText, Text: text), line, ValueColumn);
    }

    /// <summary>The code a source name records under; <c>null</c> for a skipped name or one that cannot be a variable.</summary>
    private static string? Resolve(string name, CsvMapping mapping, Dictionary<string, Draft> drafts, long line, ImportOptions options, ImportErrors errors)
    {
        var target = mapping.Find(name) ?? (CsvMapping.IsCode(name) ? new MappingTarget(name, null, false) : new MappingTarget(null, null, false));
        if (target.Skip)
        {
            return null;
        }

        if (target.Code is not null)
        {
            return target.Code;
        }

        var label = name.Length > CustomVariableValidator.MaxNameLength ? name[..CustomVariableValidator.MaxNameLength].TrimEnd() : name;
        var key = Slug.KeyFor(label);
        if (key.Length == 0)
        {
            errors.Add(line, VariableColumn, $"'{FlaredownReader.Shorten(name)}' has no letter or digit to name a variable by.");
            return null;
        }

        var code = CustomVariableValidator.CodePrefix + key;
        if (drafts.ContainsKey(code))
        {
            return code;
        }

        if (drafts.Count >= options.MaxNewVariables)
        {
            errors.Add(line, VariableColumn, $"More than {options.MaxNewVariables} distinct new variables.");
            return null;
        }

        drafts[code] = new Draft(code, label, target.CustomType, line);
        return code;
    }

    private static void Observe(Draft draft, string text, string unit)
    {
        if (unit.Length > 0)
        {
            draft.Unit ??= unit;
        }

        draft.AllFlags &= IsFlag(text);
        draft.AllTimes &= TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            draft.AllWhole &= number == Math.Floor(number);
            draft.Min = Math.Min(draft.Min, number);
            draft.Max = Math.Max(draft.Max, number);
        }
        else
        {
            draft.AllNumbers = false;
        }

        if (draft.Texts.Count <= MaxCategoryOptions && !draft.Texts.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            draft.Texts.Add(text);
        }
    }

    private static bool IsFlag(string text) =>
        text.Equals("true", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase)
        || text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text.Equals("no", StringComparison.OrdinalIgnoreCase);

    /// <summary>Chooses each custom variable's type and bounds from all its values, then puts values in the form that type reads.</summary>
    private static void Finish(PersonData person, Dictionary<string, Draft> drafts, ImportErrors errors)
    {
        foreach (var draft in drafts.Values)
        {
            var type = draft.Type ?? Infer(draft);
            if (type is null)
            {
                errors.Add(draft.Line, VariableColumn, $"Cannot tell what type '{draft.Name}' is: its values are text with more than {MaxCategoryOptions} different values. Map it in the mapping file (or to skip).");
                continue;
            }

            double? min = null, max = null;
            string? unit = null;
            if (type is VariableType.Quantity or VariableType.Count)
            {
                // Bounds wide enough for every value seen, with room for later ones (docs/imports.md).
                var low = draft.AllNumbers && double.IsFinite(draft.Min) ? Math.Floor(draft.Min) : 0;
                var high = draft.AllNumbers && double.IsFinite(draft.Max) ? Math.Ceiling(draft.Max) : 1;
                min = Math.Min(0, low);
                max = Math.Max(type == VariableType.Count ? 100_000 : 1, high > 0 ? high * 2 : 1);
                max = Math.Min(max.Value, CustomVariableValidator.MaxMagnitude);
                unit = type == VariableType.Quantity ? draft.Unit ?? "1" : null;
            }

            var kind = type is VariableType.YesNo ? VariableKind.Exposure : VariableKind.Symptom;
            person.Variables[draft.Code] = new VariableDraft(draft.Code, draft.Name, type.Value, kind, unit, min, max, draft.Line, VariableColumn);
        }

        foreach (var day in person.Days.Values)
        {
            foreach (var (code, value) in day.Values.ToList())
            {
                if (!person.Variables.TryGetValue(code, out var variable))
                {
                    continue;
                }

                // Values are read as form text; flags in any case, category options by their code.
                var text = value.Value.Text ?? string.Empty;
                var normalized = variable.Type switch
                {
                    VariableType.YesNo => text.ToLowerInvariant(),
                    VariableType.Category => Slug.KeyFor(text),
                    _ => text,
                };
                day.Values[code] = value with { Value = new InputValue(InputValueKind.FormText, Text: normalized) };
            }
        }

        foreach (var draft in drafts.Values.Where(d => (d.Type ?? Infer(d)) == VariableType.Category))
        {
            if (person.Variables.TryGetValue(draft.Code, out var variable))
            {
                person.Variables[draft.Code] = variable with { Options = [.. draft.Texts] };
            }
        }
    }

    private static VariableType? Infer(Draft d) =>
        d.AllFlags ? VariableType.YesNo
        : d.AllTimes ? VariableType.TimeOfDay
        : d.AllNumbers && d.AllWhole && d.Min >= 0 && d.Max <= 10 ? VariableType.Scale
        : d.AllNumbers && d.AllWhole && d.Min >= 0 ? VariableType.Count
        : d.AllNumbers ? VariableType.Quantity
        : d.Texts.Count <= MaxCategoryOptions ? VariableType.Category
        : null;
}
