using System.Globalization;
using FibroTrack.Core.Validation;

namespace FibroTrack.Core.Instruments;

/// <summary>
/// Checks answers against an instrument: every code must be one of its items and every value a
/// whole number within the item's range. A missing or null answer is not an error: each
/// instrument's scoring rule decides whether it can still be scored.
/// </summary>
public static class InstrumentValidator
{
    /// <param name="answers">Answers by item code; a null value means "not answered".</param>
    public static ValidationResult<InstrumentResponse> Validate(InstrumentDefinition instrument, IReadOnlyDictionary<string, double?> answers)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(answers);

        var errors = new List<ValidationError>();
        var valid = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (code, value) in answers)
        {
            var field = $"answers[{code}]";
            if (instrument.FindItem(code) is not { } item)
            {
                errors.Add(new(field, $"Unknown item '{code}' for the {instrument.Name}. Its items are {string.Join(", ", instrument.Items.Select(i => i.Code))}."));
                continue;
            }

            if (value is not { } number)
            {
                continue;
            }

            if (!double.IsFinite(number) || number != Math.Floor(number))
            {
                errors.Add(new(field, $"'{item.Text}' takes a whole number from {item.Min} to {item.Max} (got {Format(number)})."));
            }
            else if (number < item.Min || number > item.Max)
            {
                errors.Add(new(field, $"'{item.Text}' must be from {item.Min} to {item.Max} (got {Format(number)})."));
            }
            else
            {
                valid[code] = (int)number;
            }
        }

        return errors.Count > 0
            ? ValidationResult<InstrumentResponse>.Invalid(errors)
            : ValidationResult<InstrumentResponse>.Valid(new InstrumentResponse(instrument, valid));
    }

    private static string Format(double number) => number.ToString(CultureInfo.InvariantCulture);
}
