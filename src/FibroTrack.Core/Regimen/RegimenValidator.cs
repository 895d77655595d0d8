using FibroTrack.Core.Diary;
using FibroTrack.Core.Text;
using FibroTrack.Core.Validation;

namespace FibroTrack.Core.Regimen;

/// <summary>Checks regimen input: new items, dose changes and stop dates.</summary>
public sealed class RegimenValidator(TimeProvider clock)
{
    public const int MaxNameLength = 80;
    public const int MaxNotesLength = 1000;

    /// <summary>A sanity bound on a dose in any unit; it catches typos, not clinical limits.</summary>
    public const double MaxDose = 1_000_000;

    /// <param name="existingCodes">Codes of the person's current items: a second item with the same code is refused.</param>
    public ValidationResult<RegimenItemSpec> ValidateNew(RegimenItemInput input, IReadOnlySet<string> existingCodes)
    {
        var errors = new List<ValidationError>();
        BuiltInMedication? builtIn = null;
        if (input.BuiltIn is not null)
        {
            builtIn = BuiltInMedications.Find(input.BuiltIn);
            if (builtIn is null)
            {
                errors.Add(new("builtIn", $"Unknown built-in '{input.BuiltIn}'. Use one of: {string.Join(", ", BuiltInMedications.All.Select(m => m.Key))}, or leave it out and give a name."));
            }
        }

        var name = input.Name?.Trim();
        if (builtIn is null && input.BuiltIn is null && !string.IsNullOrEmpty(name))
        {
            // A built-in typed by name ("Duloxetine") is the built-in, with its codes.
            builtIn = BuiltInMedications.Find(Slug.From(name));
        }
        if (string.IsNullOrEmpty(name))
        {
            name = builtIn?.Name;
        }

        string? code = null;
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(new("name", "Give the medication or supplement a name."));
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(new("name", $"A name can be at most {MaxNameLength} characters."));
        }
        else
        {
            var key = builtIn?.Key ?? Slug.KeyFor(name);
            if (key.Length == 0)
            {
                errors.Add(new("name", "A name needs at least one letter or digit."));
            }
            else
            {
                code = "med." + key;
                if (existingCodes.Contains(code))
                {
                    errors.Add(new("name", $"'{name}' is already in your regimen. Record a dose change on it instead."));
                }
            }
        }

        var kind = builtIn?.Kind ?? RegimenKind.Medication;
        if (input.Kind is not null && !TryParseKind(input.Kind, out kind))
        {
            errors.Add(new("kind", "Kind must be medication or supplement."));
        }

        var start = input.StartDate ?? Today();
        CheckDate("startDate", start, errors);
        if (input.StopDate is { } stop && stop < start)
        {
            errors.Add(new("stopDate", "The stop date cannot be before the start date."));
        }

        var notes = CheckNotes(input.Notes, errors);
        var dose = CheckDose(input.Dose, input.Unit ?? builtIn?.DefaultUnit, input.Schedule ?? "once-daily", start, errors);

        return errors.Count > 0
            ? ValidationResult<RegimenItemSpec>.Invalid(errors)
            : ValidationResult<RegimenItemSpec>.Valid(new RegimenItemSpec(code!, name!, kind, builtIn?.RxNorm, start, input.StopDate, notes, dose!));
    }

    /// <summary>Checks a dose change on an item taken from <paramref name="itemStart"/> to <paramref name="itemStop"/>.</summary>
    public ValidationResult<DoseSpec> ValidateDoseChange(DoseChangeInput input, DateOnly itemStart, DateOnly? itemStop, DoseSpec current)
    {
        var errors = new List<ValidationError>();
        var from = input.EffectiveFrom ?? Today();
        CheckDate("effectiveFrom", from, errors);
        if (from < itemStart)
        {
            errors.Add(new("effectiveFrom", $"A dose change cannot take effect before the item started ({itemStart:yyyy-MM-dd})."));
        }
        else if (itemStop is { } stop && from > stop)
        {
            errors.Add(new("effectiveFrom", $"A dose change cannot take effect after the item was stopped ({stop:yyyy-MM-dd})."));
        }

        var dose = CheckDose(input.Dose, input.Unit ?? current.Unit, input.Schedule ?? current.Schedule, from, errors);
        return errors.Count > 0 ? ValidationResult<DoseSpec>.Invalid(errors) : ValidationResult<DoseSpec>.Valid(dose!);
    }

    /// <summary>Checks a stop date for an item that started on <paramref name="itemStart"/>.</summary>
    public static IReadOnlyList<ValidationError> ValidateStop(DateOnly? stopDate, DateOnly itemStart)
    {
        var errors = new List<ValidationError>();
        if (stopDate is not { } stop)
        {
            return errors;
        }

        // A stop date may lie ahead (a course that ends on Friday), as it may when an item is created.
        if (stop < DiaryLimits.EarliestDate)
        {
            errors.Add(new("stopDate", $"Dates before {DiaryLimits.EarliestDate:yyyy-MM-dd} are not accepted."));
        }
        else if (stop < itemStart)
        {
            errors.Add(new("stopDate", $"The stop date cannot be before the start date ({itemStart:yyyy-MM-dd})."));
        }

        return errors;
    }

    /// <summary>The default for an omitted date: today where the server runs, as the pages show it.</summary>
    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private static DoseSpec? CheckDose(double? dose, string? unit, string schedule, DateOnly from, List<ValidationError> errors)
    {
        var ok = true;
        if (dose is not { } d || !double.IsFinite(d) || d <= 0 || d > MaxDose)
        {
            errors.Add(new("dose", dose is null ? "Give the dose as a number." : "The dose must be a positive number."));
            ok = false;
        }

        if (!DoseUnits.IsKnown(unit))
        {
            errors.Add(new("unit", $"Unknown unit '{unit}'. Use one of: {string.Join(", ", DoseUnits.All.Select(u => u.Code))}."));
            ok = false;
        }

        if (!DoseSchedules.IsKnown(schedule))
        {
            errors.Add(new("schedule", $"Unknown schedule '{schedule}'. Use one of: {string.Join(", ", DoseSchedules.All.Select(s => s.Code))}."));
            ok = false;
        }

        return ok ? new DoseSpec(from, dose!.Value, unit!, schedule) : null;
    }

    private void CheckDate(string field, DateOnly date, List<ValidationError> errors)
    {
        var latest = DiaryLimits.LatestDate(clock);
        if (date > latest)
        {
            errors.Add(new(field, $"{date:yyyy-MM-dd} is in the future; record a change once it has happened."));
        }
        else if (date < DiaryLimits.EarliestDate)
        {
            errors.Add(new(field, $"Dates before {DiaryLimits.EarliestDate:yyyy-MM-dd} are not accepted."));
        }
    }

    // By name only: Enum.TryParse also takes numbers ("5") and flag lists ("Medication, Supplement"),
    // which would let an undefined kind through.
    private static bool TryParseKind(string text, out RegimenKind kind)
    {
        foreach (var candidate in Enum.GetValues<RegimenKind>())
        {
            if (string.Equals(candidate.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static string? CheckNotes(string? notes, List<ValidationError> errors)
    {
        var trimmed = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        if (trimmed is { Length: > MaxNotesLength })
        {
            errors.Add(new("notes", $"Notes can be at most {MaxNotesLength} characters."));
        }

        return trimmed;
    }
}
