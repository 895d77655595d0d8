namespace FibroTrack.Core.Validation;

/// <summary>Where a raw value came from, which decides how strictly its type is read.</summary>
public enum InputValueKind
{
    /// <summary>Explicitly nothing: the variable is not recorded.</summary>
    Empty,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>A JSON boolean.</summary>
    Boolean,

    /// <summary>A JSON string: only valid where the variable takes text (a category, a clock time).</summary>
    JsonText,

    /// <summary>Text typed into a web form: parsed into whatever the variable takes.</summary>
    FormText,
}

/// <summary>A value as received, before it is checked against the variable it is for.</summary>
public readonly record struct InputValue(InputValueKind Kind, double Number = 0, bool Boolean = false, string? Text = null)
{
    public static InputValue Empty => default;

    public static InputValue Of(double number) => new(InputValueKind.Number, Number: number);

    public static InputValue Of(bool flag) => new(InputValueKind.Boolean, Boolean: flag);

    public static InputValue Of(string text) => new(InputValueKind.JsonText, Text: text);

    public static InputValue FromForm(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Empty : new(InputValueKind.FormText, Text: text.Trim());

    public string Describe() => Kind switch
    {
        InputValueKind.Empty => "nothing",
        InputValueKind.Number => "a number",
        InputValueKind.Boolean => "true/false",
        _ => "text",
    };
}
