using System.Diagnostics.CodeAnalysis;

namespace FibroTrack.Core.Labs;

/// <summary>How a result compares with its reference, as shown next to the value.</summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A lab 'flag' (H/L) is the domain term; this is not a [Flags] enum.")]
public enum LabFlag
{
    /// <summary>No range to compare with (an assay-dependent test without the lab's range, or a missing age for ESR): the value is shown without a flag.</summary>
    Unknown = 0,

    Normal = 1,

    Low = 2,

    High = 3,

    Positive = 4,

    Negative = 5,
}
