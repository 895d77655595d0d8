using FibroTrack.Core.Labs;

namespace FibroTrack.Core.RedFlags;

/// <summary>A validated lab result with its flag.</summary>
public sealed record FlaggedLabResult(LabResult Result, LabInterpretation Interpretation)
{
    public LabFlag Flag => Interpretation.Flag;

    public DateOnly Date => Result.SpecimenDate;

    public string Code => Result.Analyte.Code.Value;
}
