namespace FibroTrack.Core.Validation;

/// <summary>Either a valid value or the list of everything wrong with the input — never both.</summary>
public sealed class ValidationResult<T>
    where T : class
{
    private ValidationResult(T? value, IReadOnlyList<ValidationError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<ValidationError> Errors { get; }

    public bool IsValid => Value is not null;

    public static ValidationResult<T> Valid(T value) => new(value, []);

    public static ValidationResult<T> Invalid(IReadOnlyList<ValidationError> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("An invalid result needs at least one error.", nameof(errors));
        }

        return new(null, errors);
    }

    /// <summary>Errors grouped by field, the shape of RFC 9457 validation problem details.</summary>
    public IDictionary<string, string[]> ErrorsByField() => ToDictionary(Errors);

    public static IDictionary<string, string[]> ToDictionary(IEnumerable<ValidationError> errors) =>
        errors.GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
}
