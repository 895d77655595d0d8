using FibroTrack.Core.Labs;

namespace FibroTrack.Core.RedFlags;

/// <summary>One dated fact a finding rests on: a lab result, a diary entry, or the person's age.</summary>
/// <param name="Code">The analyte code, the diary code, or <c>person.age</c>.</param>
/// <param name="Label">What it is, in words.</param>
/// <param name="Date">The specimen date, the diary date, or the evaluation date for the age.</param>
/// <param name="Value">The value as shown: "14 mg/L", "1:320 positive", "yes", "62 years".</param>
/// <param name="Flag">The lab flag, for a lab result.</param>
/// <param name="Note">The limit or range compared with, where that helps.</param>
public sealed record RedFlagEvidence(string Code, string Label, DateOnly Date, string Value, LabFlag? Flag = null, string? Note = null)
{
    public const string AgeCode = "person.age";

    public static RedFlagEvidence FromLab(FlaggedLabResult lab, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(lab);
        var range = lab.Interpretation.Range;
        return new(
            lab.Result.Analyte.Code.Value,
            lab.Result.Analyte.Name,
            lab.Result.SpecimenDate,
            lab.Result.Describe(),
            lab.Interpretation.Flag,
            note ?? (range is null ? null : $"range {range}"));
    }

    public static RedFlagEvidence FromDiary(string code, DateOnly date) =>
        new(code, RedFlagSigns.Find(code)?.Label ?? code, date, "yes");
}
