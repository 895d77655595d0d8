using FibroTrack.Core.Custom;
using FibroTrack.Core.Diary;
using FibroTrack.Core.Regimen;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;
using FibroTrack.Data.Entities;

namespace FibroTrack.Features.Import;

/// <summary>What the person's account already holds, as far as planning an import needs it.</summary>
/// <param name="OwnerId">The account, or <c>null</c> for one the import will create.</param>
internal sealed record ExistingState(
    string? OwnerId,
    string? Email,
    IReadOnlyList<CustomVariable> Custom,
    IReadOnlyList<RegimenItem> Regimen,
    IReadOnlySet<DateOnly> Dates,
    bool AlreadyImported)
{
    public static ExistingState NewAccount(string email) => new(null, email, [], [], new HashSet<DateOnly>(), false);
}

/// <summary>A new regimen item with the dose changes the file records after its first day.</summary>
internal sealed record PlannedRegimen(string Code, RegimenItemInput Input, IReadOnlyList<DoseChangeInput> Changes);

/// <summary>One person's part of an import, validated and ready to write.</summary>
/// <param name="Selection">With the source and the file's SHA-256, the key that makes a repeat a no-op.</param>
internal sealed record PreparedPerson(
    PersonPlan Plan,
    string? OwnerId,
    string Selection,
    IReadOnlyList<DiaryDay> Days,
    IReadOnlyList<CustomVariableInput> NewVariables,
    IReadOnlyList<PlannedRegimen> NewRegimen);

/// <summary>
/// Turns what a reader accumulated for one person into validated diary days, custom variables and regimen items, by
/// the same validators a person's own entries go through. Pure: the account's current state comes in as
/// <see cref="ExistingState"/>.
/// </summary>
internal static class ImportPlanner
{
    public static PreparedPerson Plan(
        PersonData data, ExistingState existing, string source, string selection, string dateColumn, TimeProvider clock, ImportErrors errors)
    {
        var customByCode = existing.Custom.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var regimenByCode = existing.Regimen.ToDictionary(r => r.Code, StringComparer.Ordinal);

        // Custom variables: reuse the person's own of the same code and type, create the rest.
        var newVariables = new List<CustomVariableInput>();
        var newDefinitions = new List<VariableDefinition>();
        var plannedVariables = new List<PlannedVariable>();
        var taken = existing.Custom.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var draft in data.Variables.Values.OrderBy(v => v.Line))
        {
            if (customByCode.TryGetValue(draft.Code, out var own))
            {
                if (own.Type != draft.Type)
                {
                    errors.Add(draft.Line, draft.Column,
                        $"'{draft.Name}' is already one of your variables ({draft.Code}) as {CustomVariableValidator.TypeName(own.Type)}, but the file needs {CustomVariableValidator.TypeName(draft.Type)}.");
                }

                continue;
            }

            var input = new CustomVariableInput(
                draft.Name, CustomVariableValidator.TypeName(draft.Type), CustomVariableValidator.KindName(draft.Kind),
                draft.Unit, draft.Min, draft.Max, draft.Type == VariableType.Category ? draft.Options : null, null);
            var result = CustomVariableValidator.Validate(input, taken);
            if (!result.IsValid || result.Value!.Code != draft.Code)
            {
                foreach (var e in result.Errors)
                {
                    errors.Add(draft.Line, draft.Column, $"New variable '{draft.Name}': {e.Field}: {e.Message}");
                }

                continue;
            }

            taken.Add(draft.Code);
            newVariables.Add(input);
            newDefinitions.Add(result.Value);
            plannedVariables.Add(new PlannedVariable(draft.Code, draft.Name, input.Type!, input.Kind!, result.Value.Unit));
        }

