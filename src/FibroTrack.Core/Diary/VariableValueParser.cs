using System.Globalization;
using FibroTrack.Core.Validation;
using FibroTrack.Core.Vocabulary;

namespace FibroTrack.Core.Diary;

/// <summary>Turns one raw input into a <see cref="RecordedValue"/> of a given variable, or says why it cannot.</summary>
public static class VariableValueParser
{
    public static bool TryParse(VariableDefinition variable, InputValue raw, out RecordedValue value, out string message)
    {
        value = default;
        switch (variable.Type)
        {
            case VariableType.YesNo:
                if (TryParseFlag(raw, out var flag))
                {
                    value = RecordedValue.Of(flag ? 1 : 0);
                    message = string.Empty;
                    return true;
                }

                message = $"{variable.Label} takes true or false (got {raw.Describe()}).";
                return false;

            case VariableType.Category:
                if (raw.Kind is InputValueKind.JsonText or InputValueKind.FormText && variable.FindOption(raw.Text!) is { } option)
                {
                    value = RecordedValue.OfOption(option.Code);
                    message = string.Empty;
                    return true;
                }

                message = $"{variable.Label} takes one of: {string.Join(", ", variable.Options.Select(o => o.Code))}.";
                return false;

            case VariableType.TimeOfDay:
                if (raw.Kind is InputValueKind.JsonText or InputValueKind.FormText
                    && TimeOnly.TryParseExact(raw.Text, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                {
                    value = RecordedValue.Of(time.Hour * 60 + time.Minute);
                    message = string.Empty;
                    return true;
                }

                message = $"{variable.Label} takes a clock time as HH:mm, e.g. \"23:30\".";
                return false;

            default:
                if (!TryParseNumber(raw, out var number, out message))
                {
                    message = $"{variable.Label}: {message}";
                    return false;
                }

                if (number < variable.Min || number > variable.Max)
                {
                    message = $"{variable.Label} must be from {Format(variable.Min)} to {Format(variable.Max)}{UnitSuffix(variable)} (got {Format(number)}).";
                    return false;
                }

                if (variable.IsWholeNumber && number != Math.Floor(number))
                {
                    message = $"{variable.Label} must be a whole number (got {Format(number)}).";
                    return false;
                }

                value = RecordedValue.Of(number);
                return true;
        }
    }

    /// <summary>Reads a finite number from a JSON number or from form text; a JSON string is refused.</summary>
    public static bool TryParseNumber(InputValue raw, out double number, out string message)
    {
        number = 0;
        message = string.Empty;
        switch (raw.Kind)
        {
            case InputValueKind.Number when double.IsFinite(raw.Number):
                number = raw.Number;
                return true;
            case InputValueKind.FormText when double.TryParse(raw.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number):
                return true;
            case InputValueKind.FormText:
                message = $"'{raw.Text}' is not a number.";
                return false;
            case InputValueKind.Number:
                // A JSON number beyond double's range (1e400) arrives as infinity.
                message = "the number is out of range.";
                return false;
            default:
                message = $"expected a number (got {raw.Describe()}).";
                return false;
        }
    }

    private static bool TryParseFlag(InputValue raw, out bool flag)
    {
        flag = false;
        return raw.Kind switch
        {
            InputValueKind.Boolean => (flag = raw.Boolean) || true,
            InputValueKind.FormText => raw.Text switch
            {
                "true" or "on" or "1" or "yes" => flag = true,
                "false" or "off" or "0" or "no" => true,
                _ => false,
            },
            _ => false,
        };
    }

    private static string Format(double? number) => number?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string UnitSuffix(VariableDefinition variable) => variable.Unit switch
    {
        null or "{score}" => string.Empty,
        "min" => " minutes",
        "h" => " hours",
        var unit => " " + unit,
    };
}
