namespace FibroTrack.Core.Labs;

/// <summary>A checked lab result, with its value both as given and in the analyte's canonical unit.</summary>
public sealed record LabResult
{
    public required Analyte Analyte { get; init; }

    public required DateOnly SpecimenDate { get; init; }

    /// <summary>The number as given, in <see cref="Unit"/>.</summary>
    public double? Value { get; init; }

    /// <summary>The UCUM code of the unit given (the accepted unit the typed spelling matched).</summary>
    public string? Unit { get; init; }

    /// <summary>The number in <see cref="CanonicalUnit"/>: what ranges and flags compare.</summary>
    public double? CanonicalValue { get; init; }

    /// <summary>The analyte's canonical unit; for an analyte outside the catalogue, the unit given.</summary>
    public string? CanonicalUnit { get; init; }

    public LabTiter? Titer { get; init; }

    /// <summary>Positive or negative as given, or implied by an ANA titer of 1:40 or more.</summary>
    public bool? Positive { get; init; }

    public string? Pattern { get; init; }

    /// <summary>The lab's own range as given, in <see cref="Unit"/>.</summary>
    public ReferenceRange? LabRange { get; init; }

    /// <summary>The lab's own range in <see cref="CanonicalUnit"/>.</summary>
    public ReferenceRange? CanonicalLabRange { get; init; }

    public string? Source { get; init; }

    public string? Notes { get; init; }

    /// <summary>The result as one short text: "12 mg/L", "1:160 positive, speckled", "positive".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Value is { } v)
        {
            parts.Add(LabFormat.Quantity(v, Unit));
        }

        if (Titer is { } t)
        {
            parts.Add(t.ToString());
        }

        if (Positive is { } p)
        {
            parts.Add(p ? "positive" : "negative");
        }

        var text = string.Join(" ", parts);
        return Pattern is null ? text : $"{text}, {Pattern}";
    }
}
