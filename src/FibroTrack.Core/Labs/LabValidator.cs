using FibroTrack.Core.Diary;
using FibroTrack.Core.Validation;

namespace FibroTrack.Core.Labs;

/// <summary>
/// Checks a <see cref="LabResultInput"/> and turns it into a <see cref="LabResult"/>. Reports every
/// problem at once, each naming its field: <c>analyte</c>, <c>value</c>, <c>unit</c>, <c>titer</c>,
/// <c>positive</c>, <c>pattern</c>, <c>rangeLow</c>, <c>rangeHigh</c>, <c>specimenDate</c>,
/// <c>source</c>, <c>notes</c>.
/// </summary>
public static class LabValidator
{
    public static ValidationResult<LabResult> Validate(LabResultInput input, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(clock);

        var errors = new List<ValidationError>();
        var analyte = ResolveAnalyte(input.Analyte, errors);
        CheckDate(input.SpecimenDate, clock, errors);
        CheckNumber(input.Value, "value", "The result", errors);
        CheckNumber(input.RangeLow, "rangeLow", "The range's low end", errors);
        CheckNumber(input.RangeHigh, "rangeHigh", "The range's high end", errors);
        if (input.RangeLow is { } lo && input.RangeHigh is { } hi && double.IsFinite(lo) && double.IsFinite(hi) && lo >= hi)
        {
            errors.Add(new("rangeLow", $"The range's low end ({LabFormat.Number(lo)}) must be below its high end ({LabFormat.Number(hi)})."));
        }

        var source = Trimmed(input.Source, "source", LabLimits.MaxSourceLength, errors);
        var notes = Trimmed(input.Notes, "notes", LabLimits.MaxNotesLength, errors);
        var pattern = Trimmed(input.Pattern, "pattern", LabLimits.MaxPatternLength, errors);

        LabTiter? titer = null;
        if (!string.IsNullOrWhiteSpace(input.Titer))
        {
            if (LabTiter.TryParse(input.Titer, out var parsed))
            {
                titer = parsed;
            }
            else
            {
                errors.Add(new("titer", $"'{input.Titer.Trim()}' is not a titer: write it 1:N with N a whole number above 0, e.g. 1:160."));
            }
        }

        if (analyte is null)
        {
            return ValidationResult<LabResult>.Invalid(errors);
        }

        var unit = CheckShape(analyte, input, titer, pattern, errors);
        var positive = input.Positive;
        if (analyte.Code.Value == Analytes.Ana && titer is { Dilution: >= Analytes.AnaPositiveTiter } t)
        {
            if (positive == false)
            {
                errors.Add(new("titer", $"An ANA titer of {t} is a positive result, but the result says negative."));
            }

            positive = true;
        }

        if (errors.Count > 0)
        {
            return ValidationResult<LabResult>.Invalid(errors);
        }

        // A unit is kept only with a number (a range always comes with a value); for an analyte outside
        // the catalogue the unit given is also the canonical one.
        var measured = input.Value is not null;
        var hasRange = input.RangeLow is not null || input.RangeHigh is not null;
        var givenUnit = !measured ? null : unit?.Code ?? UcumSyntax.Normalize(input.Unit!);
        var canonicalUnit = !measured ? null : analyte.IsCatalogued ? analyte.CanonicalUnit : givenUnit;
        double Canonical(double v) => unit?.ToCanonical(v) ?? v;

        return ValidationResult<LabResult>.Valid(new LabResult
        {
            Analyte = analyte,
            SpecimenDate = input.SpecimenDate!.Value,
            Value = input.Value,
            Unit = givenUnit,
            CanonicalValue = input.Value is { } value ? Canonical(value) : null,
            CanonicalUnit = canonicalUnit,
            Titer = titer,
            Positive = positive,
            Pattern = pattern,
            LabRange = hasRange ? new ReferenceRange(input.RangeLow, input.RangeHigh, givenUnit!) : null,
            CanonicalLabRange = hasRange
                ? new ReferenceRange(input.RangeLow is { } l ? Canonical(l) : null, input.RangeHigh is { } h ? Canonical(h) : null, canonicalUnit!)
                : null,
            Source = source,
            Notes = notes,
        });
    }

    /// <summary>
    /// The analyte a person means: a catalogued code, name or alias; else a LOINC code with a valid
    /// check digit; else a free name.
    /// </summary>
    private static Analyte? ResolveAnalyte(string? text, List<ValidationError> errors)
    {
        var s = text?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            errors.Add(new("analyte", "Say which test this is: a name such as CRP or vitamin D, or a LOINC code such as 1988-5."));
            return null;
        }

        if (Analytes.FindByCodeOrName(s) is { } known)
        {
            return known;
        }

        if (Analytes.MisusedCodes.TryGetValue(s, out var why))
        {
            errors.Add(new("analyte", why));
            return null;
        }

        if (LoincCode.LooksLike(s))
        {
            if (LoincCode.IsValid(s))
            {
                return Analytes.AdHocLoinc(s);
            }

            errors.Add(new("analyte", $"'{s}' is not a LOINC code: its check digit is wrong. Check the code, or enter the test's name."));
            return null;
        }

        if (s.Length > Analytes.MaxNameLength)
        {
            errors.Add(new("analyte", $"A test's name can be at most {Analytes.MaxNameLength} characters."));
            return null;
        }

        if (!s.Any(char.IsLetterOrDigit))
        {
            errors.Add(new("analyte", "A test's name needs at least one letter or digit."));
            return null;
        }

