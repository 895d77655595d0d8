namespace FibroTrack.Data.Entities;

/// <summary>
/// What the person tells about themselves that the clinical rules need: sex and birth date for
/// reference ranges, and when their symptoms began and what they believe set them off.
/// </summary>
public sealed class PersonProfile : IOwned
{
    public string OwnerId { get; set; } = string.Empty;

    /// <summary>female, male or unspecified.</summary>
    public string Sex { get; set; } = "unspecified";

    public DateOnly? BirthDate { get; set; }

    public DateOnly? SymptomOnsetDate { get; set; }

    /// <summary>What the person believes triggered the onset (an infection type, stress, injury, …).</summary>
    public string? OnsetTrigger { get; set; }

    public string? OnsetNotes { get; set; }

    public DateTime UpdatedAt { get; set; }
}
