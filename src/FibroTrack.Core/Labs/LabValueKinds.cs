namespace FibroTrack.Core.Labs;

/// <summary>The shapes a result of an analyte can take; a test may allow several.</summary>
[Flags]
public enum LabValueKinds
{
    None = 0,

    /// <summary>A number with a unit (CRP 4.2 mg/L).</summary>
    Quantity = 1,

    /// <summary>Positive or negative (RF positive).</summary>
    Presence = 2,

    /// <summary>A titer 1:N, optionally with a pattern (ANA 1:160 speckled).</summary>
    Titer = 4,
}