        return Analytes.AdHocNamed(s);
    }

    private static void CheckDate(DateOnly? date, TimeProvider clock, List<ValidationError> errors)
    {
        var latest = DiaryLimits.LatestDate(clock);
        if (date is not { } d)
        {
            errors.Add(new("specimenDate", "Give the date the sample was taken."));
        }
        else if (d > latest)
        {
            errors.Add(new("specimenDate", $"{d:yyyy-MM-dd} is in the future; the latest date accepted now is {latest:yyyy-MM-dd}."));
        }
        else if (d < DiaryLimits.EarliestDate)
        {
            errors.Add(new("specimenDate", $"Dates before {DiaryLimits.EarliestDate:yyyy-MM-dd} are not accepted."));
        }
    }

    private static void CheckNumber(double? number, string field, string what, List<ValidationError> errors)
    {
        if (number is not { } n)
        {
            return;
        }

        if (!double.IsFinite(n))
        {
            errors.Add(new(field, $"{what} must be a finite number."));
        }
        else if (n < 0)
        {
            errors.Add(new(field, $"{what} cannot be negative (got {LabFormat.Number(n)})."));
        }
        else if (n > LabLimits.MaxValue)
        {
            errors.Add(new(field, $"{what} is implausibly large (got {n:G3}); check the unit."));
        }
    }

    /// <summary>Checks that the input has the shape the analyte takes, and finds its unit.</summary>
    private static LabUnit? CheckShape(Analyte analyte, LabResultInput input, LabTiter? titer, string? pattern, List<ValidationError> errors)
    {
        var hasRange = input.RangeLow is not null || input.RangeHigh is not null;
        var unitText = string.IsNullOrWhiteSpace(input.Unit) ? null : UcumSyntax.Normalize(input.Unit);

        if (!analyte.Takes(LabValueKinds.Quantity))
        {
            if (input.Value is not null)
            {
                errors.Add(new("value", $"{analyte.Name} is recorded as positive or negative{TiterHint(analyte)}, not as a number."));
            }

            if (unitText is not null)
            {
                errors.Add(new("unit", $"{analyte.Name} has no unit."));
            }

            if (hasRange)
            {
                errors.Add(new(input.RangeLow is not null ? "rangeLow" : "rangeHigh", $"{analyte.Name} has no numeric range."));
            }
        }
        else if (hasRange && input.Value is null)
        {
            errors.Add(new(input.RangeLow is not null ? "rangeLow" : "rangeHigh", "A reference range goes with a measured value: give the value too."));
        }

        if (titer is not null && !analyte.Takes(LabValueKinds.Titer))
        {
            errors.Add(new("titer", $"{analyte.Name} is not reported as a titer."));
        }

        if (pattern is not null && !analyte.Takes(LabValueKinds.Titer))
        {
            errors.Add(new("pattern", $"{analyte.Name} has no pattern; put other remarks in the notes."));
        }

        if (input.Positive is not null && !analyte.Takes(LabValueKinds.Presence))
        {
            errors.Add(new("positive", $"{analyte.Name} is a measured value, not positive or negative: give the number and unit."));
        }

        // An unreadable titer already has its own error.
        var hasSomething = input.Value is not null || input.Positive is not null || !string.IsNullOrWhiteSpace(input.Titer);
        if (!hasSomething)
        {
            errors.Add(analyte.Kinds switch
            {
                LabValueKinds.Quantity => new("value", $"Give the result of {analyte.Name}."),
                LabValueKinds.Presence | LabValueKinds.Titer when analyte.IsCatalogued =>
                    new("positive", $"Say whether {analyte.Name} was positive or negative, or give the titer (e.g. 1:160)."),
                _ => new("value", $"Give the result of {analyte.Name}: a value with its unit, or positive/negative."),
            });
        }

        if (!analyte.Takes(LabValueKinds.Quantity) || (input.Value is null && !hasRange && unitText is null))
        {
            return null;
        }

        if (unitText is null)
        {
            errors.Add(new("unit", analyte.IsCatalogued
                ? $"Give the unit of the result; {analyte.Name} accepts {AcceptedUnits(analyte)}."
                : "Give the unit of the result as printed on the report (a UCUM code such as mg/L or 10*9/L)."));
            return null;
        }

        if (!analyte.IsCatalogued)
        {
            if (!UcumSyntax.IsPlausible(unitText))
            {
                errors.Add(new("unit", $"'{unitText}' does not look like a unit: use a UCUM code of at most {UcumSyntax.MaxLength} characters without spaces, such as mg/L, pg/mL or 10*9/L."));
            }

            return null;
        }

        if (analyte.FindUnit(unitText) is { } unit)
        {
            return unit;
        }

        errors.Add(new("unit", $"'{unitText}' is not a unit for {analyte.Name}; accepted units are {AcceptedUnits(analyte)}."));
        return null;
    }

    private static string AcceptedUnits(Analyte analyte) => string.Join(", ", analyte.Units.Select(u => u.Code));

    private static string TiterHint(Analyte analyte) => analyte.Takes(LabValueKinds.Titer) ? " with a titer such as 1:160" : string.Empty;

    private static string? Trimmed(string? text, string field, int max, List<ValidationError> errors)
    {
        var s = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (s is { Length: var n } && n > max)
        {
            errors.Add(new(field, $"The {field} can be at most {max} characters (got {n})."));
        }

        return s;
    }
}
