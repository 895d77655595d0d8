namespace FibroTrack.Core.People;

/// <summary>
/// Sex as used by sex-dependent reference ranges (e.g. the ESR upper limit). Only what a range
/// needs: it says nothing about gender identity.
/// </summary>
public enum Sex
{
    /// <summary>Not recorded, or the person prefers not to say. The default.</summary>
    Unspecified = 0,

    Female = 1,

    Male = 2,
}
