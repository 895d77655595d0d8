namespace FibroTrack.Core.Labs;

/// <summary>A lab result as received from the API or a form, not yet checked.</summary>
public sealed record LabResultInput
{
    /// <summary>A code (LOINC such as <c>1988-5</c>, or a FibroTrack code) or a name or alias (<c>CRP</c>, <c>vitamin D</c>); anything else is taken as the name of a test outside the catalogue.</summary>
    public string? Analyte { get; init; }

    /// <summary>The number, in <see cref="Unit"/>.</summary>
    public double? Value { get; init; }

    /// <summary>The unit as printed on the report; must be one the analyte accepts.</summary>
    public string? Unit { get; init; }

    /// <summary>A titer written 1:N, e.g. <c>1:160</c>.</summary>
    public string? Titer { get; init; }

    /// <summary>Positive or negative, for tests reported that way.</summary>
    public bool? Positive { get; init; }

    /// <summary>Free text, e.g. the ANA staining pattern ("speckled").</summary>
    public string? Pattern { get; init; }

    /// <summary>The lab's own range, low end, in <see cref="Unit"/>.</summary>
    public double? RangeLow { get; init; }

    /// <summary>The lab's own range, high end, in <see cref="Unit"/>.</summary>
    public double? RangeHigh { get; init; }

    /// <summary>The date the sample was taken.</summary>
    public DateOnly? SpecimenDate { get; init; }

    /// <summary>Where the result comes from (lab, clinic, letter).</summary>
    public string? Source { get; init; }

    public string? Notes { get; init; }
}