        // Regimen items: a treatment already in the regimen is only marked taken; a new one starts on its first day.
        var validator = new RegimenValidator(clock);
        var newRegimen = new List<PlannedRegimen>();
        var plannedRegimen = new List<PlannedRegimenItem>();
        var regimenCodes = existing.Regimen.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var draft in data.Regimen.Values.OrderBy(r => r.Line))
        {
            var start = draft.Days.Min();
            if (regimenByCode.TryGetValue(draft.Code, out var item))
            {
                var current = item.DoseOn(start);
                plannedRegimen.Add(new PlannedRegimenItem(draft.Code, item.Name, true, item.StartDate, current?.Dose ?? 0, current?.Unit ?? string.Empty, 0, draft.Days.Count));
                continue;
            }

            var (dose, unit) = draft.Doses.Count > 0 ? draft.Doses.First().Value : (1, "{tablet}");
            var notes = draft.FirstDoseText is { } text
                ? $"Imported from {source}; dose as first recorded: {text}."
                : $"Imported from {source} without a dose: 1 tablet is a placeholder.";
            var itemInput = new RegimenItemInput(null, draft.Name, null, dose, unit, "once-daily", start, null, notes);
            var result = validator.ValidateNew(itemInput, regimenCodes);
            if (!result.IsValid || result.Value!.Code != draft.Code)
            {
                foreach (var e in result.Errors)
                {
                    errors.Add(draft.Line, draft.Column, $"Regimen item '{draft.Name}': {e.Field}: {e.Message}");
                }

                continue;
            }

            var changes = new List<DoseChangeInput>();
            var previous = (dose, unit);
            foreach (var (date, next) in draft.Doses)
            {
                if (date > start && next != previous)
                {
                    changes.Add(new DoseChangeInput(date, next.Dose, next.Unit, null));
                    previous = next;
                }
            }

            regimenCodes.Add(draft.Code);
            newRegimen.Add(new PlannedRegimen(draft.Code, itemInput, changes));
            plannedRegimen.Add(new PlannedRegimenItem(draft.Code, draft.Name, false, start, dose, unit, changes.Count, draft.Days.Count));
        }

        var vocabulary = VariableVocabulary.WithPersonal(
            existing.Regimen.Select(r => RegimenVariables.Define(r.Code, r.Name))
                .Concat(newRegimen.Select(r => RegimenVariables.Define(r.Code, r.Input.Name!)))
                .Concat(existing.Custom.Select(c => c.ToDefinition()))
                .Concat(newDefinitions));

        // Days: each through the diary's own validator; a problem points back at the row that gave the value.
        var diary = new DiaryValidator(vocabulary, clock);
        var days = new List<DiaryDay>(data.Days.Count);
        var observations = 0L;
        var merged = 0;
        foreach (var (date, day) in data.Days.OrderBy(d => d.Key))
        {
            var values = new Dictionary<string, InputValue>(day.Values.Count, StringComparer.Ordinal);
            var ok = true;
            foreach (var (code, value) in day.Values)
            {
                values[code] = value.Value;
                if (vocabulary.Find(code) is not null)
                {
                    continue;
                }

                // A variable or item of the file that failed its own validation was reported there already.
                if (!data.Variables.ContainsKey(code) && !data.Regimen.ContainsKey(code))
                {
                    errors.Add(value.Line, string.Equals(source, CsvLongReader.Source, StringComparison.OrdinalIgnoreCase) ? "variable" : value.Column, $"Unknown variable code '{code}'. GET /api/v1/vocabulary lists the codes you can use.");
                }

                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            var tags = day.Tags ?? [];
            var result = diary.Validate(new DiaryDayInput { Date = date, Values = values, Tags = [.. tags.Select(t => t.Tag)] });
            if (!result.IsValid)
            {
                foreach (var e in result.Errors)
                {
                    var (line, column) = Locate(e.Field, day, tags, dateColumn);
                    errors.Add(line, column, e.Message);
                }

                continue;
            }

            days.Add(result.Value!);
            observations += result.Value!.ToObservations().Count;
            merged += existing.Dates.Contains(date) ? 1 : 0;
        }

        var plan = new PersonPlan(
            data.SourceUser,
            existing.Email,
            existing.OwnerId is null,
            data.Rows,
            days.Count > 0 ? days[0].Date : null,
            days.Count > 0 ? days[^1].Date : null,
            days.Count - merged,
            merged,
            observations,
            plannedVariables,
            plannedRegimen,
            existing.AlreadyImported);
        return new PreparedPerson(plan, existing.OwnerId, selection, days, newVariables, newRegimen);
    }

    /// <summary>The line and column behind a diary validation error's field.</summary>
    private static (long Line, string? Column) Locate(string field, DayData day, List<(string Tag, long Line, string Column)> tags, string dateColumn)
    {
        if (field.StartsWith("values[", StringComparison.Ordinal) && field.EndsWith(']')
            && day.Values.TryGetValue(field[7..^1], out var value))
        {
            return (value.Line, value.Column);
        }

        if (field.StartsWith("tags[", StringComparison.Ordinal) && field.EndsWith(']')
            && int.TryParse(field[5..^1], System.Globalization.CultureInfo.InvariantCulture, out var i) && i < tags.Count)
        {
            return (tags[i].Line, tags[i].Column);
        }

        if (field == "tags" && tags.Count > 0)
        {
            return (tags[^1].Line, tags[^1].Column);
        }

        return (day.Line, field == "date" ? dateColumn : null);
    }
}
