namespace FibroTrack.Data.Entities;

/// <summary>A laboratory result as entered, with its value also in the analyte's canonical unit.</summary>
public sealed class LabResultRow : IOwned
{
    public long Id { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    /// <summary>LOINC code, or a FibroTrack code where no LOINC code is verified.</summary>
    public string AnalyteCode { get; set; } = string.Empty;

    /// <summary>The analyte's name as entered for an analyte outside the catalogue.</summary>
    public string? AnalyteName { get; set; }

    public double? Value { get; set; }

    public string? Unit { get; set; }

    public double? CanonicalValue { get; set; }

    public string? CanonicalUnit { get; set; }

    /// <summary>Dilution titer such as 1:160 (ANA).</summary>
    public string? Titer { get; set; }

    public bool? Positive { get; set; }

    public string? Pattern { get; set; }

    /// <summary>The lab's own reference range, in <see cref="Unit"/>.</summary>
    public double? RangeLow { get; set; }

    public double? RangeHigh { get; set; }

    public DateOnly SpecimenDate { get; set; }

    public string? Source { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
